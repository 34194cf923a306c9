// Pulumi deployments read config from process-wide environment variables and must run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

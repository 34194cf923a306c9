// Pulumi deployments (the registration checks) are process-wide and must run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

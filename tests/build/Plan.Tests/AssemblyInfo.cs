// Plans run Pulumi deployments, which read process-wide environment variables: one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

// Pulumi deployments are process-wide: run this assembly's tests one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

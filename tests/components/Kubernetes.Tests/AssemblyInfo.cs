// Pulumi deployments and stack config are process-wide: run this assembly's tests one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

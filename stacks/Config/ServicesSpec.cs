namespace MlPlatform.Stacks.Config;

/// <summary>The bundled services the stack deploys, by image digest.</summary>
public sealed record ServicesSpec(SchedulerServiceSpec Scheduler, ServiceImageSpec Inference, ServiceImageSpec DatasetWarmer);

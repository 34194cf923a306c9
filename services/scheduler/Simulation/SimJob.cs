using MlPlatform.Scheduler.Core;

namespace MlPlatform.Scheduler.Simulation;

/// <summary>One job of a trace: when it arrives, what it asks for, and how much work (run time) it really needs.</summary>
public sealed record SimJob(string Id, DateTimeOffset Arrival, JobSpec Spec, TimeSpan Work);

using MlPlatform.CostModel;
using MlPlatform.Scheduler.Core;

namespace MlPlatform.Scheduler.Executors.Tests;

internal static class TestJobs
{
    public static Job Running(string id, IReadOnlyList<string> command, int attempt = 1, CapacityType capacity = CapacityType.Spot, decimal gpus = 2, int gang = 1, string team = "vision") =>
        new(
            id,
            new JobSpec(team, "default", 0, gpus, "A10G", null, 4000, 8192, "registry.example/train@sha256:" + new string('c', 64), command, TimeSpan.FromHours(1), CheckpointPath: "s3://ckpt/" + id, GangSize: gang),
            JobState.Running,
            DateTimeOffset.UnixEpoch,
            DateTimeOffset.UnixEpoch,
            Version: 2,
            Attempt: attempt,
            Placement: new Placement("a10g-" + (capacity == CapacityType.Spot ? "spot" : "od"), capacity, Enumerable.Repeat("n0", gang).ToList(), 1m, 3m),
            StartedAt: DateTimeOffset.UnixEpoch,
            ResumeFromCheckpoint: attempt > 1);
}

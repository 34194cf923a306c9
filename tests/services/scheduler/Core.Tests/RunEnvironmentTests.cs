namespace MlPlatform.Scheduler.Core.Tests;

public sealed class RunEnvironmentTests
{
    [Fact]
    public void TheJobsOwnVariablesComeFirstByNameAndNeverReplaceTheSchedulers()
    {
        var spec = new JobSpec("vision", "default", 0, 1, null, null, 1000, 1024, "r/i@sha256:" + new string('a', 64), ["true"], TimeSpan.FromMinutes(5),
            Environment: new Dictionary<string, string> { ["ZETA"] = "z", ["ALPHA"] = "a", [RunEnvironment.JobId] = "forged" });
        var job = new Job("j-1", spec, JobState.Running, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, Version: 1, Attempt: 1, Evictions: EvictionCounts.None);

        var variables = RunEnvironment.For(job);

        Assert.Equal(["ALPHA", "ZETA", RunEnvironment.JobId], variables.Take(3).Select(v => v.Key));
        Assert.Single(variables, v => v.Key == RunEnvironment.JobId);
        Assert.Equal("j-1", variables.Single(v => v.Key == RunEnvironment.JobId).Value);
    }
}

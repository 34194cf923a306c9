using MlPlatform.Scheduler.Core;

namespace MlPlatform.Scheduler.Storage.Tests;

/// <summary>The behaviour every <see cref="IJobStore"/> must have; run against SQLite, PostgreSQL and the in-memory store.</summary>
public abstract class JobStoreContract : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 15, 12, 0, 0, TimeSpan.Zero);

    protected abstract IJobStore Store { get; }

    public virtual Task InitializeAsync() => Store.InitializeAsync(default);

    public virtual Task DisposeAsync() => Task.CompletedTask;

    private static JobSpec Spec(string team = "vision", string? key = null, string queue = "default") =>
        new(team, queue, 1, 0.5m, "T4", 16m, 2000, 4096, "r/x@sha256:" + new string('b', 64), ["python", "-c", "print('hi, \"you\"')"],
            TimeSpan.FromMinutes(90), 12.5m, "s3://b/ck", 2, true, Now.AddDays(1), key);

    private static Job New(string id, JobSpec? spec = null, DateTimeOffset? at = null) => JobTransitions.Submitted(id, spec ?? Spec(), at ?? Now);

    [Fact]
    public async Task SubmittedJobRoundTripsEveryField()
    {
        var job = New("j1") with
        {
            Placement = new Placement("t4-spot", CostModel.CapacityType.Spot, ["t4-spot-0", "t4-spot-1"], 0.1234m, 0.5m, Borrowed: true, Fallback: false, Backfill: true),
            Evictions = new EvictionCounts(1, 2, 3, 4),
            CostUsd = 1.5m,
        };
        var result = await Store.SubmitAsync(job, default);
        Assert.True(result.Created);
        var read = await Store.GetAsync("j1", default);
        Assert.NotNull(read);
        Assert.Equal(job.Spec with { Command = [] }, read.Spec with { Command = [] });
        Assert.Equal(job.Spec.Command, read.Spec.Command);
        Assert.Equal(job.Placement with { Nodes = [] }, read.Placement! with { Nodes = [] });
        Assert.Equal(job.Placement.Nodes, read.Placement.Nodes);
        Assert.Equal(job.Evictions, read.Evictions);
        Assert.Equal(1, read.Version);
        Assert.Equal(Now, read.SubmittedAt);
    }

    [Fact]
    public async Task SubmitWithTheSameClientKeyReturnsTheFirstJob()
    {
        var first = await Store.SubmitAsync(New("a", Spec(key: "k1")), default);
        var second = await Store.SubmitAsync(New("b", Spec(key: "k1")), default);
        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Equal("a", second.Job.Id);
        Assert.Null(await Store.GetAsync("b", default));
        Assert.Equal("a", (await Store.FindByClientKeyAsync("vision", "k1", default))!.Id);
        Assert.Null(await Store.FindByClientKeyAsync("nlp", "k1", default));
    }

    [Fact]
    public async Task ClientKeysAreScopedPerTeam()
    {
        await Store.SubmitAsync(New("a", Spec(key: "k1")), default);
        var other = await Store.SubmitAsync(New("b", Spec(team: "nlp", key: "k1")), default);
        Assert.True(other.Created);
    }

    [Fact]
    public async Task ConcurrentSubmitsWithOneClientKeyCreateExactlyOneJob()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Store.SubmitAsync(New($"c{i}", Spec(key: "same")), default)));
        Assert.Single(results, r => r.Created);
        Assert.Single(results.Select(r => r.Job.Id).Distinct());
    }

    [Fact]
    public async Task UpdateWithAStaleVersionIsRejected()
    {
        var stored = (await Store.SubmitAsync(New("j"), default)).Job;
        var updated = await Store.TryUpdateAsync(stored with { Reason = "one" }, default);
        Assert.NotNull(updated);
        Assert.Equal(2, updated.Version);
        Assert.Null(await Store.TryUpdateAsync(stored with { Reason = "stale" }, default));
        Assert.Equal("one", (await Store.GetAsync("j", default))!.Reason);
    }

    [Fact]
    public async Task ActiveListHoldsOnlyJobsWithWorkLeft()
    {
        var a = (await Store.SubmitAsync(New("a"), default)).Job;
        var b = (await Store.SubmitAsync(New("b"), default)).Job;
        var c = (await Store.SubmitAsync(New("c"), default)).Job;
        await Store.TryUpdateAsync(b with { State = JobState.Succeeded, FinishedAt = Now }, default);
        await Store.TryUpdateAsync(c with { State = JobState.Cancelled, FinishedAt = Now, StopRequested = true }, default);
        var active = (await Store.ListActiveAsync(default)).Select(j => j.Id).Order().ToList();
        Assert.Equal(["a", "c"], active);
        _ = a;
    }

    [Fact]
    public async Task ListFiltersByTeamQueueAndStateNewestFirst()
    {
        await Store.SubmitAsync(New("v1", Spec(), Now), default);
        await Store.SubmitAsync(New("v2", Spec(queue: "urgent"), Now.AddSeconds(1)), default);
        await Store.SubmitAsync(New("n1", Spec(team: "nlp"), Now.AddSeconds(2)), default);
        Assert.Equal(["n1", "v2", "v1"], (await Store.ListAsync(new JobQuery(), default)).Select(j => j.Id));
        Assert.Equal(["v2", "v1"], (await Store.ListAsync(new JobQuery(Team: "vision"), default)).Select(j => j.Id));
        Assert.Equal(["v2"], (await Store.ListAsync(new JobQuery(Queue: "urgent"), default)).Select(j => j.Id));
        Assert.Equal(["n1"], (await Store.ListAsync(new JobQuery(Team: "nlp", State: JobState.Pending), default)).Select(j => j.Id));
        Assert.Empty(await Store.ListAsync(new JobQuery(State: JobState.Running), default));
        Assert.Single(await Store.ListAsync(new JobQuery(Limit: 1), default));
    }

    [Fact]
    public async Task ListSinceReturnsActiveAndRecentlyFinishedJobs()
    {
        var old = (await Store.SubmitAsync(New("old"), default)).Job;
        var recent = (await Store.SubmitAsync(New("recent"), default)).Job;
        await Store.SubmitAsync(New("active"), default);
        await Store.TryUpdateAsync(old with { State = JobState.Succeeded, FinishedAt = Now.AddDays(-40) }, default);
        await Store.TryUpdateAsync(recent with { State = JobState.Failed, FinishedAt = Now.AddDays(-1) }, default);
        var since = (await Store.ListSinceAsync(Now.AddDays(-30), default)).Select(j => j.Id).Order().ToList();
        Assert.Equal(["active", "recent"], since);
    }

    [Fact]
    public async Task SettledCostSumsTheMonthsJobsPerTeamExceptRunningOnesWhichAreListedInstead()
    {
        var old = (await Store.SubmitAsync(New("old"), default)).Job;
        var recent = (await Store.SubmitAsync(New("recent"), default)).Job;
        var requeued = (await Store.SubmitAsync(New("requeued"), default)).Job;
        var running = (await Store.SubmitAsync(New("running"), default)).Job;
        var other = (await Store.SubmitAsync(New("other", Spec(team: "nlp")), default)).Job;
        await Store.TryUpdateAsync(old with { State = JobState.Succeeded, FinishedAt = Now.AddDays(-40), CostUsd = 1000m }, default);
        await Store.TryUpdateAsync(recent with { State = JobState.Succeeded, FinishedAt = Now.AddDays(-1), CostUsd = 12.34m }, default);
        await Store.TryUpdateAsync(requeued with { CostUsd = 0.66m }, default);
        await Store.TryUpdateAsync(running with { State = JobState.Running, StartedAt = Now, CostUsd = 50m }, default);
        await Store.TryUpdateAsync(other with { State = JobState.Failed, FinishedAt = Now, CostUsd = 7.5m }, default);

        var settled = await Store.SettledCostSinceAsync(Now.AddDays(-30), default);
        var listed = await Store.ListRunningAsync(default);

        Assert.Equal(13m, settled["vision"]);
        Assert.Equal(7.5m, settled["nlp"]);
        Assert.Equal("running", Assert.Single(listed).Id);
    }

    [Fact]
    public async Task ACursorWalksPastAThousandJobsWithoutRepeatsOrGapsWhileNewOnesArrive()
    {
        // 2,500 jobs over 100 distinct milliseconds (ties broken by id), then pages of 1,000 with new submissions between.
        var original = Enumerable.Range(0, 2_500).Select(i => New($"j{i:D5}", at: Now.AddMilliseconds(i % 100))).ToList();
        foreach (var job in original)
        {
            await Store.SubmitAsync(job, default);
        }

        var seen = new List<string>();
        JobCursor? cursor = null;
        for (var page = 0; page < 10; page++)
        {
            var jobs = await Store.ListAsync(new JobQuery(Limit: 1_000, After: cursor), default);
            seen.AddRange(jobs.Select(j => j.Id));
            await Store.SubmitAsync(New($"late{page}", at: Now.AddSeconds(10 + page)), default);
            if (jobs.Count < 1_000)
            {
                break;
            }

            cursor = JobCursor.After(jobs[^1]);
        }

        Assert.Equal(2_500, seen.Count);
        Assert.Equal(original.Select(j => j.Id).Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(seen, id => id.StartsWith("late", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnknownJobIsNull() => Assert.Null(await Store.GetAsync("nope", default));

    [Fact]
    public async Task PingAnswers() => Assert.True(await Store.PingAsync(default));
}

using MlPlatform.Scheduler.Core;
using Npgsql;

namespace MlPlatform.Scheduler.Storage.Tests;

/// <summary>The leader lease and its fence on the real PostgreSQL server.</summary>
public sealed class PostgresLeaseTests : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan Long = TimeSpan.FromSeconds(30);
    private readonly string _schema = "l_" + Guid.NewGuid().ToString("N")[..16];
    private readonly PostgresJobStore _store;

    public PostgresLeaseTests() => _store = new PostgresJobStore(PostgresServer.ConnectionString, _schema);

    public Task InitializeAsync() => _store.InitializeAsync(CancellationToken.None);

    public async Task DisposeAsync()
    {
        await using (var connection = new NpgsqlConnection(PostgresServer.ConnectionString))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {_schema} CASCADE", connection);
            await drop.ExecuteNonQueryAsync();
        }

        await _store.DisposeAsync();
    }

    [Fact]
    public async Task OnlyOneReplicaHoldsALiveLease()
    {
        var first = await _store.TryAcquireAsync("a", Long, CancellationToken.None);
        var second = await _store.TryAcquireAsync("b", Long, CancellationToken.None);

        Assert.NotNull(first);
        Assert.Equal(1, first.Epoch);
        Assert.Null(second);
    }

    [Fact]
    public async Task TheHolderRenewsUnderTheSameEpochAndALapsedLeaseGoesToTheNextEpoch()
    {
        var granted = await _store.TryAcquireAsync("a", TimeSpan.FromMilliseconds(300), CancellationToken.None);
        var renewed = await _store.TryAcquireAsync("a", TimeSpan.FromMilliseconds(300), CancellationToken.None);
        await Task.Delay(600);
        var taken = await _store.TryAcquireAsync("b", Long, CancellationToken.None);

        Assert.Equal(granted!.Epoch, renewed!.Epoch);
        Assert.True(renewed.ExpiresAt >= granted.ExpiresAt);
        Assert.NotNull(taken);
        Assert.Equal("b", taken.Holder);
        Assert.Equal(granted.Epoch + 1, taken.Epoch);
    }

    [Fact]
    public async Task AReleasedLeaseIsTakenAtOnce()
    {
        var granted = await _store.TryAcquireAsync("a", Long, CancellationToken.None);
        await _store.ReleaseAsync(granted!, CancellationToken.None);

        var taken = await _store.TryAcquireAsync("b", Long, CancellationToken.None);

        Assert.NotNull(taken);
        Assert.Equal(2, taken.Epoch);
    }

    [Fact]
    public async Task AStaleLeaderCannotWriteAfterAnotherReplicaTookOver()
    {
        var job = (await _store.SubmitAsync(Job("j1"), CancellationToken.None)).Job;
        var old = await _store.TryAcquireAsync("old", TimeSpan.FromMilliseconds(300), CancellationToken.None);
        await Task.Delay(600);
        var current = await _store.TryAcquireAsync("new", Long, CancellationToken.None);

        // The old leader resumes (a long GC pause, a partition) and tries to admit the job under its superseded grant.
        var refused = await Assert.ThrowsAsync<LeadershipLostException>(() => _store.FencedBy(old!).TryUpdateAsync(job with { State = JobState.Running }, CancellationToken.None));
        var stored = await _store.GetAsync("j1", CancellationToken.None);
        var written = await _store.FencedBy(current!).TryUpdateAsync(job with { Reason = "admitted by the new leader" }, CancellationToken.None);

        Assert.Contains("epoch 1", refused.Message, StringComparison.Ordinal);
        Assert.Equal(job.State, stored!.State);
        Assert.Equal(job.Version, stored.Version);
        Assert.NotNull(written);
        Assert.Equal(job.Version + 1, written.Version);
    }

    [Fact]
    public async Task ALapsedLeaseRefusesWritesEvenBeforeAnotherReplicaTakesIt()
    {
        var job = (await _store.SubmitAsync(Job("j2"), CancellationToken.None)).Job;
        var lapsed = await _store.TryAcquireAsync("a", TimeSpan.FromMilliseconds(200), CancellationToken.None);
        await Task.Delay(400);

        await Assert.ThrowsAsync<LeadershipLostException>(() => _store.FencedBy(lapsed!).TryUpdateAsync(job, CancellationToken.None));
    }

    [Fact]
    public async Task AFencedWriteOnAStaleVersionIsAConflictNotALostLead()
    {
        var job = (await _store.SubmitAsync(Job("j3"), CancellationToken.None)).Job;
        var grant = await _store.TryAcquireAsync("a", Long, CancellationToken.None);
        var fenced = _store.FencedBy(grant!);
        Assert.NotNull(await fenced.TryUpdateAsync(job, CancellationToken.None));

        Assert.Null(await fenced.TryUpdateAsync(job, CancellationToken.None));
    }

    [Fact]
    public async Task GroupCommittedSubmitsStayUnfencedDuringATakeoverWhileTheDeposedLeadersCycleWritesFail()
    {
        // Two replicas with their own connection pools and submit batchers: the old leader and a follower.
        await using var follower = new PostgresJobStore(PostgresServer.ConnectionString, _schema);
        var queued = (await _store.SubmitAsync(Job("t-0"), CancellationToken.None)).Job;
        var old = await _store.TryAcquireAsync("old", TimeSpan.FromMilliseconds(300), CancellationToken.None);
        await Task.Delay(600);

        // While the follower takes over, submits arrive at both replicas, many at once, so they are group-committed.
        var takeover = follower.TryAcquireAsync("new", Long, CancellationToken.None);
        var submits = Enumerable.Range(1, 40)
            .Select(i => (i % 2 == 0 ? follower : _store).SubmitAsync(Job($"t-{i}"), CancellationToken.None))
            .ToList();
        var current = await takeover;
        var results = await Task.WhenAll(submits);

        // The deposed leader's cycle write, through its fence, is refused; the new leader's goes through.
        await Assert.ThrowsAsync<LeadershipLostException>(() => _store.FencedBy(old!).TryUpdateAsync(queued with { State = JobState.Running }, CancellationToken.None));
        var admitted = await follower.FencedBy(current!).TryUpdateAsync(queued with { Reason = "admitted by the new leader" }, CancellationToken.None);

        Assert.All(results, r => Assert.True(r.Created));
        Assert.True(Math.Max(_store.LargestSubmitBatch, follower.LargestSubmitBatch) > 1, "the submits were not group-committed");
        Assert.Equal(41, (await follower.ListAsync(new JobQuery(Limit: 1000), CancellationToken.None)).Count);
        Assert.NotNull(admitted);
        Assert.Equal(JobState.Pending, (await follower.GetAsync("t-0", CancellationToken.None))!.State);
    }

    public void Dispose() => _store.Dispose();

    private static Job Job(string id) =>
        JobTransitions.Submitted(id, new JobSpec("vision", "default", 1, 1m, "T4", null, 1000, 1024, "r/x@sha256:" + new string('a', 64), ["true"], TimeSpan.FromMinutes(5)), DateTimeOffset.UtcNow);
}

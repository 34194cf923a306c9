namespace MlPlatform.Scheduler.Storage.Tests;

public sealed class PostgresJobStoreTests : JobStoreContract, IDisposable
{
    private readonly string _schema = "t_" + Guid.NewGuid().ToString("N")[..16];
    private readonly PostgresJobStore _store;

    public PostgresJobStoreTests() => _store = new PostgresJobStore(PostgresServer.ConnectionString, _schema);

    protected override Core.IJobStore Store => _store;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await using (var connection = new Npgsql.NpgsqlConnection(PostgresServer.ConnectionString))
        {
            await connection.OpenAsync();
            await using var drop = new Npgsql.NpgsqlCommand($"DROP SCHEMA IF EXISTS {_schema} CASCADE", connection);
            await drop.ExecuteNonQueryAsync();
        }

        await _store.DisposeAsync();
    }

    [Fact]
    public async Task ConcurrentSubmitsShareTransactionsAndEachClientKeyStillMakesOneJob()
    {
        var submits = Enumerable.Range(0, 300).Select(i => Task.Run(() =>
            _store.SubmitAsync(Job($"g{i:D3}", clientKey: i % 3 == 0 ? $"key-{i % 30}" : null), default))).ToList();
        var results = await Task.WhenAll(submits);

        Assert.True(_store.LargestSubmitBatch > 1, "submits never shared a transaction");
        var keyed = results.Where(r => r.Job.Spec.ClientKey is not null).GroupBy(r => r.Job.Spec.ClientKey).ToList();
        Assert.Equal(10, keyed.Count);
        Assert.All(keyed, g => Assert.Single(g.Select(r => r.Job.Id).Distinct()));
        Assert.Equal(10, keyed.Sum(g => g.Count(r => r.Created)));
        var stored = await _store.ListAsync(new Core.JobQuery(Limit: 1000), default);
        Assert.Equal(200 + 10, stored.Count);
    }

    [Fact]
    public async Task ASubmitIsAcknowledgedOnlyOnceStoredAndAFailedBatchStoresNoneOfIt()
    {
        // PostgreSQL refuses a NUL character in a text column: whichever batch holds that submit fails as a whole.
        var submits = Enumerable.Range(0, 60).Select(i => Task.Run(async () =>
        {
            var job = Job(i == 30 ? "p30\0" : $"p{i:D2}");
            try
            {
                await _store.SubmitAsync(job, default);
                return (job.Id, Acknowledged: true);
            }
            catch (Npgsql.PostgresException)
            {
                return (job.Id, Acknowledged: false);
            }
        })).ToList();
        var outcomes = await Task.WhenAll(submits);

        Assert.Contains(outcomes, o => !o.Acknowledged);
        foreach (var (id, acknowledged) in outcomes)
        {
            Assert.Equal(acknowledged, id.Contains('\0', StringComparison.Ordinal) ? false : await _store.GetAsync(id, default) is not null);
        }
    }

    private static Core.Job Job(string id, string? clientKey = null) =>
        Core.JobTransitions.Submitted(id, new Core.JobSpec("vision", "default", 0, 1, null, null, 1000, 1024, "r/x@sha256:" + new string('b', 64), ["ok"], TimeSpan.FromMinutes(5), ClientKey: clientKey), DateTimeOffset.UnixEpoch);

    [Fact]
    public void SchemaNameMustBeASafeIdentifier() =>
        Assert.Throws<ArgumentException>(() => new PostgresJobStore(PostgresServer.ConnectionString, "x; DROP TABLE jobs"));

    public void Dispose() => _store.Dispose();
}

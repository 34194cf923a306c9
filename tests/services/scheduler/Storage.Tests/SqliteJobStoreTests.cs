namespace MlPlatform.Scheduler.Storage.Tests;

public sealed class SqliteJobStoreTests : JobStoreContract, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("sched-sqlite-").FullName;
    private readonly SqliteJobStore _store;

    public SqliteJobStoreTests() => _store = new SqliteJobStore(Path.Combine(_directory, "jobs.db"));

    protected override Core.IJobStore Store => _store;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _store.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task DatabaseUsesWriteAheadLogging()
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_directory, "jobs.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task CommittedJobsAreVisibleToANewStoreOnTheSameFile()
    {
        await _store.SubmitAsync(Core.JobTransitions.Submitted("persisted", new Core.JobSpec("t", "q", 0, 1, null, null, 1, 1, "i@sha256:x", ["a"], TimeSpan.FromMinutes(1)), DateTimeOffset.UnixEpoch), default);
        await using var reopened = new SqliteJobStore(Path.Combine(_directory, "jobs.db"));
        Assert.NotNull(await reopened.GetAsync("persisted", default));
    }

    public void Dispose() => _store.Dispose();
}

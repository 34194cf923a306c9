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
    public void SchemaNameMustBeASafeIdentifier() =>
        Assert.Throws<ArgumentException>(() => new PostgresJobStore(PostgresServer.ConnectionString, "x; DROP TABLE jobs"));

    public void Dispose() => _store.Dispose();
}

using System.Data.Common;
using System.Text.RegularExpressions;
using Npgsql;

namespace MlPlatform.Scheduler.Storage;

/// <summary>PostgreSQL job store (Npgsql data source, pooled connections; the server serialises concurrent writers).</summary>
public sealed partial class PostgresJobStore : SqlJobStore, IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly string _schema;

    /// <summary>A store on <paramref name="connectionString"/>, its table in <paramref name="schema"/> (created if missing).</summary>
    public PostgresJobStore(string connectionString, string schema = "public")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        if (!IdentifierPattern().IsMatch(schema))
        {
            throw new ArgumentException($"schema '{schema}' must be a lower-case SQL identifier", nameof(schema));
        }

        _schema = schema;
        _dataSource = NpgsqlDataSource.Create(connectionString);
    }

    /// <inheritdoc/>
    protected override string Table => $"{_schema}.jobs";

    /// <inheritdoc/>
    protected override IEnumerable<string> SchemaStatements =>
    [
        $"CREATE SCHEMA IF NOT EXISTS {_schema}",
        $"""
        CREATE TABLE IF NOT EXISTS {_schema}.jobs (
            id TEXT PRIMARY KEY, team TEXT NOT NULL, queue TEXT NOT NULL, state TEXT NOT NULL, client_key TEXT NULL,
            submitted_at BIGINT NOT NULL, finished_at BIGINT NULL, active INTEGER NOT NULL, version BIGINT NOT NULL,
            doc TEXT NOT NULL)
        """,
        $"CREATE UNIQUE INDEX IF NOT EXISTS jobs_client_key ON {_schema}.jobs(team, client_key) WHERE client_key IS NOT NULL",
        $"CREATE INDEX IF NOT EXISTS jobs_active ON {_schema}.jobs(active) WHERE active = 1",
        $"CREATE INDEX IF NOT EXISTS jobs_submitted ON {_schema}.jobs(submitted_at)",
        $"CREATE INDEX IF NOT EXISTS jobs_finished ON {_schema}.jobs(finished_at)",
    ];

    /// <inheritdoc/>
    public override async Task InitializeAsync(CancellationToken cancellationToken)
    {
        // Concurrent CREATE ... IF NOT EXISTS can still collide in the catalog; an advisory lock serialises start-ups.
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(727274)", connection, transaction))
        {
            await lockCommand.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var statement in SchemaStatements)
        {
            await using var command = new NpgsqlCommand(statement, connection, transaction);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    protected override async ValueTask<DbConnection> OpenReaderAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    protected override async Task<T> WriteAsync<T>(Func<DbConnection, Task<T>> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await write(connection).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    /// <inheritdoc/>
    public void Dispose() => _dataSource.Dispose();

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex IdentifierPattern();
}

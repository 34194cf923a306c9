using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace MlPlatform.Scheduler.Storage;

/// <summary>
/// SQLite job store: WAL journal (readers never block the writer), <c>synchronous=FULL</c> (a commit is on disk before
/// the call returns) and exactly one writer connection, used under a lock.
/// </summary>
public sealed class SqliteJobStore : SqlJobStore, IAsyncDisposable, IDisposable
{
    private readonly string _connectionString;
    private readonly SemaphoreSlim _writerLock = new(1, 1);
    private SqliteConnection? _writer;

    /// <summary>A store on the database file at <paramref name="path"/> (created if missing).</summary>
    public SqliteJobStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <inheritdoc/>
    protected override string Table => "jobs";

    /// <inheritdoc/>
    protected override IEnumerable<string> SchemaStatements =>
    [
        "PRAGMA journal_mode=WAL",
        """
        CREATE TABLE IF NOT EXISTS jobs (
            id TEXT PRIMARY KEY, team TEXT NOT NULL, queue TEXT NOT NULL, state TEXT NOT NULL, client_key TEXT NULL,
            submitted_at INTEGER NOT NULL, finished_at INTEGER NULL, active INTEGER NOT NULL, version INTEGER NOT NULL,
            doc TEXT NOT NULL)
        """,
        "CREATE UNIQUE INDEX IF NOT EXISTS jobs_client_key ON jobs(team, client_key) WHERE client_key IS NOT NULL",
        "CREATE INDEX IF NOT EXISTS jobs_active ON jobs(active)",
        "CREATE INDEX IF NOT EXISTS jobs_submitted ON jobs(submitted_at)",
        "CREATE INDEX IF NOT EXISTS jobs_finished ON jobs(finished_at)",
    ];

    /// <inheritdoc/>
    protected override string CostOfDocument => "COALESCE(json_extract(doc, '$.costUsd'), 0)";

    /// <inheritdoc/>
    protected override async ValueTask<DbConnection> OpenReaderAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    /// <inheritdoc/>
    protected override async Task<T> WriteAsync<T>(Func<DbConnection, Task<T>> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        await _writerLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_writer is null)
            {
                var writer = new SqliteConnection(_connectionString);
                await writer.OpenAsync(cancellationToken).ConfigureAwait(false);
                await using (var pragma = writer.CreateCommand())
                {
                    pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;";
                    await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                _writer = writer;
            }

            return await write(_writer).ConfigureAwait(false);
        }
        finally
        {
            _writerLock.Release();
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (_writer is not null)
        {
            await _writer.DisposeAsync().ConfigureAwait(false);
        }

        _writerLock.Dispose();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _writer?.Dispose();
        _writerLock.Dispose();
    }
}

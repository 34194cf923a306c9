using System.Data.Common;
using System.Text.RegularExpressions;
using MlPlatform.Scheduler.Core;
using Npgsql;

namespace MlPlatform.Scheduler.Storage;

/// <summary>
/// PostgreSQL job store (Npgsql data source, pooled connections; the server serialises concurrent writers), shared by
/// every scheduler replica. It also holds the leader lease: one row in <c>scheduler_lease</c> with holder, epoch and
/// expiry on the server's clock; fenced writes lock that row FOR SHARE and check holder and epoch in the same transaction,
/// so a takeover (which must update the row) waits for an in-flight fenced write and every later one is refused.
/// </summary>
public sealed partial class PostgresJobStore : SqlJobStore, ILeaderLease, IAsyncDisposable, IDisposable
{
    /// <summary>The lease row's name: one scheduling loop per schema.</summary>
    public const string LeaseName = "scheduling-loop";

    private readonly NpgsqlDataSource _dataSource;
    private readonly SubmitBatcher _submits;
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
        _submits = new SubmitBatcher(SubmitBatchAsync);
    }

    /// <inheritdoc/>
    protected override string Table => $"{_schema}.jobs";

    /// <inheritdoc/>
    protected override string CostOfDocument => "COALESCE((doc::json->>'costUsd')::numeric, 0)";

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
        $"""
        CREATE TABLE IF NOT EXISTS {_schema}.scheduler_lease (
            name TEXT PRIMARY KEY, holder TEXT NOT NULL, epoch BIGINT NOT NULL, expires_at TIMESTAMPTZ NOT NULL)
        """,
    ];

    /// <inheritdoc/>
    public async Task<LeaseGrant?> TryAcquireAsync(string holder, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(holder);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

        // The holder renews its live lease under the same epoch; anyone takes a lapsed one under the next epoch.
        await using var command = new NpgsqlCommand($"""
            INSERT INTO {_schema}.scheduler_lease AS lease (name, holder, epoch, expires_at)
            VALUES (@name, @holder, 1, clock_timestamp() + make_interval(secs => @seconds))
            ON CONFLICT (name) DO UPDATE SET
                holder = EXCLUDED.holder,
                epoch = CASE WHEN lease.holder = EXCLUDED.holder AND lease.expires_at > clock_timestamp() THEN lease.epoch ELSE lease.epoch + 1 END,
                expires_at = EXCLUDED.expires_at
            WHERE lease.holder = EXCLUDED.holder OR lease.expires_at <= clock_timestamp()
            RETURNING holder, epoch, expires_at
            """, connection);
        command.Parameters.AddWithValue("name", LeaseName);
        command.Parameters.AddWithValue("holder", holder);
        command.Parameters.AddWithValue("seconds", duration.TotalSeconds);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return new LeaseGrant(reader.GetString(0), reader.GetInt64(1), reader.GetFieldValue<DateTimeOffset>(2), duration);
    }

    /// <inheritdoc/>
    public async Task ReleaseAsync(LeaseGrant grant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grant);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            $"UPDATE {_schema}.scheduler_lease SET expires_at = clock_timestamp() WHERE name = @name AND holder = @holder AND epoch = @epoch",
            connection);
        command.Parameters.AddWithValue("name", LeaseName);
        command.Parameters.AddWithValue("holder", grant.Holder);
        command.Parameters.AddWithValue("epoch", grant.Epoch);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public IJobStore FencedBy(LeaseGrant grant)
    {
        ArgumentNullException.ThrowIfNull(grant);
        return new FencedStore(this, grant);
    }

    private async Task<Job?> FencedUpdateAsync(LeaseGrant grant, Job job, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var check = new NpgsqlCommand($"""
            SELECT 1 FROM {_schema}.scheduler_lease
            WHERE name = @name AND holder = @holder AND epoch = @epoch AND expires_at > clock_timestamp()
            FOR SHARE
            """, connection, transaction))
        {
            check.Parameters.AddWithValue("name", LeaseName);
            check.Parameters.AddWithValue("holder", grant.Holder);
            check.Parameters.AddWithValue("epoch", grant.Epoch);
            if (await check.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is null)
            {
                throw new LeadershipLostException($"the lease of epoch {grant.Epoch} held by {grant.Holder} lapsed or passed to another replica; write to job {job.Id} refused");
            }
        }

        var stored = await UpdateOnAsync(connection, transaction, job, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return stored;
    }

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

    /// <summary>
    /// Submits go through group commit: concurrent ones share a transaction (one round trip, one WAL flush) and each is
    /// answered after its commit.
    /// </summary>
    public override Task<SubmitResult> SubmitAsync(Job job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        return _submits.SubmitAsync(job, cancellationToken);
    }

    /// <summary>The most submits one transaction has carried (diagnostics).</summary>
    public int LargestSubmitBatch => _submits.LargestBatch;

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _submits.DisposeAsync().ConfigureAwait(false);
        await _dataSource.DisposeAsync().ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        // Let queued submits finish before the connections go.
        _submits.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _dataSource.Dispose();
    }

    /// <summary>Reads through the store; updates only while the grant is the live lease.</summary>
    private sealed class FencedStore(PostgresJobStore store, LeaseGrant grant) : IJobStore
    {
        public Task InitializeAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);

        public Task<SubmitResult> SubmitAsync(Job job, CancellationToken cancellationToken) => store.SubmitAsync(job, cancellationToken);

        public Task<Job?> FindByClientKeyAsync(string team, string clientKey, CancellationToken cancellationToken) => store.FindByClientKeyAsync(team, clientKey, cancellationToken);

        public Task<Job?> GetAsync(string id, CancellationToken cancellationToken) => store.GetAsync(id, cancellationToken);

        public Task<IReadOnlyList<Job>> ListAsync(JobQuery query, CancellationToken cancellationToken) => store.ListAsync(query, cancellationToken);

        public Task<IReadOnlyList<Job>> ListActiveAsync(CancellationToken cancellationToken) => store.ListActiveAsync(cancellationToken);

        public Task<IReadOnlyList<Job>> ListSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) => store.ListSinceAsync(since, cancellationToken);

        public Task<IReadOnlyDictionary<string, decimal>> SettledCostSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) => store.SettledCostSinceAsync(since, cancellationToken);

        public Task<IReadOnlyList<Job>> ListRunningAsync(CancellationToken cancellationToken) => store.ListRunningAsync(cancellationToken);

        public Task<Job?> TryUpdateAsync(Job job, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(job);
            return store.FencedUpdateAsync(grant, job, cancellationToken);
        }

        public Task<bool> PingAsync(CancellationToken cancellationToken) => store.PingAsync(cancellationToken);
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex IdentifierPattern();
}

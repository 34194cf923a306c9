using System.Data.Common;
using MlPlatform.Scheduler.Core;

namespace MlPlatform.Scheduler.Storage;

/// <summary>
/// The SQL both stores share: one <c>jobs</c> table with indexed columns for filtering and the job as a JSON document.
/// Idempotent submit is a unique index on (team, client_key) with <c>ON CONFLICT DO NOTHING</c>; updates compare the
/// version column. Subclasses supply connections and the few dialect differences.
/// </summary>
public abstract class SqlJobStore : IJobStore
{
    /// <summary>The qualified table name.</summary>
    protected abstract string Table { get; }

    /// <summary>An open connection for reading.</summary>
    protected abstract ValueTask<DbConnection> OpenReaderAsync(CancellationToken cancellationToken);

    /// <summary>Runs <paramref name="write"/> on a connection that may write (the SQLite store serialises these).</summary>
    protected abstract Task<T> WriteAsync<T>(Func<DbConnection, Task<T>> write, CancellationToken cancellationToken);

    /// <summary>The DDL that creates the schema (idempotent).</summary>
    protected abstract IEnumerable<string> SchemaStatements { get; }

    /// <inheritdoc/>
    public virtual async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await WriteAsync(
            async connection =>
            {
                foreach (var statement in SchemaStatements)
                {
                    await using var command = connection.CreateCommand();
                    command.CommandText = statement;
                    await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                return true;
            },
            cancellationToken).ConfigureAwait(false);
    }

    private string InsertSql => $"""
        INSERT INTO {Table} (id, team, queue, state, client_key, submitted_at, finished_at, active, version, doc)
        VALUES (@id, @team, @queue, @state, @client_key, @submitted_at, @finished_at, @active, @version, @doc)
        ON CONFLICT (team, client_key) WHERE client_key IS NOT NULL DO NOTHING
        """;

    /// <summary>
    /// Submits <paramref name="jobs"/> in one transaction (one round trip where the provider batches statements): each
    /// result as <see cref="SubmitAsync"/> would give it, a client key seen earlier — before or in the same batch —
    /// returning the first job. Nothing is stored unless everything is.
    /// </summary>
    protected async Task<IReadOnlyList<SubmitResult>> SubmitBatchAsync(IReadOnlyList<Job> jobs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        var stored = jobs.Select(j => j with { Version = 1 }).ToList();
        return await WriteAsync(
            async connection =>
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                var inserted = new bool[stored.Count];
                if (connection.CanCreateBatch)
                {
                    await using var batch = connection.CreateBatch();
                    batch.Transaction = transaction;
                    foreach (var job in stored)
                    {
                        var command = batch.CreateBatchCommand();
                        command.CommandText = InsertSql;
                        BindTo(command.Parameters, command.CreateParameter, job);
                        batch.BatchCommands.Add(command);
                    }

                    await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    for (var i = 0; i < stored.Count; i++)
                    {
                        inserted[i] = batch.BatchCommands[i].RecordsAffected == 1;
                    }
                }
                else
                {
                    for (var i = 0; i < stored.Count; i++)
                    {
                        await using var command = connection.CreateCommand();
                        command.Transaction = transaction;
                        command.CommandText = InsertSql;
                        Bind(command, stored[i]);
                        inserted[i] = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
                    }
                }

                var results = new SubmitResult[stored.Count];
                for (var i = 0; i < stored.Count; i++)
                {
                    if (inserted[i])
                    {
                        results[i] = new SubmitResult(stored[i], true);
                        continue;
                    }

                    await using var select = connection.CreateCommand();
                    select.Transaction = transaction;
                    select.CommandText = $"SELECT doc, version FROM {Table} WHERE team = @team AND client_key = @client_key";
                    Add(select, "@team", stored[i].Spec.Team);
                    Add(select, "@client_key", stored[i].Spec.ClientKey);
                    var existing = await ReadJobsAsync(select, cancellationToken).ConfigureAwait(false);
                    results[i] = existing.Count == 1
                        ? new SubmitResult(existing[0], false)
                        : throw new InvalidOperationException($"submit of job {stored[i].Id} conflicted but no job with client key '{stored[i].Spec.ClientKey}' exists");
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return (IReadOnlyList<SubmitResult>)results;
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public virtual async Task<SubmitResult> SubmitAsync(Job job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var stored = job with { Version = 1 };
        return await WriteAsync(
            async connection =>
            {
                await using (var insert = connection.CreateCommand())
                {
                    insert.CommandText = $"""
                        INSERT INTO {Table} (id, team, queue, state, client_key, submitted_at, finished_at, active, version, doc)
                        VALUES (@id, @team, @queue, @state, @client_key, @submitted_at, @finished_at, @active, @version, @doc)
                        ON CONFLICT (team, client_key) WHERE client_key IS NOT NULL DO NOTHING
                        """;
                    Bind(insert, stored);
                    if (await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1)
                    {
                        return new SubmitResult(stored, true);
                    }
                }

                await using var select = connection.CreateCommand();
                select.CommandText = $"SELECT doc, version FROM {Table} WHERE team = @team AND client_key = @client_key";
                Add(select, "@team", job.Spec.Team);
                Add(select, "@client_key", job.Spec.ClientKey);
                var existing = await ReadJobsAsync(select, cancellationToken).ConfigureAwait(false);
                return existing.Count == 1
                    ? new SubmitResult(existing[0], false)
                    : throw new InvalidOperationException($"submit of job {job.Id} conflicted but no job with client key '{job.Spec.ClientKey}' exists");
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<Job?> FindByClientKeyAsync(string team, string clientKey, CancellationToken cancellationToken)
    {
        var jobs = await QueryAsync(
            $"SELECT doc, version FROM {Table} WHERE team = @team AND client_key = @client_key",
            c =>
            {
                Add(c, "@team", team);
                Add(c, "@client_key", clientKey);
            },
            cancellationToken).ConfigureAwait(false);
        return jobs.Count == 0 ? null : jobs[0];
    }

    /// <inheritdoc/>
    public async Task<Job?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var jobs = await QueryAsync($"SELECT doc, version FROM {Table} WHERE id = @id", c => Add(c, "@id", id), cancellationToken).ConfigureAwait(false);
        return jobs.Count == 0 ? null : jobs[0];
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<Job>> ListAsync(JobQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var where = new List<string>();
        if (query.Team is not null)
        {
            where.Add("team = @team");
        }

        if (query.Queue is not null)
        {
            where.Add("queue = @queue");
        }

        if (query.State is not null)
        {
            where.Add("state = @state");
        }

        if (query.After is not null)
        {
            where.Add("(submitted_at < @after_at OR (submitted_at = @after_at AND id < @after_id))");
        }

        var sql = $"SELECT doc, version FROM {Table}{(where.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", where))} ORDER BY submitted_at DESC, id DESC LIMIT @limit";
        return QueryAsync(
            sql,
            c =>
            {
                Add(c, "@team", query.Team);
                Add(c, "@queue", query.Queue);
                Add(c, "@state", query.State?.ToString());
                Add(c, "@limit", query.Limit);
                if (query.After is { } after)
                {
                    Add(c, "@after_at", after.SubmittedAtMs);
                    Add(c, "@after_id", after.Id);
                }
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<Job>> ListActiveAsync(CancellationToken cancellationToken) =>
        QueryAsync($"SELECT doc, version FROM {Table} WHERE active = 1", _ => { }, cancellationToken);

    /// <summary>The SQL expression of a row's accrued cost, read from its document (the dialect's JSON access).</summary>
    protected abstract string CostOfDocument { get; }

    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<string, decimal>> SettledCostSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        // The same two index-friendly halves as ListSinceAsync, priced in the database: only one row per team returns.
        var sql = $"""
            SELECT team, SUM(cost) FROM (
                SELECT team, {CostOfDocument} AS cost FROM {Table} WHERE active = 1 AND state <> @running
                UNION ALL
                SELECT team, {CostOfDocument} AS cost FROM {Table} WHERE active = 0 AND finished_at >= @since) settled
            GROUP BY team
            """;
        await using var connection = await OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Add(command, "@running", nameof(JobState.Running));
        Add(command, "@since", since.ToUnixTimeMilliseconds());
        var spend = new Dictionary<string, decimal>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            // SQLite sums JSON numbers as doubles: cents survive the round trip, further digits are noise.
            spend[reader.GetString(0)] = reader.IsDBNull(1) ? 0m : Math.Round(Convert.ToDecimal(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture), 6);
        }

        return spend;
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<Job>> ListRunningAsync(CancellationToken cancellationToken) =>
        QueryAsync(
            $"SELECT doc, version FROM {Table} WHERE active = 1 AND state = @running",
            c => Add(c, "@running", nameof(JobState.Running)),
            cancellationToken);

    /// <inheritdoc/>
    public Task<IReadOnlyList<Job>> ListSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        QueryAsync(
            $"SELECT doc, version FROM {Table} WHERE active = 1 UNION ALL SELECT doc, version FROM {Table} WHERE active = 0 AND finished_at >= @since",
            c => Add(c, "@since", since.ToUnixTimeMilliseconds()),
            cancellationToken);

    /// <inheritdoc/>
    public async Task<Job?> TryUpdateAsync(Job job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        return await WriteAsync(connection => UpdateOnAsync(connection, null, job, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The versioned update of <paramref name="job"/> on an open connection, inside <paramref name="transaction"/> when
    /// given (the fenced path checks the lease in the same transaction); the stored job, or null on a version conflict.
    /// </summary>
    protected async Task<Job?> UpdateOnAsync(DbConnection connection, DbTransaction? transaction, Job job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(job);
        var stored = job with { Version = job.Version + 1 };
        await using var update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = $"""
            UPDATE {Table} SET state = @state, finished_at = @finished_at, active = @active, version = @version, doc = @doc
            WHERE id = @id AND version = @expected
            """;
        Bind(update, stored);
        Add(update, "@expected", job.Version);
        return await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1 ? stored : null;
    }

    /// <inheritdoc/>
    public async Task<bool> PingAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await OpenReaderAsync(cancellationToken).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM {Table} WHERE id = ''";
            await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (DbException)
        {
            return false;
        }
    }

    /// <summary>Adds a parameter (null becomes DB null).</summary>
    protected static void Add(DbCommand command, string name, object? value)
    {
        ArgumentNullException.ThrowIfNull(command);
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    private static void Bind(DbCommand command, Job job) => BindTo(command.Parameters, command.CreateParameter, job);

    private static void BindTo(DbParameterCollection parameters, Func<DbParameter> create, Job job)
    {
        void Add(string name, object? value)
        {
            var parameter = create();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            parameters.Add(parameter);
        }

        Add("@id", job.Id);
        Add("@team", job.Spec.Team);
        Add("@queue", job.Spec.Queue);
        Add("@state", job.State.ToString());
        Add("@client_key", job.Spec.ClientKey);
        Add("@submitted_at", job.SubmittedAt.ToUnixTimeMilliseconds());
        Add("@finished_at", job.FinishedAt?.ToUnixTimeMilliseconds());
        Add("@active", job.IsActive ? 1 : 0);
        Add("@version", job.Version);
        Add("@doc", JobDocument.Serialize(job));
    }

    private async Task<IReadOnlyList<Job>> QueryAsync(string sql, Action<DbCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        bind(command);
        return await ReadJobsAsync(command, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IReadOnlyList<Job>> ReadJobsAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var jobs = new List<Job>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            jobs.Add(JobDocument.Deserialize(reader.GetString(0), reader.GetInt64(1)));
        }

        return jobs;
    }
}

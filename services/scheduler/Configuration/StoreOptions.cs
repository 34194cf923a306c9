namespace MlPlatform.Scheduler.Configuration;

/// <summary>Where job state lives: <c>sqlite</c> (default) or <c>postgres</c>.</summary>
public sealed class StoreOptions
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    public string Provider { get; set; } = Sqlite;

    /// <summary>SQLite database file; default <c>{temp}/mlplatform-scheduler/scheduler.db</c>.</summary>
    public string? SqlitePath { get; set; }

    /// <summary>Npgsql connection string (required for <c>postgres</c>).</summary>
    public string? PostgresConnectionString { get; set; }

    /// <summary>PostgreSQL schema of the jobs table.</summary>
    public string PostgresSchema { get; set; } = "public";
}

namespace MlPlatform.Stacks.Config;

/// <summary>The GPU job scheduler deployment.</summary>
/// <param name="StateStore">Where the scheduler keeps its state: SQLite on a volume (one writer) or PostgreSQL.</param>
/// <param name="QueueAgeFallbackMinutes">A spot-eligible job that waited longer than this falls back to on-demand.</param>
/// <param name="Database">The managed PostgreSQL the platform creates with <see cref="SchedulerStateStore.Postgres"/>; null with SQLite.</param>
public sealed record SchedulerServiceSpec(
    string Image,
    string Version,
    SchedulerStateStore StateStore,
    int Replicas,
    int QueueAgeFallbackMinutes,
    SchedulerDatabaseSpec? Database = null);

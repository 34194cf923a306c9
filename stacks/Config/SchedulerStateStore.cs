namespace MlPlatform.Stacks.Config;

/// <summary>The scheduler's state store.</summary>
public enum SchedulerStateStore
{
    Sqlite,
    Postgres,
}

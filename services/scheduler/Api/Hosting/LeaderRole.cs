namespace MlPlatform.Scheduler.Api.Hosting;

/// <summary>What this replica does with the scheduling loop.</summary>
internal enum LeaderRole
{
    /// <summary>Serves the API; another replica (or none yet) runs the loop.</summary>
    Follower,

    /// <summary>Holds the lease and runs the loop.</summary>
    Leader,

    /// <summary>The store is not shared (SQLite, memory): the only replica, always running the loop.</summary>
    SingleReplica,
}

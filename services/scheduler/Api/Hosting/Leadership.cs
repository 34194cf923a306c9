using MlPlatform.Scheduler.Core;
using Prometheus;

namespace MlPlatform.Scheduler.Api.Hosting;

/// <summary>
/// This replica's role, as the election last learned it. The lead ends locally at the lease's duration after the renewal
/// that granted it was *sent* (measured on this process's monotonic clock), so a replica whose renewals stall stops
/// acting before the database lets another take over; the database's fence stays the final word.
/// </summary>
internal sealed class Leadership
{
    private readonly TimeProvider _time;
    private readonly Gauge _leader;
    private readonly Counter _transitions;
    private readonly Lock _gate = new();
    private LeaseGrant? _grant;
    private long _deadline;
    private LeaderRole _role = LeaderRole.Follower;

    public Leadership(TimeProvider time, IMetricFactory metrics, string instanceId)
    {
        _time = time;
        InstanceId = instanceId;
        _leader = metrics.CreateGauge("scheduler_leader", "1 while this replica runs the scheduling loop (leader or single replica), else 0.");
        _transitions = metrics.CreateCounter("scheduler_leadership_transitions_total", "Changes of this replica's role, by the role taken.", ["role"]);
        foreach (var role in Enum.GetValues<LeaderRole>())
        {
            _transitions.WithLabels(Label(role)).IncTo(0);
        }
    }

    /// <summary>This replica's name in the lease.</summary>
    public string InstanceId { get; }

    /// <summary>The role now (a lead whose local deadline passed counts as lost).</summary>
    public LeaderRole Role
    {
        get
        {
            lock (_gate)
            {
                return _role == LeaderRole.Leader && _time.GetTimestamp() >= _deadline ? LeaderRole.Follower : _role;
            }
        }
    }

    /// <summary>The grant to fence writes with while this replica leads; null as a follower or single replica.</summary>
    public LeaseGrant? Grant
    {
        get
        {
            lock (_gate)
            {
                return _role == LeaderRole.Leader && _time.GetTimestamp() < _deadline ? _grant : null;
            }
        }
    }

    /// <summary>Whether this replica should run the scheduling cycle now.</summary>
    public bool RunsLoop => Role is LeaderRole.Leader or LeaderRole.SingleReplica;

    /// <summary>The lease as last granted to this replica (for readiness detail).</summary>
    public LeaseGrant? LastGrant
    {
        get
        {
            lock (_gate)
            {
                return _grant;
            }
        }
    }

    /// <summary>The store is not shared: lead for good.</summary>
    public void BecomeSingleReplica() => Set(LeaderRole.SingleReplica, null, long.MaxValue);

    /// <summary>Records <paramref name="grant"/>, from a renewal sent at <paramref name="sentAt"/> (a <see cref="TimeProvider.GetTimestamp"/>).</summary>
    public bool Lead(LeaseGrant grant, long sentAt)
    {
        ArgumentNullException.ThrowIfNull(grant);
        var deadline = sentAt + (long)(grant.ValidFor.TotalSeconds * _time.TimestampFrequency);
        return Set(LeaderRole.Leader, grant, deadline);
    }

    /// <summary>Another replica leads, the lease could not be renewed, or a fenced write was refused.</summary>
    public bool Follow() => Set(LeaderRole.Follower, null, 0);

    private bool Set(LeaderRole role, LeaseGrant? grant, long deadline)
    {
        bool changed;
        lock (_gate)
        {
            var before = _role == LeaderRole.Leader && _time.GetTimestamp() >= _deadline ? LeaderRole.Follower : _role;
            changed = before != role || (grant is not null && _grant is not null && grant.Epoch != _grant.Epoch);
            _role = role;
            _grant = grant ?? (role == LeaderRole.Follower ? null : _grant);
            _deadline = deadline;
        }

        _leader.Set(role is LeaderRole.Leader or LeaderRole.SingleReplica ? 1 : 0);
        if (changed)
        {
            _transitions.WithLabels(Label(role)).Inc();
        }

        return changed;
    }

    private static string Label(LeaderRole role) => role switch
    {
        LeaderRole.Leader => "leader",
        LeaderRole.SingleReplica => "single_replica",
        _ => "follower",
    };
}

using static MlPlatform.Scheduler.Core.Tests.Builders;

namespace MlPlatform.Scheduler.Core.Tests.Decisions;

public sealed class CapacityLedgerTests
{
    [Fact]
    public void AGangIsPlacedAllOrNothingAndTakesItsNodes()
    {
        var capacity = new CapacityLedger(Snapshot(pools: [Pool(nodes: 2)]));

        Assert.True(capacity.TryPlace(0, Spec(gpus: 4).PerMember, 2, out var nodes));
        Assert.False(capacity.TryPlace(0, Spec(gpus: 1).PerMember, 1, out _));

        Assert.Equal(["a10g-spot-0", "a10g-spot-1"], capacity.NodeNames(nodes));
        Assert.Equal(0, capacity.FreeGpuMilli(0));
    }

    [Fact]
    public void FreeingAJobOnAnUnavailableNodeGivesNothingBackThere()
    {
        var pool = Pool(nodes: 2);
        var running = Running("r", pool, 0, Spec(gpus: 4));
        var snapshot = Snapshot(pools: [pool], running: [running]) with { UnavailableNodes = new HashSet<string> { "a10g-spot-0" } };
        var capacity = new CapacityLedger(snapshot);
        var member = running.Spec.PerMember;
        var nodes = capacity.TakeRunning(0, running.Placement!.Nodes, member);

        capacity.Release(0, nodes, member);

        Assert.Equal(4_000, capacity.FreeGpuMilli(0));
        Assert.False(capacity.TryPlace(0, member, 2, out _));
        Assert.True(capacity.TryPlace(0, member, 1, out var placed));
        Assert.Equal(["a10g-spot-1"], capacity.NodeNames(placed));
    }
}

using MlPlatform.CostModel;
using MlPlatform.Scheduler.Core;

namespace MlPlatform.Scheduler.Simulation.Tests;

public sealed class SimulationTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly InterruptionModel NoReclaims = new(0, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(30));

    private static PoolSpec Pool(string name, CapacityType capacity, int nodes, decimal price) =>
        new(name, capacity, "T4", 16, 4, 48_000, 196_608, nodes, price, 4m);

    private static SimCluster Cluster(int spotNodes = 1, int onDemandNodes = 1) => new(
        [Pool("t4-spot", CapacityType.Spot, spotNodes, 1m), Pool("t4-od", CapacityType.OnDemand, onDemandNodes, 4m)],
        [new TeamSpec("t", 100)],
        [new QueueSpec("default", 0)],
        4 * Math.Max(spotNodes, onDemandNodes));

    private static SimJob Job(string id, double arrivalHours, double workHours, int gpus = 4) =>
        new(id, Start.AddHours(arrivalHours), new JobSpec("t", "default", 0, gpus, null, null, 1000, 1024, "i@sha256:x", ["run"], TimeSpan.FromHours(workHours), CheckpointPath: "ck"), TimeSpan.FromHours(workHours));

    [Fact]
    public async Task OnDemandOnlyReplayCompletesEveryJobAtOnDemandPrices()
    {
        var policy = SchedulingPolicy.Default with { CapacityStrategy = CapacityStrategies.OnDemandOnly };
        var result = await TraceSimulator.RunAsync(Cluster(), [Job("a", 0, 2), Job("b", 0, 1)], policy, NoReclaims);
        Assert.Equal(2, result.Completed);
        Assert.Equal(12m, result.CostUsd);            // a whole 4 USD/h node for 2 h + 1 h
        Assert.Equal(3 * 3600, result.JctP95Seconds); // b waits 2 h for a, then runs 1 h
        Assert.Equal(0, result.Fallbacks);
    }

    [Fact]
    public async Task SpotFirstFallsBackToOnDemandAfterTheQueueAgeThreshold()
    {
        var policy = SchedulingPolicy.Default with { QueueAgeThreshold = TimeSpan.FromMinutes(30) };
        var result = await TraceSimulator.RunAsync(Cluster(), [Job("a", 0, 2), Job("b", 0, 1)], policy, NoReclaims);
        Assert.Equal(2, result.Completed);
        Assert.Equal(1, result.Fallbacks);
        Assert.Equal(2m + 4m, result.CostUsd);            // a on spot 2 h × 1 USD; b on-demand 1 h × 4 USD
        Assert.Equal(1.5 * 3600, result.JctP50Seconds);   // b waited 30 min then ran 1 h
        Assert.Equal(2 * 3600, result.JctP95Seconds);     // a ran 2 h on spot
    }

    [Fact]
    public async Task SpotOnlyNeverFallsBack()
    {
        var policy = SchedulingPolicy.Default with { CapacityStrategy = CapacityStrategies.SpotOnly };
        var result = await TraceSimulator.RunAsync(Cluster(), [Job("a", 0, 2), Job("b", 0, 1)], policy, NoReclaims);
        Assert.Equal(0, result.Fallbacks);
        Assert.Equal(3m, result.CostUsd);
        Assert.Equal(3 * 3600, result.JctP95Seconds);
    }

    [Fact]
    public async Task SpotReclaimsRequeueJobsThatStillFinish()
    {
        var frequent = new InterruptionModel(2, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), Seed: 3);
        var policy = SchedulingPolicy.Default with { CapacityStrategy = CapacityStrategies.SpotOnly };
        var result = await TraceSimulator.RunAsync(Cluster(spotNodes: 2), [Job("a", 0, 3), Job("b", 0.1, 2)], policy, frequent);
        Assert.Equal(2, result.Completed);
        Assert.True(result.SpotReclaims > 0);
        Assert.True(result.CostUsd > 5m, "lost work after reclaims is paid for");
    }

    [Fact]
    public async Task ReclaimedRunKeepsWorkUpToItsLastCheckpoint()
    {
        var clock = new VirtualClock(Start);
        var job = Job("a", 0, 3);
        var executor = new SimulatedExecutor(clock, [job], new InterruptionModel(0, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(30)));
        var running = JobTransitions.Admitted(JobTransitions.Submitted("a", job.Spec, Start), new Decision("a", DecisionOutcome.Admit, "admitted", "", new Placement("t4-spot", CapacityType.Spot, ["t4-spot-0"], 1, 4)), Start);
        await executor.StartAsync(running, default);
        clock.AdvanceTo(Start.AddMinutes(50));
        Assert.True(executor.Reclaim("t4-spot-0"));
        var observation = (await executor.ObserveAsync([running], default))[0];
        Assert.Equal(RunStatus.Failed, observation.Status);
        Assert.Equal(EvictionKind.SpotReclaim, EvictionClassifier.Classify(observation, CapacityType.Spot));
        Assert.Contains("t4-spot-0", executor.UnavailableNodes(clock.GetUtcNow()));
        Assert.DoesNotContain("t4-spot-0", executor.UnavailableNodes(clock.GetUtcNow().AddMinutes(11)));

        var second = running with { Attempt = 2, StartedAt = clock.GetUtcNow() };
        await executor.StartAsync(second, default);
        Assert.Equal(clock.GetUtcNow().AddHours(2.5), executor.NextRunEnd()); // 30 min kept of 50
    }

    [Fact]
    public void AlibabaTraceBecomesSpotAndOnDemandPoolsCoveringEveryNode()
    {
        var catalog = PriceCatalogLoader.LoadDirectory(PriceCatalogLoader.DefaultDirectory(AppContext.BaseDirectory));
        var (cluster, jobs) = AlibabaOpenbTrace.Load(Shared("alibaba-openb-2023"), catalog);
        Assert.Equal(1213, cluster.Pools.Where(p => p.Capacity == CapacityType.OnDemand).Sum(p => p.NodeCount));
        Assert.Equal(cluster.TraceGpus, cluster.Pools.Where(p => p.Capacity == CapacityType.Spot).Sum(p => (double)p.GpusPerNode * p.NodeCount));
        Assert.Equal(7255, jobs.Count);
        Assert.Contains(jobs, j => j.Spec.IsFractional);
        Assert.All(cluster.Pools.Where(p => p.Capacity == CapacityType.Spot), p => Assert.True(p.NodeUsdPerHour < p.OnDemandNodeUsdPerHour));
    }

    [Fact]
    public void PolluxWorkloadBecomesGangJobsWithPhillyRunTimes()
    {
        var catalog = PriceCatalogLoader.LoadDirectory(PriceCatalogLoader.DefaultDirectory(AppContext.BaseDirectory));
        var dir = Shared("pollux-philly");
        var (cluster, jobs) = PolluxTrace.Load(Path.Combine(dir, "workload-1.csv"), Path.Combine(dir, "philly_runtime.csv"), catalog);
        Assert.Equal(160, jobs.Count);
        Assert.Equal(64, cluster.TraceGpus);
        Assert.Contains(jobs, j => j.Spec.GangSize > 1);
        Assert.All(jobs, j => Assert.InRange(j.Work.TotalSeconds, 60, 2 * 86_400));
    }

    private static string Shared(string trace) => RepositoryData.Find([AppContext.BaseDirectory], "traces", trace);
}

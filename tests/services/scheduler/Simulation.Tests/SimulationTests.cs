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
    public void AlibabaTraceBecomesASpotAndAnOnDemandPoolPerNodeShapeUnderOneCeiling()
    {
        var directory = Shared("alibaba-openb-2023");
        var (cluster, jobs) = AlibabaOpenbTrace.LoadFile(Path.Combine(directory, AlibabaOpenbTrace.DefaultPodListFile), Path.Combine(directory, AlibabaOpenbTrace.NodeListFile), Catalog(), ceilingScale: 1);
        Assert.Equal(1213, cluster.Pools.Where(p => p.Capacity == CapacityType.OnDemand).Sum(p => p.NodeCount));
        Assert.Equal(cluster.TraceGpus, cluster.Pools.Where(p => p.Capacity == CapacityType.Spot).Sum(p => (double)p.GpusPerNode * p.NodeCount));
        Assert.All(cluster.Pools, p => Assert.Equal(2, cluster.Pools.Count(q => q.CeilingGroup == p.CeilingGroup)));
        Assert.Equal(7255, jobs.Count);
        Assert.Contains(jobs, j => j.Spec.IsFractional);
        Assert.All(cluster.Pools.Where(p => p.Capacity == CapacityType.Spot), p => Assert.True(p.NodeUsdPerHour < p.OnDemandNodeUsdPerHour));
    }

    [Fact]
    public void TheOpenbCeilingIsTheNodeListsShapeMixScaledToThePodsPeakDemand()
    {
        var directory = Shared("alibaba-openb-2023");
        var nodes = Path.Combine(directory, AlibabaOpenbTrace.NodeListFile);
        var (whole, _) = AlibabaOpenbTrace.LoadFile(Path.Combine(directory, AlibabaOpenbTrace.DefaultPodListFile), nodes, Catalog(), ceilingScale: 1);
        var (cluster, jobs) = AlibabaOpenbTrace.LoadFile(Path.Combine(directory, AlibabaOpenbTrace.DefaultPodListFile), nodes, Catalog());
        var peak = AlibabaOpenbTrace.PeakGpuDemand(jobs);

        // The pods never hold more than ~66 of the node list's 6,212 GPUs at their recorded times.
        Assert.InRange(peak, 60, 70);
        Assert.InRange(cluster.TraceGpus, peak, 2 * peak);
        Assert.Equal(cluster.TraceGpus, cluster.Pools.Where(p => p.Capacity == CapacityType.OnDemand).Sum(p => (double)p.GpusPerNode * p.NodeCount));
        Assert.Equal(whole.Pools.Select(p => p.Name), cluster.Pools.Select(p => p.Name));
        Assert.All(cluster.Pools, p => Assert.InRange(p.NodeCount, 1, whole.Pools.Single(w => w.Name == p.Name).NodeCount));
        Assert.All(cluster.Pools, p => Assert.Equal(whole.Pools.Single(w => w.Name == p.Name).NodeUsdPerHour, p.NodeUsdPerHour));
    }

    [Fact]
    public async Task UtilisationIsMeasuredFromTheOnePercentArrivalQuantileSoALeadInDoesNotDiluteIt()
    {
        var policy = SchedulingPolicy.Default with { CapacityStrategy = CapacityStrategies.OnDemandOnly };
        // One early job, then 100 back-to-back one-hour jobs that keep the only node busy from hour 1,000.
        var jobs = new List<SimJob> { Job("lead-in", 0, 1) };
        jobs.AddRange(Enumerable.Range(0, 100).Select(i => Job($"j{i:000}", 1_000 + i, 1)));

        var result = await TraceSimulator.RunAsync(Cluster(), jobs, policy, NoReclaims);

        Assert.Equal(101, result.Completed);
        Assert.Equal(99 * 3600 * 4, result.WindowCapacityGpuSeconds); // hour 1,000 (the 1 % quantile) to hour 1,099
        Assert.Equal(1, result.GpuUtilisation, 3);
        Assert.InRange(result.MakespanGpuUtilisation, 0.09, 0.1);
    }

    [Fact]
    public void PeakGpuDemandCountsOverlappingPodsOnceAndFreesGpusAtTheirEnd()
    {
        var jobs = new[] { Job("a", 0, 2, gpus: 4), Job("b", 1, 2, gpus: 2), Job("c", 2, 1, gpus: 3), Job("cpu", 0, 9, gpus: 0) };

        // a (0–2 h) and b (1–3 h) overlap: 6; c starts as a ends, so b + c is 5.
        Assert.Equal(6, AlibabaOpenbTrace.PeakGpuDemand(jobs));
    }

    [Fact]
    public void ACeilingScaleOutsideZeroToOneIsRejected()
    {
        var directory = Shared("alibaba-openb-2023");
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => AlibabaOpenbTrace.LoadFile(Path.Combine(directory, AlibabaOpenbTrace.DefaultPodListFile), Path.Combine(directory, AlibabaOpenbTrace.NodeListFile), Catalog(), ceilingScale: 1.5));
        Assert.Equal("ceilingScale", error.ParamName);
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

    [Fact]
    public async Task AtEqualCapacityAFallbackCannotGoBeyondTheSharedNodeCeiling()
    {
        // One node shape with a ceiling of one node, bought as spot or on-demand: b waits for a whatever the strategy.
        var cluster = new SimCluster(
            [Pool("t4-spot", CapacityType.Spot, 1, 1m) with { CeilingGroup = "t4" }, Pool("t4-od", CapacityType.OnDemand, 1, 4m) with { CeilingGroup = "t4" }],
            [new TeamSpec("t", 100)],
            [new QueueSpec("default", 0)],
            4);
        var spotFirst = await TraceSimulator.RunAsync(cluster, [Job("a", 0, 2), Job("b", 0, 1)], SchedulingPolicy.Default with { QueueAgeThreshold = TimeSpan.FromMinutes(30) }, NoReclaims);
        var onDemand = await TraceSimulator.RunAsync(cluster, [Job("a", 0, 2), Job("b", 0, 1)], SchedulingPolicy.Default with { CapacityStrategy = CapacityStrategies.OnDemandOnly }, NoReclaims);
        Assert.Equal(0, spotFirst.Fallbacks);
        Assert.Equal(3 * 3600, spotFirst.JctP95Seconds);
        Assert.Equal(onDemand.JctP95Seconds, spotFirst.JctP95Seconds);
        Assert.Equal(3m, spotFirst.CostUsd);
        Assert.Equal(12m, onDemand.CostUsd);
    }

    [Fact]
    public async Task ReplayReportsQueueWaitP99AndUtilisationOverTheLoadedWindow()
    {
        var policy = SchedulingPolicy.Default with { CapacityStrategy = CapacityStrategies.OnDemandOnly };
        var result = await TraceSimulator.RunAsync(Cluster(), [Job("a", 0, 2), Job("b", 0, 1)], policy, NoReclaims);
        Assert.Equal([0d, 2 * 3600d], result.QueueWaitSeconds);
        Assert.Equal(2 * 3600, result.QueueWaitP95Seconds);
        Assert.Equal(3 * 3600, result.JctP99Seconds);
        // Both arrive at once, so the window is the makespan (3 h), the one 4-GPU node busy all of it.
        Assert.Equal(1d, result.GpuUtilisation, 6);
        Assert.Equal(1d, result.MakespanGpuUtilisation, 6);
    }

    [Fact]
    public void CompressionDividesEveryGapBetweenArrivalsAndKeepsRunTimes()
    {
        var jobs = new[] { Job("a", 1, 2), Job("b", 3, 2), Job("c", 9, 2) };
        var compressed = TraceCompression.Compress(jobs, 4);
        Assert.Equal([Start.AddHours(1), Start.AddHours(1.5), Start.AddHours(3)], compressed.Select(j => j.Arrival));
        Assert.All(compressed, j => Assert.Equal(TimeSpan.FromHours(2), j.Work));
    }

    public static TheoryData<string> OpenbPodLists()
    {
        var directory = Shared("alibaba-openb-2023");
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(directory, "openb_pod_list_*.csv").Concat(Directory.GetFiles(Path.Combine(directory, "samples"), "openb_pod_list_*.csv")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(directory, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OpenbPodLists))]
    public void EveryPublicOpenbPodListLoadsWithArrivalsAndRunTimes(string podList)
    {
        var directory = Shared("alibaba-openb-2023");
        var (cluster, jobs) = AlibabaOpenbTrace.LoadFile(Path.Combine(directory, podList), Path.Combine(directory, AlibabaOpenbTrace.NodeListFile), Catalog());
        Assert.NotEmpty(jobs);
        Assert.All(jobs, j => Assert.True(j.Work > TimeSpan.Zero, j.Id));
        Assert.Equal(jobs.OrderBy(j => j.Arrival).Select(j => j.Id), jobs.Select(j => j.Id));
        Assert.InRange(cluster.TraceGpus, AlibabaOpenbTrace.PeakGpuDemand(jobs), 6212);
    }

    [Fact]
    public void APodListWithoutTimesGetsPoissonArrivalsAtTheDefaultTracesRate()
    {
        var directory = Shared("alibaba-openb-2023");
        var (_, jobs) = AlibabaOpenbTrace.LoadFile(Path.Combine(directory, "openb_pod_list_multigpu50.csv"), Path.Combine(directory, AlibabaOpenbTrace.NodeListFile), Catalog());
        Assert.Equal(9061, jobs.Count);
        var span = (jobs[^1].Arrival - jobs[0].Arrival).TotalSeconds;
        var mean = span / (jobs.Count - 1);
        // The default list: 7,255 pods that ran over about 149.3 days, one every ~1,778 s on average.
        Assert.InRange(mean, 1_778 * 0.9, 1_778 * 1.1);
        Assert.Contains(jobs, j => j.Spec.GangSize == 1 && j.Spec.Gpus == 8);
        Assert.True(jobs.Select(j => j.Work).Distinct().Count() > 100, "run times are drawn from a distribution, not one value");
    }

    [Fact]
    public void GpuSpecBecomesAGpuModelConstraint()
    {
        var directory = Shared("alibaba-openb-2023");
        var nodes = Path.Combine(directory, AlibabaOpenbTrace.NodeListFile);
        var (_, constrained) = AlibabaOpenbTrace.LoadFile(Path.Combine(directory, "openb_pod_list_gpuspec33.csv"), nodes, Catalog());
        var (_, plain) = AlibabaOpenbTrace.LoadFile(Path.Combine(directory, AlibabaOpenbTrace.DefaultPodListFile), nodes, Catalog());
        Assert.All(plain, j => Assert.Null(j.Spec.GpuModels));
        Assert.Contains(constrained, j => j.Spec.GpuModels is ["V100M16", "V100M32"]);
        Assert.InRange(constrained.Count(j => j.Spec.GpuModels is not null), 1_900, 2_400);
    }

    [Fact]
    public async Task AGpuModelConstraintChangesWhereAndWhenJobsRun()
    {
        var directory = Shared("alibaba-openb-2023");
        var nodes = Path.Combine(directory, AlibabaOpenbTrace.NodeListFile);
        var policy = SchedulingPolicy.Default with { CapacityStrategy = CapacityStrategies.OnDemandOnly };
        var (cluster, constrained) = AlibabaOpenbTrace.LoadFile(Path.Combine(directory, "openb_pod_list_gpuspec33.csv"), nodes, Catalog(), maxPods: 1500);
        var (_, plain) = AlibabaOpenbTrace.LoadFile(Path.Combine(directory, AlibabaOpenbTrace.DefaultPodListFile), nodes, Catalog(), maxPods: 1500);
        var a = await TraceSimulator.RunAsync(cluster, TraceCompression.Compress(constrained, 200), policy, NoReclaims);
        var b = await TraceSimulator.RunAsync(cluster, TraceCompression.Compress(plain, 200), policy, NoReclaims);
        Assert.NotEqual(a.CostUsd, b.CostUsd);
    }

    [Theory]
    [InlineData("name,cpu_milli,memory_mib,num_gpu,gpu_milli\nopenb-pod-0000,12000,16384,one,1000\n", 2, "num_gpu")]
    [InlineData("name,cpu_milli,memory_mib,num_gpu,gpu_milli\nopenb-pod-0000,12000,16384,1,1000\nopenb-pod-0001,12000,16384,1,1800\n", 3, "gpu_milli")]
    [InlineData("name,cpu_milli,memory_mib,gpu_milli\nopenb-pod-0000,12000,16384,1000\n", 1, "num_gpu")]
    public void ABadPodListNamesTheFileRowAndColumn(string content, int row, string column)
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("openb-").FullName, "bad.csv");
        File.WriteAllText(file, content);
        var directory = Shared("alibaba-openb-2023");
        var error = Assert.Throws<TraceFormatException>(() => AlibabaOpenbTrace.LoadFile(file, Path.Combine(directory, AlibabaOpenbTrace.NodeListFile), Catalog()));
        Assert.Equal(file, error.File);
        Assert.Equal(row, error.Row);
        Assert.Equal(column, error.Column);
        Assert.Contains(file, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryPolluxWorkloadOfADirectoryLoads()
    {
        var workloads = PolluxTrace.LoadDirectory(Shared("pollux-philly"), Catalog());
        Assert.Equal(8, workloads.Count);
        Assert.All(workloads, w => Assert.Equal(160, w.Jobs.Count));
        Assert.All(workloads, w => Assert.Single(w.Cluster.Pools.Select(p => p.CeilingGroup).Distinct()));
    }

    private static PriceCatalog Catalog() => PriceCatalogLoader.LoadDirectory(PriceCatalogLoader.DefaultDirectory(AppContext.BaseDirectory));

    private static string Shared(string trace) => RepositoryData.Find([AppContext.BaseDirectory], "traces", trace);
}

using MlPlatform.CostModel;
using MlPlatform.Scheduler.Core;

namespace MlPlatform.Scheduler.Simulation;

/// <summary>
/// The Alibaba GPU cluster trace 2023 (openb): its GPU node list becomes pools, its pods become jobs (arrival = creation
/// time, work = deletion − scheduled time, fractional GPUs from <c>gpu_milli</c>, the GPU models of <c>gpu_spec</c> as
/// a constraint). Equal capacity: every node shape is one spot and one on-demand pool in one ceiling group, so at most
/// the ceiling's node count of that shape is in use, whichever capacity type it is bought as. Node models are priced
/// per GPU from the AWS instance type named in <see cref="PriceMap"/>.
/// </summary>
/// <remarks>
/// The ceiling is the node list's shape mix scaled to the pods' own demand (see <see cref="LoadFile"/>): the pod list
/// is a sample of the cluster's pods (at its recorded times it never holds more than ~66 of the node list's 6 212
/// GPUs), so against the whole node list no arrival compression can load the cluster (even all pods at once fill
/// under 10 % of it over their arrival window).
/// </remarks>
/// <remarks>
/// Pod lists without times (the <c>multigpu*</c> variants have only resources) get the arrival model of
/// <see cref="LoadFile"/>: Poisson arrivals at the reference list's mean rate and run times drawn from its run times.
/// </remarks>
public static class AlibabaOpenbTrace
{
    /// <summary>The GPU node list of the trace.</summary>
    public const string NodeListFile = "openb_node_list_gpu_node.csv";

    /// <summary>The default pod list (the one with real times).</summary>
    public const string DefaultPodListFile = "openb_pod_list_default.csv";

    private static readonly string[] NodeColumns = ["cpu_milli", "memory_mib", "gpu", "model"];
    private static readonly string[] PodColumns = ["name", "cpu_milli", "memory_mib", "num_gpu", "gpu_milli"];
    private static readonly string[] TimeColumns = ["creation_time", "scheduled_time", "deletion_time"];

    /// <summary>Trace GPU model → (AWS instance type, its GPU count) used to price one GPU of that model in us-east-1.</summary>
    /// <remarks>P100 has no current AWS offering and is priced as T4 (similar class); G2/G3 are Alibaba-internal names,
    /// priced as 8×A10G (g5.48xlarge) and 8×A100 (p4d.24xlarge); a model not listed is priced as A10G (g5.12xlarge).</remarks>
    public static IReadOnlyDictionary<string, string> PriceMap { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["T4"] = "g4dn.12xlarge",
        ["P100"] = "g4dn.12xlarge",
        ["V100M16"] = "p3.8xlarge",
        ["V100M32"] = "p3.16xlarge",
        ["A10"] = "g5.12xlarge",
        ["G2"] = "g5.48xlarge",
        ["G3"] = "p4d.24xlarge",
    };

    /// <summary>Loads the default pod list and the node list from <paramref name="directory"/>; <paramref name="maxPods"/> keeps the first pods by arrival.</summary>
    public static (SimCluster Cluster, IReadOnlyList<SimJob> Jobs) Load(string directory, PriceCatalog catalog, int maxPods = int.MaxValue, string region = "us-east-1") =>
        LoadFile(Path.Combine(directory, DefaultPodListFile), Path.Combine(directory, NodeListFile), catalog, null, maxPods, region);

    /// <summary>
    /// Loads the pod list <paramref name="podFile"/> onto the node list <paramref name="nodeFile"/>. A pod list without
    /// creation/scheduled/deletion times gets arrivals as a Poisson process at the mean rate of
    /// <paramref name="timesFrom"/> (a pod list with times; the default list beside the node list when null) and run
    /// times drawn from that list's run times of pods of the same kind (GPU or CPU-only), seeded by <paramref name="seed"/>.
    /// Pods that never ran (no scheduled or deletion time) are left out. The ceiling keeps every node shape of the node
    /// list with its count × <paramref name="ceilingScale"/> rounded up (at least one node, so every GPU model a pod can
    /// ask for exists); a null scale sizes the ceiling to the pods' peak GPU demand (the most GPUs the pods ask for at
    /// one time when each runs from its arrival for its run time), so arrivals as recorded fit and compressing them is
    /// what loads the cluster.
    /// </summary>
    /// <exception cref="TraceFormatException">A file misses a column or has a bad cell (the message names file, row and column).</exception>
    public static (SimCluster Cluster, IReadOnlyList<SimJob> Jobs) LoadFile(string podFile, string nodeFile, PriceCatalog catalog, string? timesFrom = null, int maxPods = int.MaxValue, string region = "us-east-1", int seed = 17, double? ceilingScale = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        if (ceilingScale is { } given && !(given > 0 && given <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(ceilingScale), given, "the ceiling scale is a fraction of the node list in (0, 1]");
        }

        var nodes = Nodes(nodeFile);
        var pods = TraceData.Read(podFile, PodColumns);
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        List<SimJob> jobs;
        if (TimeColumns.All(pods.Has))
        {
            jobs = [.. pods.Rows.Where(Ran).Select(p => Job(p, start.AddSeconds(p.Long("creation_time", 0)), Work(p)))];
        }
        else
        {
            var reference = timesFrom ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(nodeFile))!, DefaultPodListFile);
            var model = ArrivalModel.From(TraceData.Read(reference, [.. PodColumns, .. TimeColumns]));
            var random = new Random(seed);
            var at = start;
            jobs = [];
            foreach (var pod in pods.Rows)
            {
                var gpu = pod.Long("num_gpu", 0) > 0;
                jobs.Add(Job(pod, at, model.RunTime(random, gpu)));
                at += model.InterArrival(random);
            }
        }

        jobs = [.. jobs.OrderBy(j => j.Arrival).ThenBy(j => j.Id, StringComparer.Ordinal).Take(maxPods)];
        var nodeListGpus = nodes.Sum(n => (double)n.Long("gpu", 0));
        var scale = ceilingScale ?? Math.Clamp(PeakGpuDemand(jobs) / nodeListGpus, double.Epsilon, 1);
        var pools = Pools(nodes, catalog, region, scale);
        var ceilingGpus = pools.Where(p => p.Capacity == CapacityType.OnDemand).Sum(p => (double)p.GpusPerNode * p.NodeCount);
        var cluster = new SimCluster(pools, [new TeamSpec("alibaba", (decimal)ceilingGpus)], [new QueueSpec("default", 0)], ceilingGpus);
        return (cluster, jobs);
    }

    /// <summary>The most GPUs the jobs hold at one time when each runs from its arrival for its work, with no queueing.</summary>
    public static double PeakGpuDemand(IReadOnlyList<SimJob> jobs)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        var events = new List<(DateTimeOffset At, decimal Gpus)>(jobs.Count * 2);
        foreach (var job in jobs.Where(j => j.Spec.Gpus > 0))
        {
            var gpus = job.Spec.Gpus * job.Spec.GangSize;
            events.Add((job.Arrival, gpus));
            events.Add((job.Arrival + job.Work, -gpus));
        }

        // Ends sort before starts at the same instant: a pod that ends frees its GPUs for one that starts then.
        decimal now = 0, peak = 0;
        foreach (var (_, gpus) in events.OrderBy(e => e.At).ThenBy(e => e.Gpus))
        {
            now += gpus;
            peak = Math.Max(peak, now);
        }

        return (double)peak;
    }

    private static List<TraceRow> Nodes(string nodeFile)
    {
        var nodes = TraceData.Read(nodeFile, NodeColumns).Rows.Where(n => n.Long("gpu", 0) > 0).ToList();
        return nodes.Count > 0 ? nodes : throw new TraceFormatException(nodeFile, 1, "gpu", "no node has a GPU");
    }

    private static List<PoolSpec> Pools(List<TraceRow> nodes, PriceCatalog catalog, string region, double scale)
    {
        var shapes = nodes
            .GroupBy(n => (Model: n.Text("model"), Gpus: (int)n.Long("gpu", 0), Cpu: n.Long("cpu_milli", 0), Mem: n.Long("memory_mib", 0)))
            .OrderBy(g => g.Key.Model, StringComparer.Ordinal).ThenBy(g => g.Key.Gpus).ThenBy(g => g.Key.Cpu).ThenBy(g => g.Key.Mem)
            .ToList();
        var pools = new List<PoolSpec>();
        var index = 0;
        foreach (var shape in shapes)
        {
            var instance = PriceMap.TryGetValue(shape.Key.Model, out var type) ? type : "g5.12xlarge";
            var offering = catalog.Find(Cloud.Aws, instance, region) ?? throw new KeyNotFoundException($"price tables lack {instance} in {region}");
            var perGpuOnDemand = catalog.HourlyPrice(Cloud.Aws, instance, region, CapacityType.OnDemand).UsdPerHour / offering.GpuCount;
            var perGpuSpot = catalog.HourlyPrice(Cloud.Aws, instance, region, CapacityType.Spot).UsdPerHour / offering.GpuCount;
            var memory = GpuModels.MemoryGiB(offering.Gpu.Name) ?? 16;
            var group = $"{shape.Key.Model.ToLowerInvariant()}-{index}";
            var count = Math.Max(1, (int)Math.Ceiling(shape.Count() * scale));
            foreach (var capacity in (CapacityType[])[CapacityType.Spot, CapacityType.OnDemand])
            {
                var perGpu = capacity == CapacityType.Spot ? perGpuSpot : perGpuOnDemand;
                pools.Add(new PoolSpec(
                    $"{group}-{(capacity == CapacityType.Spot ? "spot" : "od")}",
                    capacity,
                    shape.Key.Model,
                    memory,
                    shape.Key.Gpus,
                    shape.Key.Cpu,
                    shape.Key.Mem,
                    count,
                    perGpu * shape.Key.Gpus,
                    perGpuOnDemand * shape.Key.Gpus,
                    AllowsSharing: true,
                    InstanceType: instance,
                    CeilingGroup: group));
            }

            index++;
        }

        return pools;
    }

    private static bool Ran(TraceRow pod) =>
        pod.Text("creation_time").Length > 0 && pod.Text("scheduled_time").Length > 0 && pod.Text("deletion_time").Length > 0;

    private static TimeSpan Work(TraceRow pod) =>
        TimeSpan.FromSeconds(Math.Max(1, pod.Long("deletion_time", 0) - pod.Long("scheduled_time", 0)));

    private static SimJob Job(TraceRow pod, DateTimeOffset arrival, TimeSpan work)
    {
        var gpusPerPod = pod.Long("num_gpu", 0);
        var milli = pod.Long("gpu_milli", 0);
        if (milli > 1000)
        {
            throw pod.Error("gpu_milli", $"{milli} is more than one GPU (1000)");
        }

        var gpus = gpusPerPod == 0 ? 0m : gpusPerPod == 1 ? milli / 1000m : gpusPerPod;
        var spec = new JobSpec(
            "alibaba",
            "default",
            0,
            gpus,
            null,
            null,
            pod.Long("cpu_milli", 0),
            pod.Long("memory_mib", 0),
            "trace@sha256:" + new string('0', 64),
            ["replay"],
            work,
            CheckpointPath: "trace://checkpoint",
            GpuModels: gpus > 0 ? GpuSpec(pod) : null);
        return new SimJob(pod.Text("name"), arrival, spec, work);
    }

    /// <summary>The models of <c>gpu_spec</c> (<c>V100M16|V100M32</c>); empty or <c>nan</c> is no constraint.</summary>
    private static string[]? GpuSpec(TraceRow pod)
    {
        if (!pod.Has("gpu_spec"))
        {
            return null;
        }

        var text = pod.Text("gpu_spec");
        if (text.Length == 0 || text.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var models = text.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToArray();
        return models.Length > 0 ? models : throw pod.Error("gpu_spec", $"'{text}' names no GPU model");
    }

    /// <summary>Arrivals and run times for pod lists without times, drawn from a pod list with them.</summary>
    private sealed class ArrivalModel(double meanInterArrivalSeconds, double[] gpuRunTimes, double[] cpuRunTimes)
    {
        public static ArrivalModel From(TraceTable reference)
        {
            var ran = reference.Rows.Where(Ran).ToList();
            if (ran.Count < 2)
            {
                throw new TraceFormatException(reference.Path, 1, "creation_time", "needs at least two pods with times to model arrivals");
            }

            var arrivals = ran.Select(p => p.Long("creation_time", 0)).ToList();
            var mean = (double)(arrivals.Max() - arrivals.Min()) / (ran.Count - 1);
            var gpu = ran.Where(p => p.Long("num_gpu", 0) > 0).Select(p => Work(p).TotalSeconds).ToArray();
            var cpu = ran.Where(p => p.Long("num_gpu", 0) == 0).Select(p => Work(p).TotalSeconds).ToArray();
            return new ArrivalModel(mean, gpu.Length > 0 ? gpu : cpu, cpu.Length > 0 ? cpu : gpu);
        }

        public TimeSpan InterArrival(Random random) => TimeSpan.FromSeconds(-Math.Log(1 - random.NextDouble()) * meanInterArrivalSeconds);

        public TimeSpan RunTime(Random random, bool gpu)
        {
            var from = gpu ? gpuRunTimes : cpuRunTimes;
            return TimeSpan.FromSeconds(from[random.Next(from.Length)]);
        }
    }
}

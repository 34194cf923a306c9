using System.Collections.Immutable;
using System.Globalization;

namespace MlPlatform.Components.Kubernetes;

/// <summary>The ResourceQuota <c>hard</c> limits and LimitRange defaults of a team namespace, from its <see cref="TeamQuotaSpec"/>.</summary>
public static class TeamQuota
{
    public const string GpuResource = "nvidia.com/gpu";

    /// <summary>Every problem with <paramref name="spec"/>, under <paramref name="path"/>.</summary>
    public static IReadOnlyList<SpecError> Validate(TeamQuotaSpec spec, string path)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var errors = new List<SpecError>();
        void AtLeast(int value, int min, string field)
        {
            if (value < min)
            {
                errors.Add(new SpecError($"{path}.{field}", string.Create(CultureInfo.InvariantCulture, $"must be >= {min} (got {value})")));
            }
        }

        AtLeast(spec.Gpus, 0, "gpuQuota");
        AtLeast(spec.CpuCores, 1, "cpuQuota");
        AtLeast(spec.MemoryGiB, 1, "memoryQuotaGiB");
        AtLeast(spec.Pods, 1, "pods");
        AtLeast(spec.Services, 0, "services");
        AtLeast(spec.PersistentVolumeClaims, 0, "persistentVolumeClaims");
        AtLeast(spec.Jobs, 0, "jobs");
        AtLeast(spec.Secrets, 1, "secrets");
        AtLeast(spec.ConfigMaps, 1, "configMaps");
        return errors;
    }

    /// <summary>
    /// The quota's <c>hard</c> map. GPUs are an extended resource, which quotas only know as <c>requests.*</c> (requests
    /// equal limits for them); CPU and memory are capped on requests and, at twice that, on limits so bursts stay bounded.
    /// </summary>
    public static ImmutableDictionary<string, string> Hard(TeamQuotaSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        InvalidSpecException.ThrowIfAny(Validate(spec, "team"));
        static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
        return new Dictionary<string, string>
        {
            [$"requests.{GpuResource}"] = N(spec.Gpus),
            ["requests.cpu"] = N(spec.CpuCores),
            ["requests.memory"] = $"{N(spec.MemoryGiB)}Gi",
            ["limits.cpu"] = N(spec.CpuCores * 2),
            ["limits.memory"] = $"{N(spec.MemoryGiB * 2)}Gi",
            ["pods"] = N(spec.Pods),
            ["services"] = N(spec.Services),
            ["services.loadbalancers"] = "0",
            ["services.nodeports"] = "0",
            ["persistentvolumeclaims"] = N(spec.PersistentVolumeClaims),
            ["count/jobs.batch"] = N(spec.Jobs),
            ["secrets"] = N(spec.Secrets),
            ["configmaps"] = N(spec.ConfigMaps),
        }.ToImmutableDictionary(StringComparer.Ordinal);
    }

    /// <summary>Container defaults: a container that states nothing still counts against the quota with sane requests.</summary>
    public static LimitRangeDefaults ContainerDefaults { get; } = new(
        DefaultRequest: ImmutableDictionary<string, string>.Empty.Add("cpu", "250m").Add("memory", "512Mi"),
        Default: ImmutableDictionary<string, string>.Empty.Add("cpu", "1").Add("memory", "2Gi"),
        Max: ImmutableDictionary<string, string>.Empty.Add("memory", "512Gi"));
}

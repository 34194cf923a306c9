using System.Text.RegularExpressions;

namespace MlPlatform.Policies;

/// <summary>
/// Workloads reference container images by digest (<c>name@sha256:&lt;64 hex&gt;</c>), so what runs is exactly what
/// was reviewed and scanned. Reads the pod templates of Pods, Deployments, StatefulSets, DaemonSets, ReplicaSets, Jobs
/// and CronJobs (containers, init containers, ephemeral containers).
/// </summary>
public sealed partial class ImagesByDigestRule : IPolicyRule
{
    public string Id => RuleIds.ImagesByDigest;

    public string Description => "Workload containers reference images by sha256 digest.";

    public RuleScope Scope => RuleScope.Resource;

    public IReadOnlyList<string> ConfigKeys => ["services.*.image"];

    public EnforcementLevel DefaultEnforcement(PolicyContext context) => Defaults.MandatoryInProductionElseAdvisory(context);

    public IEnumerable<PolicyViolation> Evaluate(PolicyInput input, PolicyContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        foreach (var (type, path) in PodSpecPaths)
        {
            foreach (var workload in input.OfType(type))
            {
                var spec = workload.Input(path);
                foreach (var list in new[] { "containers", "initContainers", "ephemeralContainers" })
                {
                    foreach (var container in Values.AsList(Values.Get(spec, list)) ?? [])
                    {
                        var image = Values.Get(container, "image");
                        if (Values.IsUnknown(image) || Values.AsString(image) is not { } reference || Digest().IsMatch(reference))
                        {
                            continue;
                        }

                        var name = Values.AsString(Values.Get(container, "name")) ?? "(container)";
                        yield return new PolicyViolation(Id, workload.Urn, reference, "image@sha256:<digest>", $"container '{name}' of '{workload.Name}' uses the image '{reference}' without a digest");
                    }
                }
            }
        }
    }

    private static readonly (string Type, string[] Path)[] PodSpecPaths =
    [
        (ResourceTypes.KubernetesPod, ["spec"]),
        (ResourceTypes.KubernetesDeployment, ["spec", "template", "spec"]),
        (ResourceTypes.KubernetesStatefulSet, ["spec", "template", "spec"]),
        (ResourceTypes.KubernetesDaemonSet, ["spec", "template", "spec"]),
        (ResourceTypes.KubernetesReplicaSet, ["spec", "template", "spec"]),
        (ResourceTypes.KubernetesJob, ["spec", "template", "spec"]),
        (ResourceTypes.KubernetesCronJob, ["spec", "jobTemplate", "spec", "template", "spec"]),
    ];

    [GeneratedRegex("@sha256:[0-9a-f]{64}$")]
    private static partial Regex Digest();
}

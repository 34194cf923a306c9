using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.Json.Nodes;
using MlPlatform.Policies;

namespace MlPlatform.KubernetesSchemas.Tests;

/// <summary>
/// The stacks whose objects are checked: the four committed ones, each AWS stack with Karpenter, and every combination
/// of the add-ons a stack may install or leave to the cluster (gateway Istio or Envoy Gateway × cert-manager × KEDA ×
/// Prometheus, on the dev stack, whose model scales to zero through KEDA).
/// </summary>
public static class StackVariants
{
    /// <summary>The stack files at the repository root.</summary>
    public static readonly string[] CommittedStacks = ["dev", "prod", "dev-azure", "prod-azure"];

    private static readonly bool[] OnOff = [true, false];

    private static readonly string[] GatewayClasses = ["istio", "envoy"];

    private static readonly ConcurrentDictionary<string, Lazy<Task<IReadOnlyList<PolicyResource>>>> Rendered = new(StringComparer.Ordinal);

    public static ImmutableArray<StackVariant> All { get; } = Build();

    public static TheoryData<string> Names => [.. All.Select(v => v.Name)];

    public static StackVariant Named(string name) => All.Single(v => v.Name == name);

    /// <summary>The variant's resources as the policy hook read them, rendered once per test run.</summary>
    public static Task<IReadOnlyList<PolicyResource>> RenderAsync(StackVariant variant)
    {
        ArgumentNullException.ThrowIfNull(variant);
        return Rendered.GetOrAdd(variant.Name, _ => new Lazy<Task<IReadOnlyList<PolicyResource>>>(() => StackRenderer.RenderAsync(variant))).Value;
    }

    private static ImmutableArray<StackVariant> Build()
    {
        var variants = ImmutableArray.CreateBuilder<StackVariant>();
        variants.AddRange(CommittedStacks.Select(StackVariant.Committed));
        foreach (var stack in CommittedStacks.Where(s => !s.EndsWith("-azure", StringComparison.Ordinal)))
        {
            variants.Add(StackVariant.Committed(stack).With($"{stack}+karpenter", "cluster", c => c["provisioner"] = "karpenter"));
        }

        foreach (var gateway in GatewayClasses)
        {
            foreach (var certManager in OnOff)
            {
                foreach (var keda in OnOff)
                {
                    foreach (var prometheus in OnOff)
                    {
                        var name = $"dev+{gateway}{(certManager ? "+cert-manager" : string.Empty)}{(keda ? "+keda" : string.Empty)}{(prometheus ? "+prometheus" : string.Empty)}";
                        variants.Add(StackVariant.Committed("dev")
                            .With(name, "ingress", i => i["gatewayClassName"] = gateway)
                            .With(name, "addons", a => a.Merge(Addons(certManager, keda, prometheus))));
                    }
                }
            }
        }

        return variants.ToImmutable();
    }

    private static JsonObject Addons(bool certManager, bool keda, bool prometheus)
    {
        var addons = new JsonObject
        {
            ["gateway"] = new JsonObject { ["enabled"] = true },
            ["certManager"] = new JsonObject { ["enabled"] = certManager },
            ["keda"] = new JsonObject { ["enabled"] = keda },
            ["prometheus"] = new JsonObject { ["enabled"] = prometheus },
        };
        if (!prometheus)
        {
            // KEDA's trigger then queries the cluster's own Prometheus.
            addons["prometheus"]!["address"] = "http://prometheus.observability.svc:9090";
        }

        return addons;
    }

    private static void Merge(this JsonObject target, JsonObject source)
    {
        foreach (var (key, value) in source.ToList())
        {
            target[key] = value?.DeepClone();
        }
    }
}

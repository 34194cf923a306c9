using System.Collections.Immutable;

namespace MlPlatform.Components.Azure;

/// <summary>One AKS user agent pool of a GPU pool: one VM size, spot or on-demand (Regular).</summary>
/// <param name="Name">Agent pool name (at most 12 lowercase letters and digits, see <see cref="AzureNaming.AgentPool"/>).</param>
/// <param name="VmSize">The VM size.</param>
/// <param name="Spot">Spot priority (evicted with Delete, max price -1) or Regular.</param>
/// <param name="MinCount">Autoscaler minimum.</param>
/// <param name="MaxCount">Autoscaler maximum.</param>
/// <param name="Priority">Priority expander priority, higher tried first.</param>
/// <param name="Labels">Node labels.</param>
/// <param name="Taints">Node taints, as AKS writes them (<c>key=value:Effect</c>).</param>
/// <param name="CacheDisk">Where the dataset cache lives on these VMs.</param>
public sealed record AgentPoolPlan(
    string Name,
    string VmSize,
    bool Spot,
    int MinCount,
    int MaxCount,
    int Priority,
    ImmutableDictionary<string, string> Labels,
    ImmutableArray<string> Taints,
    CacheDiskKind CacheDisk)
{
    /// <summary>The priority expander entry: AKS names a pool's scale set <c>aks-&lt;pool&gt;-&lt;number&gt;-vmss</c>.</summary>
    public PriorityExpanderEntry ExpanderEntry => new(Priority, $"^aks-{Name}-.*");
}

using Pulumi;

namespace MlPlatform.Components.Kubernetes;

/// <summary>What an <see cref="IGpuAddonsExtension"/> declares its objects with.</summary>
/// <param name="Name">The component's name: the prefix of every child's name.</param>
/// <param name="Parent">The component: every child's parent.</param>
/// <param name="Provider">The cluster's Kubernetes provider.</param>
/// <param name="PriorityExpander">The priority expander ConfigMap; null when there are no entries.</param>
public sealed record GpuAddonsScope(string Name, GpuAddons Parent, ProviderResource Provider, Resource? PriorityExpander)
{
    /// <summary>Options of a child of the component that waits for <paramref name="dependsOn"/>.</summary>
    public CustomResourceOptions Child(params Resource[] dependsOn)
    {
        var options = new CustomResourceOptions { Parent = Parent, Provider = Provider };
        foreach (var resource in dependsOn)
        {
            options.DependsOn.Add(resource);
        }

        return options;
    }
}

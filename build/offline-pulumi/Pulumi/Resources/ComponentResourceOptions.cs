namespace Pulumi;

/// <summary>Options for a <see cref="ComponentResource"/>.</summary>
public sealed class ComponentResourceOptions : ResourceOptions
{
    private List<ProviderResource>? _providers;

    public List<ProviderResource> Providers
    {
        get => _providers ??= new List<ProviderResource>();
        set => _providers = value;
    }

    public static ComponentResourceOptions Merge(ComponentResourceOptions? options1, ComponentResourceOptions? options2)
    {
        var merged = (ComponentResourceOptions?)options1?.Clone() ?? new ComponentResourceOptions();
        options2 = (ComponentResourceOptions?)options2?.Clone() ?? new ComponentResourceOptions();
        MergeNormalOptions(merged, options2);
        merged.Providers.AddRange(options2.Providers);
        return merged;
    }

    internal override ResourceOptions Clone()
    {
        var copy = new ComponentResourceOptions { Providers = [.. Providers] };
        CopyTo(copy);
        return copy;
    }
}

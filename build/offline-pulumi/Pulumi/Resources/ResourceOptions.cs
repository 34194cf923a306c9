namespace Pulumi;

/// <summary>Options that control how a resource is registered: its parent, dependencies, provider and lifecycle.</summary>
public abstract class ResourceOptions
{
    private InputList<Resource>? _dependsOn;
    private List<string>? _ignoreChanges;
    private List<ResourceTransformation>? _resourceTransformations;
    private List<string>? _replaceOnChanges;

    public Input<string>? Id { get; set; }

    public Resource? Parent { get; set; }

    public InputList<Resource> DependsOn
    {
        get => _dependsOn ??= new InputList<Resource>();
        set => _dependsOn = value;
    }

    public bool? Protect { get; set; }

    public List<string> IgnoreChanges
    {
        get => _ignoreChanges ??= new List<string>();
        set => _ignoreChanges = value;
    }

    public string? Version { get; set; }

    public ProviderResource? Provider { get; set; }

    public CustomTimeouts? CustomTimeouts { get; set; }

    public List<ResourceTransformation> ResourceTransformations
    {
        get => _resourceTransformations ??= new List<ResourceTransformation>();
        set => _resourceTransformations = value;
    }

    public List<Input<Alias>> Aliases { get; set; } = new List<Input<Alias>>();

    public string? Urn { get; set; }

    public List<string> ReplaceOnChanges
    {
        get => _replaceOnChanges ??= new List<string>();
        set => _replaceOnChanges = value;
    }

    public string? PluginDownloadURL { get; set; }

    public bool? RetainOnDelete { get; set; }

    public Resource? DeletedWith { get; set; }

    internal abstract ResourceOptions Clone();

    private protected void CopyTo(ResourceOptions target)
    {
        target.Id = Id;
        target.Parent = Parent;
        target.DependsOn = CloneList(DependsOn);
        target.Protect = Protect;
        target.IgnoreChanges = [.. IgnoreChanges];
        target.Version = Version;
        target.Provider = Provider;
        target.CustomTimeouts = CustomTimeouts.Clone(CustomTimeouts);
        target.ResourceTransformations = [.. ResourceTransformations];
        target.Aliases = [.. Aliases];
        target.Urn = Urn;
        target.ReplaceOnChanges = [.. ReplaceOnChanges];
        target.PluginDownloadURL = PluginDownloadURL;
        target.RetainOnDelete = RetainOnDelete;
        target.DeletedWith = DeletedWith;
    }

    private protected static void MergeNormalOptions(ResourceOptions options1, ResourceOptions options2)
    {
        options1.Id = options2.Id ?? options1.Id;
        options1.Parent = options2.Parent ?? options1.Parent;
        options1.Protect = options2.Protect ?? options1.Protect;
        options1.Urn = options2.Urn ?? options1.Urn;
        options1.Version = options2.Version ?? options1.Version;
        options1.PluginDownloadURL = options2.PluginDownloadURL ?? options1.PluginDownloadURL;
        options1.Provider = options2.Provider ?? options1.Provider;
        options1.CustomTimeouts = options2.CustomTimeouts ?? options1.CustomTimeouts;
        options1.RetainOnDelete = options2.RetainOnDelete ?? options1.RetainOnDelete;
        options1.DeletedWith = options2.DeletedWith ?? options1.DeletedWith;
        options1.IgnoreChanges.AddRange(options2.IgnoreChanges);
        options1.ResourceTransformations.AddRange(options2.ResourceTransformations);
        options1.Aliases.AddRange(options2.Aliases);
        options1.ReplaceOnChanges.AddRange(options2.ReplaceOnChanges);
        options1.DependsOn = options1.DependsOn.Concat(options2.DependsOn);
    }

    private static InputList<Resource> CloneList(InputList<Resource> list) => new InputList<Resource>().Concat(list);
}

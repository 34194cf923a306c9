// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.ContainerRegistry;

[AzureNativeResourceType("azure-native:containerregistry:Registry")]
public partial class Registry : global::Pulumi.CustomResource
{
    [Output("loginServer")]
    public Output<string> LoginServer { get; private set; } = null!;

    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    public Registry(string name, RegistryArgs args, CustomResourceOptions? options = null)
        : base("azure-native:containerregistry:Registry", name, args ?? new RegistryArgs(), options)
    {
    }
}

public sealed class RegistryArgs : global::Pulumi.ResourceArgs
{
    [Input("adminUserEnabled")]
    public Input<bool>? AdminUserEnabled { get; set; }

    [Input("anonymousPullEnabled")]
    public Input<bool>? AnonymousPullEnabled { get; set; }

    [Input("location")]
    public Input<string>? Location { get; set; }

    [Input("networkRuleBypassOptions")]
    public InputUnion<string, Pulumi.AzureNative.ContainerRegistry.NetworkRuleBypassOptions>? NetworkRuleBypassOptions { get; set; }

    [Input("networkRuleSet")]
    public Input<Inputs.NetworkRuleSetArgs>? NetworkRuleSet { get; set; }

    [Input("policies")]
    public Input<Inputs.PoliciesArgs>? Policies { get; set; }

    [Input("publicNetworkAccess")]
    public InputUnion<string, Pulumi.AzureNative.ContainerRegistry.PublicNetworkAccess>? PublicNetworkAccess { get; set; }

    [Input("registryName")]
    public Input<string>? RegistryName { get; set; }

    [Input("resourceGroupName", required: true)]
    public Input<string> ResourceGroupName { get; set; } = null!;

    [Input("sku", required: true)]
    public Input<Inputs.SkuArgs> Sku { get; set; } = null!;

    [Input("tags")]
    private InputMap<string>? _tags;

    public InputMap<string> Tags
    {
        get => _tags ?? (_tags = new InputMap<string>());
        set => _tags = value;
    }

    [Input("zoneRedundancy")]
    public InputUnion<string, Pulumi.AzureNative.ContainerRegistry.ZoneRedundancy>? ZoneRedundancy { get; set; }

    public RegistryArgs()
    {
        AdminUserEnabled = false;
        AnonymousPullEnabled = false;
        NetworkRuleBypassOptions = "AzureServices";
        PublicNetworkAccess = "Enabled";
        ZoneRedundancy = "Disabled";
    }
}

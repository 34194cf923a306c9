// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.Storage;

[AzureNativeResourceType("azure-native:storage:StorageAccount")]
public partial class StorageAccount : global::Pulumi.CustomResource
{
    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    [Output("primaryEndpoints")]
    public Output<Outputs.EndpointsResponse> PrimaryEndpoints { get; private set; } = null!;

    public StorageAccount(string name, StorageAccountArgs args, CustomResourceOptions? options = null)
        : base("azure-native:storage:StorageAccount", name, args ?? new StorageAccountArgs(), options)
    {
    }
}

public sealed class StorageAccountArgs : global::Pulumi.ResourceArgs
{
    [Input("accountName")]
    public Input<string>? AccountName { get; set; }

    [Input("allowBlobPublicAccess")]
    public Input<bool>? AllowBlobPublicAccess { get; set; }

    [Input("allowCrossTenantReplication")]
    public Input<bool>? AllowCrossTenantReplication { get; set; }

    [Input("allowSharedKeyAccess")]
    public Input<bool>? AllowSharedKeyAccess { get; set; }

    [Input("defaultToOAuthAuthentication")]
    public Input<bool>? DefaultToOAuthAuthentication { get; set; }

    [Input("enableHttpsTrafficOnly")]
    public Input<bool>? EnableHttpsTrafficOnly { get; set; }

    [Input("kind", required: true)]
    public InputUnion<string, Pulumi.AzureNative.Storage.Kind> Kind { get; set; } = null!;

    [Input("location")]
    public Input<string>? Location { get; set; }

    [Input("minimumTlsVersion")]
    public InputUnion<string, Pulumi.AzureNative.Storage.MinimumTlsVersion>? MinimumTlsVersion { get; set; }

    [Input("networkRuleSet")]
    public Input<Inputs.NetworkRuleSetArgs>? NetworkRuleSet { get; set; }

    [Input("publicNetworkAccess")]
    public InputUnion<string, Pulumi.AzureNative.Storage.PublicNetworkAccess>? PublicNetworkAccess { get; set; }

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
}

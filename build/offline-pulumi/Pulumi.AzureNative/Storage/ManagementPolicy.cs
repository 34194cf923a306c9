// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.Storage;

[AzureNativeResourceType("azure-native:storage:ManagementPolicy")]
public partial class ManagementPolicy : global::Pulumi.CustomResource
{
    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    public ManagementPolicy(string name, ManagementPolicyArgs args, CustomResourceOptions? options = null)
        : base("azure-native:storage:ManagementPolicy", name, args ?? new ManagementPolicyArgs(), options)
    {
    }
}

public sealed class ManagementPolicyArgs : global::Pulumi.ResourceArgs
{
    [Input("accountName", required: true)]
    public Input<string> AccountName { get; set; } = null!;

    [Input("managementPolicyName")]
    public Input<string>? ManagementPolicyName { get; set; }

    [Input("policy", required: true)]
    public Input<Inputs.ManagementPolicySchemaArgs> Policy { get; set; } = null!;

    [Input("resourceGroupName", required: true)]
    public Input<string> ResourceGroupName { get; set; } = null!;
}

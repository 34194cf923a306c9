// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.Storage;

[AzureNativeResourceType("azure-native:storage:BlobServiceProperties")]
public partial class BlobServiceProperties : global::Pulumi.CustomResource
{
    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    public BlobServiceProperties(string name, BlobServicePropertiesArgs args, CustomResourceOptions? options = null)
        : base("azure-native:storage:BlobServiceProperties", name, args ?? new BlobServicePropertiesArgs(), options)
    {
    }
}

public sealed class BlobServicePropertiesArgs : global::Pulumi.ResourceArgs
{
    [Input("accountName", required: true)]
    public Input<string> AccountName { get; set; } = null!;

    [Input("blobServicesName")]
    public Input<string>? BlobServicesName { get; set; }

    [Input("containerDeleteRetentionPolicy")]
    public Input<Inputs.DeleteRetentionPolicyArgs>? ContainerDeleteRetentionPolicy { get; set; }

    [Input("deleteRetentionPolicy")]
    public Input<Inputs.DeleteRetentionPolicyArgs>? DeleteRetentionPolicy { get; set; }

    [Input("isVersioningEnabled")]
    public Input<bool>? IsVersioningEnabled { get; set; }

    [Input("resourceGroupName", required: true)]
    public Input<string> ResourceGroupName { get; set; } = null!;
}

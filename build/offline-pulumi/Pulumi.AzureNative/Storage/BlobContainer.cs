// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.Storage;

[AzureNativeResourceType("azure-native:storage:BlobContainer")]
public partial class BlobContainer : global::Pulumi.CustomResource
{
    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    public BlobContainer(string name, BlobContainerArgs args, CustomResourceOptions? options = null)
        : base("azure-native:storage:BlobContainer", name, args ?? new BlobContainerArgs(), options)
    {
    }
}

public sealed class BlobContainerArgs : global::Pulumi.ResourceArgs
{
    [Input("accountName", required: true)]
    public Input<string> AccountName { get; set; } = null!;

    [Input("containerName")]
    public Input<string>? ContainerName { get; set; }

    [Input("publicAccess")]
    public Input<Pulumi.AzureNative.Storage.PublicAccess>? PublicAccess { get; set; }

    [Input("resourceGroupName", required: true)]
    public Input<string> ResourceGroupName { get; set; } = null!;
}

// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.ManagedIdentity;

[AzureNativeResourceType("azure-native:managedidentity:FederatedIdentityCredential")]
public partial class FederatedIdentityCredential : global::Pulumi.CustomResource
{
    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    public FederatedIdentityCredential(string name, FederatedIdentityCredentialArgs args, CustomResourceOptions? options = null)
        : base("azure-native:managedidentity:FederatedIdentityCredential", name, args ?? new FederatedIdentityCredentialArgs(), options)
    {
    }
}

public sealed class FederatedIdentityCredentialArgs : global::Pulumi.ResourceArgs
{
    [Input("audiences", required: true)]
    private InputList<string>? _audiences;

    public InputList<string> Audiences
    {
        get => _audiences ?? (_audiences = new InputList<string>());
        set => _audiences = value;
    }

    [Input("federatedIdentityCredentialResourceName")]
    public Input<string>? FederatedIdentityCredentialResourceName { get; set; }

    [Input("issuer", required: true)]
    public Input<string> Issuer { get; set; } = null!;

    [Input("resourceGroupName", required: true)]
    public Input<string> ResourceGroupName { get; set; } = null!;

    [Input("resourceName", required: true)]
    public Input<string> ResourceName { get; set; } = null!;

    [Input("subject", required: true)]
    public Input<string> Subject { get; set; } = null!;
}

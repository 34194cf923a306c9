// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.ManagedIdentity;

[AzureNativeResourceType("azure-native:managedidentity:UserAssignedIdentity")]
public partial class UserAssignedIdentity : global::Pulumi.CustomResource
{
    [Output("clientId")]
    public Output<string> ClientId { get; private set; } = null!;

    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    [Output("principalId")]
    public Output<string> PrincipalId { get; private set; } = null!;

    [Output("tenantId")]
    public Output<string> TenantId { get; private set; } = null!;

    public UserAssignedIdentity(string name, UserAssignedIdentityArgs args, CustomResourceOptions? options = null)
        : base("azure-native:managedidentity:UserAssignedIdentity", name, args ?? new UserAssignedIdentityArgs(), options)
    {
    }
}

public sealed class UserAssignedIdentityArgs : global::Pulumi.ResourceArgs
{
    [Input("location")]
    public Input<string>? Location { get; set; }

    [Input("resourceGroupName", required: true)]
    public Input<string> ResourceGroupName { get; set; } = null!;

    [Input("resourceName")]
    public Input<string>? ResourceName { get; set; }

    [Input("tags")]
    private InputMap<string>? _tags;

    public InputMap<string> Tags
    {
        get => _tags ?? (_tags = new InputMap<string>());
        set => _tags = value;
    }
}

// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.Authorization;

[AzureNativeResourceType("azure-native:authorization:RoleAssignment")]
public partial class RoleAssignment : global::Pulumi.CustomResource
{
    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    public RoleAssignment(string name, RoleAssignmentArgs args, CustomResourceOptions? options = null)
        : base("azure-native:authorization:RoleAssignment", name, args ?? new RoleAssignmentArgs(), options)
    {
    }
}

public sealed class RoleAssignmentArgs : global::Pulumi.ResourceArgs
{
    [Input("description")]
    public Input<string>? Description { get; set; }

    [Input("principalId", required: true)]
    public Input<string> PrincipalId { get; set; } = null!;

    [Input("principalType")]
    public InputUnion<string, Pulumi.AzureNative.Authorization.PrincipalType>? PrincipalType { get; set; }

    [Input("roleDefinitionId", required: true)]
    public Input<string> RoleDefinitionId { get; set; } = null!;

    [Input("scope", required: true)]
    public Input<string> Scope { get; set; } = null!;

    public RoleAssignmentArgs()
    {
        PrincipalType = "User";
    }
}

// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.Authorization;

[AzureNativeResourceType("azure-native:authorization:ManagementLockByScope")]
public partial class ManagementLockByScope : global::Pulumi.CustomResource
{
    [Output("level")]
    public Output<string> Level { get; private set; } = null!;

    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    public ManagementLockByScope(string name, ManagementLockByScopeArgs args, CustomResourceOptions? options = null)
        : base("azure-native:authorization:ManagementLockByScope", name, args ?? new ManagementLockByScopeArgs(), options)
    {
    }
}

public sealed class ManagementLockByScopeArgs : global::Pulumi.ResourceArgs
{
    [Input("level", required: true)]
    public InputUnion<string, Pulumi.AzureNative.Authorization.LockLevel> Level { get; set; } = null!;

    [Input("lockName")]
    public Input<string>? LockName { get; set; }

    [Input("notes")]
    public Input<string>? Notes { get; set; }

    [Input("scope", required: true)]
    public Input<string> Scope { get; set; } = null!;
}

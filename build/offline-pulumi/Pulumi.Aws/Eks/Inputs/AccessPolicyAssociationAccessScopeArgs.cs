// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.Aws.Eks.Inputs;

public sealed class AccessPolicyAssociationAccessScopeArgs : global::Pulumi.ResourceArgs
{
    [Input("namespaces")]
    private InputList<string>? _namespaces;

    public InputList<string> Namespaces
    {
        get => _namespaces ?? (_namespaces = new InputList<string>());
        set => _namespaces = value;
    }

    [Input("type", required: true)]
    public Input<string> Type { get; set; } = null!;

    public AccessPolicyAssociationAccessScopeArgs()
    {
    }
}

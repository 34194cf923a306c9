// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Rbac.V1;

public class ClusterRoleArgs : global::Pulumi.ResourceArgs
{
    [Input("apiVersion")]
    public Input<string>? ApiVersion { get; set; }

    [Input("kind")]
    public Input<string>? Kind { get; set; }

    [Input("metadata")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Meta.V1.ObjectMetaArgs>? Metadata { get; set; }

    [Input("rules")]
    private InputList<Pulumi.Kubernetes.Types.Inputs.Rbac.V1.PolicyRuleArgs>? _rules;

    public InputList<Pulumi.Kubernetes.Types.Inputs.Rbac.V1.PolicyRuleArgs> Rules
    {
        get => _rules ?? (_rules = new InputList<Pulumi.Kubernetes.Types.Inputs.Rbac.V1.PolicyRuleArgs>());
        set => _rules = value;
    }

    public ClusterRoleArgs()
    {
    }

    public static new ClusterRoleArgs Empty => new ClusterRoleArgs();
}

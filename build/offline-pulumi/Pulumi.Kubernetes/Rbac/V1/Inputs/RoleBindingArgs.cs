// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Rbac.V1;

public class RoleBindingArgs : global::Pulumi.ResourceArgs
{
    [Input("apiVersion")]
    public Input<string>? ApiVersion { get; set; }

    [Input("kind")]
    public Input<string>? Kind { get; set; }

    [Input("metadata")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Meta.V1.ObjectMetaArgs>? Metadata { get; set; }

    [Input("roleRef", required: true)]
    public Input<Pulumi.Kubernetes.Types.Inputs.Rbac.V1.RoleRefArgs> RoleRef { get; set; } = null!;

    [Input("subjects")]
    private InputList<Pulumi.Kubernetes.Types.Inputs.Rbac.V1.SubjectArgs>? _subjects;

    public InputList<Pulumi.Kubernetes.Types.Inputs.Rbac.V1.SubjectArgs> Subjects
    {
        get => _subjects ?? (_subjects = new InputList<Pulumi.Kubernetes.Types.Inputs.Rbac.V1.SubjectArgs>());
        set => _subjects = value;
    }

    public RoleBindingArgs()
    {
    }

    public static new RoleBindingArgs Empty => new RoleBindingArgs();
}

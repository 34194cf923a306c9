// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Core.V1;

public class SecurityContextArgs : global::Pulumi.ResourceArgs
{
    [Input("allowPrivilegeEscalation")]
    public Input<bool>? AllowPrivilegeEscalation { get; set; }

    [Input("capabilities")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Core.V1.CapabilitiesArgs>? Capabilities { get; set; }

    [Input("privileged")]
    public Input<bool>? Privileged { get; set; }

    [Input("procMount")]
    public Input<string>? ProcMount { get; set; }

    [Input("readOnlyRootFilesystem")]
    public Input<bool>? ReadOnlyRootFilesystem { get; set; }

    [Input("runAsGroup")]
    public Input<int>? RunAsGroup { get; set; }

    [Input("runAsNonRoot")]
    public Input<bool>? RunAsNonRoot { get; set; }

    [Input("runAsUser")]
    public Input<int>? RunAsUser { get; set; }

    [Input("seccompProfile")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Core.V1.SeccompProfileArgs>? SeccompProfile { get; set; }

    public SecurityContextArgs()
    {
    }

    public static new SecurityContextArgs Empty => new SecurityContextArgs();
}

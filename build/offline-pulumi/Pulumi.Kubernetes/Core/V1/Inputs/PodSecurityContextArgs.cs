// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Core.V1;

public class PodSecurityContextArgs : global::Pulumi.ResourceArgs
{
    [Input("fsGroup")]
    public Input<int>? FsGroup { get; set; }

    [Input("fsGroupChangePolicy")]
    public Input<string>? FsGroupChangePolicy { get; set; }

    [Input("runAsGroup")]
    public Input<int>? RunAsGroup { get; set; }

    [Input("runAsNonRoot")]
    public Input<bool>? RunAsNonRoot { get; set; }

    [Input("runAsUser")]
    public Input<int>? RunAsUser { get; set; }

    [Input("seLinuxChangePolicy")]
    public Input<string>? SeLinuxChangePolicy { get; set; }

    [Input("seccompProfile")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Core.V1.SeccompProfileArgs>? SeccompProfile { get; set; }

    [Input("supplementalGroups")]
    private InputList<int>? _supplementalGroups;

    public InputList<int> SupplementalGroups
    {
        get => _supplementalGroups ?? (_supplementalGroups = new InputList<int>());
        set => _supplementalGroups = value;
    }

    [Input("supplementalGroupsPolicy")]
    public Input<string>? SupplementalGroupsPolicy { get; set; }

    public PodSecurityContextArgs()
    {
    }

    public static new PodSecurityContextArgs Empty => new PodSecurityContextArgs();
}

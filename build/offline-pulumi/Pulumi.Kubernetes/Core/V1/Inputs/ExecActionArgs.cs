// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Core.V1;

public class ExecActionArgs : global::Pulumi.ResourceArgs
{
    [Input("command")]
    private InputList<string>? _command;

    public InputList<string> Command
    {
        get => _command ?? (_command = new InputList<string>());
        set => _command = value;
    }

    public ExecActionArgs()
    {
    }

    public static new ExecActionArgs Empty => new ExecActionArgs();
}

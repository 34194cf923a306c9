// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
namespace Pulumi.Kubernetes.Types.Inputs.Helm.V3;

/// <summary>Where a Helm release's chart comes from when it is not an OCI reference or a local path.</summary>
public class RepositoryOptsArgs : global::Pulumi.ResourceArgs
{
    [Input("caFile")]
    public Input<string>? CaFile { get; set; }

    [Input("certFile")]
    public Input<string>? CertFile { get; set; }

    [Input("keyFile")]
    public Input<string>? KeyFile { get; set; }

    [Input("password")]
    private Input<string>? _password;

    public Input<string>? Password
    {
        get => _password;
        set
        {
            // As in the real package: a repository password is always a secret.
            var emptySecret = Output.CreateSecret(0);
            _password = Output.Tuple<Input<string>?, int>(value, emptySecret).Apply(t => t.Item1);
        }
    }

    [Input("repo")]
    public Input<string>? Repo { get; set; }

    [Input("username")]
    public Input<string>? Username { get; set; }

    public RepositoryOptsArgs()
    {
    }

    public static new RepositoryOptsArgs Empty => new RepositoryOptsArgs();
}

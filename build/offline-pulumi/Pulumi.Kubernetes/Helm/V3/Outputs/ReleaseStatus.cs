// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
namespace Pulumi.Kubernetes.Types.Outputs.Helm.V3;

/// <summary>The status of a deployed Helm release, as the provider reports it.</summary>
[OutputType]
public sealed class ReleaseStatus
{
    public readonly string AppVersion;
    public readonly string Chart;
    public readonly string Name;
    public readonly string Namespace;
    public readonly int Revision;
    public readonly string Status;
    public readonly string Version;

    [OutputConstructor]
    private ReleaseStatus(
        string appVersion,
        string chart,
        string name,
        string @namespace,
        int revision,
        string status,
        string version)
    {
        AppVersion = appVersion;
        Chart = chart;
        Name = name;
        Namespace = @namespace;
        Revision = revision;
        Status = status;
        Version = version;
    }
}

// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Aws.Eks.Outputs;

[OutputType]
public sealed class ClusterCertificateAuthority
{
    public readonly string Data;

    [OutputConstructor]
    private ClusterCertificateAuthority(
        string data)
    {
        Data = data;
    }
}

// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Outputs.Meta.V1;

/// <summary>Standard object metadata (the fields of the real output type that this repository reads).</summary>
[OutputType]
public sealed class ObjectMeta
{
    public readonly ImmutableDictionary<string, string> Annotations;
    public readonly ImmutableDictionary<string, string> Labels;
    public readonly string Name;
    public readonly string Namespace;
    public readonly string ResourceVersion;
    public readonly string Uid;

    [OutputConstructor]
    private ObjectMeta(
        ImmutableDictionary<string, string> annotations,
        ImmutableDictionary<string, string> labels,
        string name,
        string @namespace,
        string resourceVersion,
        string uid)
    {
        Annotations = annotations;
        Labels = labels;
        Name = name;
        Namespace = @namespace;
        ResourceVersion = resourceVersion;
        Uid = uid;
    }
}

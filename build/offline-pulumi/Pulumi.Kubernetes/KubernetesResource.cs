// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
namespace Pulumi.Kubernetes;

/// <summary>A base class for all Kubernetes resources.</summary>
public abstract class KubernetesResource : CustomResource
{
    internal KubernetesResource(string type, string name, ResourceArgs? args, CustomResourceOptions? options = null)
        : base(type, name, args, options)
    {
    }
}

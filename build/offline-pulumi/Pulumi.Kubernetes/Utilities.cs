// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
namespace Pulumi.Kubernetes;

internal static class Utilities
{
    public const string Version = "4.32.0";

    public static string? GetEnv(params string[] names)
    {
        foreach (var n in names)
        {
            var value = global::System.Environment.GetEnvironmentVariable(n);
            if (value != null)
            {
                return value;
            }
        }

        return null;
    }
}

/// <summary>The resource type token of a Pulumi.Kubernetes resource class, as the real package declares it.</summary>
internal sealed class KubernetesResourceTypeAttribute : global::Pulumi.ResourceTypeAttribute
{
    public KubernetesResourceTypeAttribute(string type)
        : base(type, Utilities.Version)
    {
    }
}

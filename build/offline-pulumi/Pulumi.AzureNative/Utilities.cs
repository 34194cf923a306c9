// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses (see build/offline-pulumi).
namespace Pulumi.AzureNative;

internal static class Utilities
{
    public const string Version = "3.28.0";
}

/// <summary>The resource type token of a Pulumi.AzureNative resource class, as the real package declares it.</summary>
internal sealed class AzureNativeResourceTypeAttribute : global::Pulumi.ResourceTypeAttribute
{
    public AzureNativeResourceTypeAttribute(string type)
        : base(type, Utilities.Version)
    {
    }
}

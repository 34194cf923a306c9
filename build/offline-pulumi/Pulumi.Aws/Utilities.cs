// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses (see build/offline-pulumi).
namespace Pulumi.Aws;

internal static class Utilities
{
    public const string Version = "7.48.0";
}

/// <summary>The resource type token of a Pulumi.Aws resource class, as the real package declares it.</summary>
internal sealed class AwsResourceTypeAttribute : global::Pulumi.ResourceTypeAttribute
{
    public AwsResourceTypeAttribute(string type)
        : base(type, Utilities.Version)
    {
    }
}

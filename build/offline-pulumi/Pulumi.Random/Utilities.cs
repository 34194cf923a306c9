// Offline stand-in: the subset of Pulumi.Random 4.21.1 this repository uses (see build/offline-pulumi).
namespace Pulumi.Random;

internal static class Utilities
{
    public const string Version = "4.21.1";
}

/// <summary>The resource type token of a Pulumi.Random resource class, as the real package declares it.</summary>
internal sealed class RandomResourceTypeAttribute : global::Pulumi.ResourceTypeAttribute
{
    public RandomResourceTypeAttribute(string type)
        : base(type, Utilities.Version)
    {
    }
}

namespace Pulumi.Serialization;

internal static class Constants
{
    /// <summary>The sentinel the engine uses for a value not known until the resource is created.</summary>
    public const string UnknownValue = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
}

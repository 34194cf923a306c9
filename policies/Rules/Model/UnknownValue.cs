namespace MlPlatform.Policies;

/// <summary>A value not known until the resource exists (a preview's unknown, an unresolved output). Rules skip it.</summary>
public sealed class UnknownValue
{
    public static readonly UnknownValue Instance = new();

    private UnknownValue()
    {
    }

    public override string ToString() => "(unknown)";
}

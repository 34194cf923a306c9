using System.Collections.Immutable;

namespace Pulumi;

/// <summary>What an output resolves to: its value, whether it is known and secret, and the resources it depends on.</summary>
internal readonly record struct OutputData<T>(ImmutableHashSet<Resource> Resources, T Value, bool IsKnown, bool IsSecret)
{
    public static OutputData<T> Known(T value, bool isSecret = false) => new(ImmutableHashSet<Resource>.Empty, value, true, isSecret);
}

internal static class OutputData
{
    public static ImmutableHashSet<Resource> Union(ImmutableHashSet<Resource> a, ImmutableHashSet<Resource> b) =>
        a.IsEmpty ? b : b.IsEmpty ? a : a.Union(b);
}

using System.Collections.Immutable;

namespace Pulumi;

public static class OutputExtensions
{
    public static Output<T> GetAt<T>(this Output<ImmutableArray<T>> array, Input<int> index)
    {
        ArgumentNullException.ThrowIfNull(array);
        return Output.Tuple((Input<ImmutableArray<T>>)array, index).Apply(v => v.Item1[v.Item2]);
    }

    public static Output<T> First<T>(this Output<ImmutableArray<T>> array) => array.GetAt(0);

    public static Output<int> Length<T>(this Output<ImmutableArray<T>> array)
    {
        ArgumentNullException.ThrowIfNull(array);
        return array.Apply(a => a.Length);
    }
}

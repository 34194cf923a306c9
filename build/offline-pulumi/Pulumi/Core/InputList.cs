using System.Collections;
using System.Collections.Immutable;

namespace Pulumi;

/// <summary>A list input whose elements may each be plain values or outputs.</summary>
public sealed class InputList<T> : Input<ImmutableArray<T>>, IEnumerable, IAsyncEnumerable<Input<T>>
{
    public InputList()
        : this(Output.Create(ImmutableArray<T>.Empty))
    {
    }

    private InputList(Output<ImmutableArray<T>> values)
        : base(values)
    {
    }

    private Output<ImmutableArray<T>> Current => _outputValue;

    public void Add(params Input<T>[] inputs)
    {
        _outputValue = Concat(Current, Output.All(inputs));
    }

    public void Add(InputList<T> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        AddRange(inputs);
    }

    public void AddRange(InputList<T> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        _outputValue = Concat(Current, inputs.Current);
    }

    public InputList<T> Concat(InputList<T> other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new InputList<T>(Concat(Current, other.Current));
    }

    public static implicit operator InputList<T>(T value) => ImmutableArray.Create<Input<T>>(value);

    public static implicit operator InputList<T>(Output<T> value) => ImmutableArray.Create<Input<T>>(value);

    public static implicit operator InputList<T>(Input<T> value) => ImmutableArray.Create(value);

    public static implicit operator InputList<T>(T[] values) => ImmutableArray.CreateRange(values.Select(v => (Input<T>)v));

    public static implicit operator InputList<T>(Output<T>[] values) => ImmutableArray.CreateRange(values.Select(v => (Input<T>)v));

    public static implicit operator InputList<T>(Input<T>[] values) => ImmutableArray.CreateRange(values);

    public static implicit operator InputList<T>(List<T> values) => ImmutableArray.CreateRange(values);

    public static implicit operator InputList<T>(List<Output<T>> values) => ImmutableArray.CreateRange(values);

    public static implicit operator InputList<T>(List<Input<T>> values) => ImmutableArray.CreateRange(values);

    public static implicit operator InputList<T>(ImmutableArray<T> values) => ImmutableArray.CreateRange(values, v => (Input<T>)v);

    public static implicit operator InputList<T>(ImmutableArray<Output<T>> values) => ImmutableArray.CreateRange(values, v => (Input<T>)v);

    public static implicit operator InputList<T>(ImmutableArray<Input<T>> values) => new(Output.All(values));

    public static implicit operator InputList<T>(Output<T[]> values) => new(values.Apply(ImmutableArray.CreateRange));

    public static implicit operator InputList<T>(Output<List<T>> values) => new(values.Apply(ImmutableArray.CreateRange));

    public static implicit operator InputList<T>(Output<IEnumerable<T>> values) => new(values.Apply(ImmutableArray.CreateRange));

    public static implicit operator InputList<T>(Output<ImmutableArray<T>> values) => new(values);

    IEnumerator IEnumerable.GetEnumerator() => throw new NotSupportedException($"A {GetType().FullName} cannot be synchronously enumerated. Use {nameof(GetAsyncEnumerator)} instead.");

    public async IAsyncEnumerator<Input<T>> GetAsyncEnumerator(CancellationToken cancellationToken)
    {
        var data = await Current.DataTask.ConfigureAwait(false);
        foreach (var value in data.Value)
        {
            yield return value;
        }
    }

    private static Output<ImmutableArray<T>> Concat(Output<ImmutableArray<T>> a, Output<ImmutableArray<T>> b) =>
        Output.Tuple(a, b).Apply(v => v.Item1.AddRange(v.Item2));
}

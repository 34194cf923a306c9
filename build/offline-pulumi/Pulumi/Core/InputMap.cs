using System.Collections;
using System.Collections.Immutable;

namespace Pulumi;

/// <summary>A map input whose values may each be plain values or outputs.</summary>
public sealed class InputMap<TValue> : Input<ImmutableDictionary<string, TValue>>, IEnumerable, IAsyncEnumerable<Input<KeyValuePair<string, TValue>>>
{
    public InputMap()
        : this(Output.Create(ImmutableDictionary<string, TValue>.Empty))
    {
    }

    private InputMap(Output<ImmutableDictionary<string, TValue>> values)
        : base(values)
    {
    }

    public void Add(string key, Input<TValue> value)
    {
        var inputDictionary = (Input<ImmutableDictionary<string, TValue>>)this;
        _outputValue = Output.Tuple(inputDictionary, value).Apply(x => x.Item1.Add(key, x.Item2));
    }

    public void Add(InputMap<TValue> values) => AddRange(values);

    public void AddRange(InputMap<TValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var inputDictionary = (Input<ImmutableDictionary<string, TValue>>)this;
        _outputValue = Output.Tuple(inputDictionary, values).Apply(x => x.Item1.AddRange(x.Item2));
    }

    public Input<TValue> this[string key]
    {
        set => Add(key, value);
    }

    public static InputMap<TValue> Merge(InputMap<TValue> first, InputMap<TValue> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var output = Output.Tuple((Input<ImmutableDictionary<string, TValue>>)first, second).Apply(x => x.Item1.SetItems(x.Item2));
        return output;
    }

    public static implicit operator InputMap<TValue>(Dictionary<string, TValue> values) => Output.Create(values);

    public static implicit operator InputMap<TValue>(ImmutableDictionary<string, TValue> values) => Output.Create(values);

    public static implicit operator InputMap<TValue>(Output<Dictionary<string, TValue>> values) => values.Apply(ImmutableDictionary.CreateRange);

    public static implicit operator InputMap<TValue>(Output<IDictionary<string, TValue>> values) => values.Apply(ImmutableDictionary.CreateRange);

    public static implicit operator InputMap<TValue>(Output<ImmutableDictionary<string, TValue>> values) => new(values);

    IEnumerator IEnumerable.GetEnumerator() => throw new NotSupportedException($"A {GetType().FullName} cannot be synchronously enumerated. Use {nameof(GetAsyncEnumerator)} instead.");

    public async IAsyncEnumerator<Input<KeyValuePair<string, TValue>>> GetAsyncEnumerator(CancellationToken cancellationToken)
    {
        var data = await _outputValue.DataTask.ConfigureAwait(false);
        foreach (var value in data.Value)
        {
            yield return value;
        }
    }
}

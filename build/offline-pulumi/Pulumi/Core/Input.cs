namespace Pulumi;

/// <summary>A value a resource takes: a plain value or an <see cref="Output{T}"/>.</summary>
public class Input<T> : IInput
{
    // Mutable only so that InputList and InputMap can grow in place, as collection initializers need.
    private protected Output<T> _outputValue;

    private protected Input(Output<T> outputValue) => _outputValue = outputValue;

    public static implicit operator Input<T>(T value) => Output.Create(value);

    public static implicit operator Input<T>(Output<T> value) => new(value);

    public static implicit operator Output<T>(Input<T> input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input._outputValue;
    }

    IOutput IInput.ToOutput() => _outputValue;
}

public static class InputExtensions
{
    public static Output<TResult> Apply<T, TResult>(this Input<T>? input, Func<T, TResult> func) =>
        input.ToOutput().Apply(func);

    public static Output<TResult> Apply<T, TResult>(this Input<T>? input, Func<T, Task<TResult>> func) =>
        input.ToOutput().Apply(func);

    public static Output<TResult> Apply<T, TResult>(this Input<T>? input, Func<T, Input<TResult>?> func) =>
        input.ToOutput().Apply(func);

    public static Output<TResult> Apply<T, TResult>(this Input<T>? input, Func<T, Output<TResult>?> func) =>
        input.ToOutput().Apply(func);

    public static Output<T> ToOutput<T>(this Input<T>? input) => input ?? Output.Create(default(T)!);
}

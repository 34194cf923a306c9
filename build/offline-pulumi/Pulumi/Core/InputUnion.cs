namespace Pulumi;

/// <summary>
/// An <see cref="Input{T}"/> whose value is one of two types, as provider SDKs declare inputs that take a free string
/// or one of a schema's enum values (<c>InputUnion&lt;string, ScaleSetPriority&gt;</c>). Same conversions as the real type.
/// </summary>
public sealed class InputUnion<T0, T1> : Input<Union<T0, T1>>
{
    public InputUnion()
        : this(Output.Create(default(Union<T0, T1>)))
    {
    }

    private InputUnion(Output<Union<T0, T1>> oneOf)
        : base(oneOf)
    {
    }

    public static implicit operator InputUnion<T0, T1>(Union<T0, T1> value) => Output.Create(value);

    public static implicit operator InputUnion<T0, T1>(T0 value) => Output.Create(value);

    public static implicit operator InputUnion<T0, T1>(T1 value) => Output.Create(value);

    public static implicit operator InputUnion<T0, T1>(Input<T0> value) => new(value.Apply(Union<T0, T1>.FromT0));

    public static implicit operator InputUnion<T0, T1>(Input<T1> value) => new(value.Apply(Union<T0, T1>.FromT1));

    public static implicit operator InputUnion<T0, T1>(Output<Union<T0, T1>> value) => new(value);

    public static implicit operator InputUnion<T0, T1>(Output<T0> value) => new(value.Apply(Union<T0, T1>.FromT0));

    public static implicit operator InputUnion<T0, T1>(Output<T1> value) => new(value.Apply(Union<T0, T1>.FromT1));
}

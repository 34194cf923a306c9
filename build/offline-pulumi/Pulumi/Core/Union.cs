namespace Pulumi;

/// <summary>A value that is either a <typeparamref name="T0"/> or a <typeparamref name="T1"/>.</summary>
public readonly struct Union<T0, T1> : IEquatable<Union<T0, T1>>, IUnion
{
    private readonly T0 _t0;
    private readonly T1 _t1;
    private readonly int _index;

    private Union(int index, T0 t0, T1 t1)
    {
        _index = index;
        _t0 = t0;
        _t1 = t1;
    }

    public T0 AsT0 => _index == 0 ? _t0 : throw new InvalidOperationException($"Cannot return as T0 as result is T{_index}");

    public T1 AsT1 => _index == 1 ? _t1 : throw new InvalidOperationException($"Cannot return as T1 as result is T{_index}");

    public bool IsT0 => _index == 0;

    public bool IsT1 => _index == 1;

    public object Value => _index == 0 ? _t0! : _t1!;

    public static Union<T0, T1> FromT0(T0 input) => new(0, input, default!);

    public static Union<T0, T1> FromT1(T1 input) => new(1, default!, input);

    public override bool Equals(object? obj) => obj is Union<T0, T1> union && Equals(union);

    public override int GetHashCode() => HashCode.Combine(_index, Value);

    public override string ToString() => Value?.ToString() ?? string.Empty;

    public bool Equals(Union<T0, T1> other) => _index == other._index && Equals(Value, other.Value);

    public TResult Match<TResult>(Func<T0, TResult> f0, Func<T1, TResult> f1)
    {
        ArgumentNullException.ThrowIfNull(f0);
        ArgumentNullException.ThrowIfNull(f1);
        return _index == 0 ? f0(_t0) : f1(_t1);
    }

    public static implicit operator Union<T0, T1>(T0 t) => FromT0(t);

    public static implicit operator Union<T0, T1>(T1 t) => FromT1(t);

    public static bool operator ==(Union<T0, T1> left, Union<T0, T1> right) => left.Equals(right);

    public static bool operator !=(Union<T0, T1> left, Union<T0, T1> right) => !left.Equals(right);
}

internal interface IUnion
{
    object Value { get; }
}

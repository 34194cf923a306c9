using Pulumi;

namespace MlPlatform.PulumiSurface.Tests.Fixtures;

/// <summary>An enum struct shaped like the generated ones.</summary>
[EnumType]
public readonly struct FixtureMode : IEquatable<FixtureMode>
{
    private readonly string _value;

    private FixtureMode(string value) => _value = value;

    public static FixtureMode Fast { get; } = new("Fast");

    public static FixtureMode Slow { get; } = new("Slow");

    public static explicit operator string(FixtureMode value) => value._value;

    public static bool operator ==(FixtureMode left, FixtureMode right) => left.Equals(right);

    public static bool operator !=(FixtureMode left, FixtureMode right) => !left.Equals(right);

    public bool Equals(FixtureMode other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is FixtureMode other && Equals(other);

    public override int GetHashCode() => _value?.GetHashCode(StringComparison.Ordinal) ?? 0;

    public override string ToString() => _value;
}

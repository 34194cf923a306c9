// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and values (see build/offline-pulumi).
using System.ComponentModel;

namespace Pulumi.AzureNative.Security;

[EnumType]
public readonly struct PricingTier : IEquatable<PricingTier>
{
    private readonly string _value;

    private PricingTier(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static PricingTier Free { get; } = new PricingTier("Free");
    public static PricingTier Standard { get; } = new PricingTier("Standard");

    public static bool operator ==(PricingTier left, PricingTier right) => left.Equals(right);

    public static bool operator !=(PricingTier left, PricingTier right) => !left.Equals(right);

    public static explicit operator string(PricingTier value) => value._value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is PricingTier other && Equals(other);

    public bool Equals(PricingTier other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value?.GetHashCode() ?? 0;

    public override string ToString() => _value;
}

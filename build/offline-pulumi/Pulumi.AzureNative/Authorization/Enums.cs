// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and values (see build/offline-pulumi).
using System.ComponentModel;

namespace Pulumi.AzureNative.Authorization;

[EnumType]
public readonly struct LockLevel : IEquatable<LockLevel>
{
    private readonly string _value;

    private LockLevel(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static LockLevel NotSpecified { get; } = new LockLevel("NotSpecified");
    public static LockLevel CanNotDelete { get; } = new LockLevel("CanNotDelete");
    public static LockLevel ReadOnly { get; } = new LockLevel("ReadOnly");

    public static bool operator ==(LockLevel left, LockLevel right) => left.Equals(right);

    public static bool operator !=(LockLevel left, LockLevel right) => !left.Equals(right);

    public static explicit operator string(LockLevel value) => value._value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is LockLevel other && Equals(other);

    public bool Equals(LockLevel other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value?.GetHashCode() ?? 0;

    public override string ToString() => _value;
}

[EnumType]
public readonly struct PrincipalType : IEquatable<PrincipalType>
{
    private readonly string _value;

    private PrincipalType(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static PrincipalType User { get; } = new PrincipalType("User");
    public static PrincipalType Group { get; } = new PrincipalType("Group");
    public static PrincipalType ServicePrincipal { get; } = new PrincipalType("ServicePrincipal");
    public static PrincipalType ForeignGroup { get; } = new PrincipalType("ForeignGroup");
    public static PrincipalType Device { get; } = new PrincipalType("Device");
    public static PrincipalType AgentUser { get; } = new PrincipalType("AgentUser");
    public static PrincipalType AgentServicePrincipal { get; } = new PrincipalType("AgentServicePrincipal");

    public static bool operator ==(PrincipalType left, PrincipalType right) => left.Equals(right);

    public static bool operator !=(PrincipalType left, PrincipalType right) => !left.Equals(right);

    public static explicit operator string(PrincipalType value) => value._value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is PrincipalType other && Equals(other);

    public bool Equals(PrincipalType other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value?.GetHashCode() ?? 0;

    public override string ToString() => _value;
}

// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and values (see build/offline-pulumi).
using System.ComponentModel;

namespace Pulumi.AzureNative.ContainerRegistry;

[EnumType]
public readonly struct SkuName : IEquatable<SkuName>
{
    private readonly string _value;

    private SkuName(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static SkuName Classic { get; } = new SkuName("Classic");
    public static SkuName Basic { get; } = new SkuName("Basic");
    public static SkuName Standard { get; } = new SkuName("Standard");
    public static SkuName Premium { get; } = new SkuName("Premium");

    public static bool operator ==(SkuName left, SkuName right) => left.Equals(right);

    public static bool operator !=(SkuName left, SkuName right) => !left.Equals(right);

    public static explicit operator string(SkuName value) => value._value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is SkuName other && Equals(other);

    public bool Equals(SkuName other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value?.GetHashCode() ?? 0;

    public override string ToString() => _value;
}

[EnumType]
public readonly struct PolicyStatus : IEquatable<PolicyStatus>
{
    private readonly string _value;

    private PolicyStatus(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static PolicyStatus Enabled { get; } = new PolicyStatus("enabled");
    public static PolicyStatus Disabled { get; } = new PolicyStatus("disabled");

    public static bool operator ==(PolicyStatus left, PolicyStatus right) => left.Equals(right);

    public static bool operator !=(PolicyStatus left, PolicyStatus right) => !left.Equals(right);

    public static explicit operator string(PolicyStatus value) => value._value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is PolicyStatus other && Equals(other);

    public bool Equals(PolicyStatus other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value?.GetHashCode() ?? 0;

    public override string ToString() => _value;
}

[EnumType]
public readonly struct PublicNetworkAccess : IEquatable<PublicNetworkAccess>
{
    private readonly string _value;

    private PublicNetworkAccess(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static PublicNetworkAccess Enabled { get; } = new PublicNetworkAccess("Enabled");
    public static PublicNetworkAccess Disabled { get; } = new PublicNetworkAccess("Disabled");

    public static bool operator ==(PublicNetworkAccess left, PublicNetworkAccess right) => left.Equals(right);

    public static bool operator !=(PublicNetworkAccess left, PublicNetworkAccess right) => !left.Equals(right);

    public static explicit operator string(PublicNetworkAccess value) => value._value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is PublicNetworkAccess other && Equals(other);

    public bool Equals(PublicNetworkAccess other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value?.GetHashCode() ?? 0;

    public override string ToString() => _value;
}

[EnumType]
public readonly struct DefaultAction : IEquatable<DefaultAction>
{
    private readonly string _value;

    private DefaultAction(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static DefaultAction Allow { get; } = new DefaultAction("Allow");
    public static DefaultAction Deny { get; } = new DefaultAction("Deny");

    public static bool operator ==(DefaultAction left, DefaultAction right) => left.Equals(right);

    public static bool operator !=(DefaultAction left, DefaultAction right) => !left.Equals(right);

    public static explicit operator string(DefaultAction value) => value._value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is DefaultAction other && Equals(other);

    public bool Equals(DefaultAction other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value?.GetHashCode() ?? 0;

    public override string ToString() => _value;
}

[EnumType]
public readonly struct NetworkRuleBypassOptions : IEquatable<NetworkRuleBypassOptions>
{
    private readonly string _value;

    private NetworkRuleBypassOptions(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static NetworkRuleBypassOptions AzureServices { get; } = new NetworkRuleBypassOptions("AzureServices");
    public static NetworkRuleBypassOptions None { get; } = new NetworkRuleBypassOptions("None");

    public static bool operator ==(NetworkRuleBypassOptions left, NetworkRuleBypassOptions right) => left.Equals(right);

    public static bool operator !=(NetworkRuleBypassOptions left, NetworkRuleBypassOptions right) => !left.Equals(right);

    public static explicit operator string(NetworkRuleBypassOptions value) => value._value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is NetworkRuleBypassOptions other && Equals(other);

    public bool Equals(NetworkRuleBypassOptions other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value?.GetHashCode() ?? 0;

    public override string ToString() => _value;
}

[EnumType]
public readonly struct ZoneRedundancy : IEquatable<ZoneRedundancy>
{
    private readonly string _value;

    private ZoneRedundancy(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static ZoneRedundancy Enabled { get; } = new ZoneRedundancy("Enabled");
    public static ZoneRedundancy Disabled { get; } = new ZoneRedundancy("Disabled");

    public static bool operator ==(ZoneRedundancy left, ZoneRedundancy right) => left.Equals(right);

    public static bool operator !=(ZoneRedundancy left, ZoneRedundancy right) => !left.Equals(right);

    public static explicit operator string(ZoneRedundancy value) => value._value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is ZoneRedundancy other && Equals(other);

    public bool Equals(ZoneRedundancy other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value?.GetHashCode() ?? 0;

    public override string ToString() => _value;
}

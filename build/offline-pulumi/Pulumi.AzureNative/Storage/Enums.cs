// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and values (see build/offline-pulumi).
using System.ComponentModel;

namespace Pulumi.AzureNative.Storage;

[EnumType]
public readonly struct Kind : IEquatable<Kind>
{
    private readonly string _value;

    private Kind(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static Kind Storage { get; } = new Kind("Storage");
    public static Kind StorageV2 { get; } = new Kind("StorageV2");
    public static Kind BlobStorage { get; } = new Kind("BlobStorage");
    public static Kind FileStorage { get; } = new Kind("FileStorage");
    public static Kind BlockBlobStorage { get; } = new Kind("BlockBlobStorage");

    public static bool operator ==(Kind left, Kind right) => left.Equals(right);

    public static bool operator !=(Kind left, Kind right) => !left.Equals(right);

    public static explicit operator string(Kind value) => value._value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is Kind other && Equals(other);

    public bool Equals(Kind other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value?.GetHashCode() ?? 0;

    public override string ToString() => _value;
}

[EnumType]
public readonly struct SkuName : IEquatable<SkuName>
{
    private readonly string _value;

    private SkuName(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static SkuName Standard_LRS { get; } = new SkuName("Standard_LRS");
    public static SkuName Standard_GRS { get; } = new SkuName("Standard_GRS");
    public static SkuName Standard_RAGRS { get; } = new SkuName("Standard_RAGRS");
    public static SkuName Standard_ZRS { get; } = new SkuName("Standard_ZRS");
    public static SkuName Premium_LRS { get; } = new SkuName("Premium_LRS");
    public static SkuName Premium_ZRS { get; } = new SkuName("Premium_ZRS");
    public static SkuName Standard_GZRS { get; } = new SkuName("Standard_GZRS");
    public static SkuName Standard_RAGZRS { get; } = new SkuName("Standard_RAGZRS");
    public static SkuName StandardV2_LRS { get; } = new SkuName("StandardV2_LRS");
    public static SkuName StandardV2_GRS { get; } = new SkuName("StandardV2_GRS");
    public static SkuName StandardV2_ZRS { get; } = new SkuName("StandardV2_ZRS");
    public static SkuName StandardV2_GZRS { get; } = new SkuName("StandardV2_GZRS");
    public static SkuName PremiumV2_LRS { get; } = new SkuName("PremiumV2_LRS");
    public static SkuName PremiumV2_ZRS { get; } = new SkuName("PremiumV2_ZRS");

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
public readonly struct MinimumTlsVersion : IEquatable<MinimumTlsVersion>
{
    private readonly string _value;

    private MinimumTlsVersion(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static MinimumTlsVersion TLS1_0 { get; } = new MinimumTlsVersion("TLS1_0");
    public static MinimumTlsVersion TLS1_1 { get; } = new MinimumTlsVersion("TLS1_1");
    public static MinimumTlsVersion TLS1_2 { get; } = new MinimumTlsVersion("TLS1_2");
    public static MinimumTlsVersion TLS1_3 { get; } = new MinimumTlsVersion("TLS1_3");

    public static bool operator ==(MinimumTlsVersion left, MinimumTlsVersion right) => left.Equals(right);

    public static bool operator !=(MinimumTlsVersion left, MinimumTlsVersion right) => !left.Equals(right);

    public static explicit operator string(MinimumTlsVersion value) => value._value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is MinimumTlsVersion other && Equals(other);

    public bool Equals(MinimumTlsVersion other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value?.GetHashCode() ?? 0;

    public override string ToString() => _value;
}

[EnumType]
public readonly struct PublicAccess : IEquatable<PublicAccess>
{
    private readonly string _value;

    private PublicAccess(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static PublicAccess Container { get; } = new PublicAccess("Container");
    public static PublicAccess Blob { get; } = new PublicAccess("Blob");
    public static PublicAccess None { get; } = new PublicAccess("None");

    public static bool operator ==(PublicAccess left, PublicAccess right) => left.Equals(right);

    public static bool operator !=(PublicAccess left, PublicAccess right) => !left.Equals(right);

    public static explicit operator string(PublicAccess value) => value._value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is PublicAccess other && Equals(other);

    public bool Equals(PublicAccess other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value?.GetHashCode() ?? 0;

    public override string ToString() => _value;
}

[EnumType]
public readonly struct RuleType : IEquatable<RuleType>
{
    private readonly string _value;

    private RuleType(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static RuleType Lifecycle { get; } = new RuleType("Lifecycle");

    public static bool operator ==(RuleType left, RuleType right) => left.Equals(right);

    public static bool operator !=(RuleType left, RuleType right) => !left.Equals(right);

    public static explicit operator string(RuleType value) => value._value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is RuleType other && Equals(other);

    public bool Equals(RuleType other) => string.Equals(_value, other._value, StringComparison.Ordinal);

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
    public static PublicNetworkAccess SecuredByPerimeter { get; } = new PublicNetworkAccess("SecuredByPerimeter");

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
public readonly struct Bypass : IEquatable<Bypass>
{
    private readonly string _value;

    private Bypass(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static Bypass None { get; } = new Bypass("None");
    public static Bypass Logging { get; } = new Bypass("Logging");
    public static Bypass Metrics { get; } = new Bypass("Metrics");
    public static Bypass AzureServices { get; } = new Bypass("AzureServices");

    public static bool operator ==(Bypass left, Bypass right) => left.Equals(right);

    public static bool operator !=(Bypass left, Bypass right) => !left.Equals(right);

    public static explicit operator string(Bypass value) => value._value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is Bypass other && Equals(other);

    public bool Equals(Bypass other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value?.GetHashCode() ?? 0;

    public override string ToString() => _value;
}

// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and values (see build/offline-pulumi).
using System.ComponentModel;

namespace Pulumi.AzureNative.DBforPostgreSQL;

[EnumType]
public readonly struct GeographicallyRedundantBackup : IEquatable<GeographicallyRedundantBackup>
{
    private readonly string _value;

    private GeographicallyRedundantBackup(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static GeographicallyRedundantBackup Enabled { get; } = new GeographicallyRedundantBackup("Enabled");
    public static GeographicallyRedundantBackup Disabled { get; } = new GeographicallyRedundantBackup("Disabled");

    public static bool operator ==(GeographicallyRedundantBackup left, GeographicallyRedundantBackup right) => left.Equals(right);

    public static bool operator !=(GeographicallyRedundantBackup left, GeographicallyRedundantBackup right) => !left.Equals(right);

    public static explicit operator string(GeographicallyRedundantBackup value) => value._value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is GeographicallyRedundantBackup other && Equals(other);

    public bool Equals(GeographicallyRedundantBackup other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value?.GetHashCode() ?? 0;

    public override string ToString() => _value;
}

[EnumType]
public readonly struct MicrosoftEntraAuth : IEquatable<MicrosoftEntraAuth>
{
    private readonly string _value;

    private MicrosoftEntraAuth(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static MicrosoftEntraAuth Enabled { get; } = new MicrosoftEntraAuth("Enabled");
    public static MicrosoftEntraAuth Disabled { get; } = new MicrosoftEntraAuth("Disabled");

    public static bool operator ==(MicrosoftEntraAuth left, MicrosoftEntraAuth right) => left.Equals(right);

    public static bool operator !=(MicrosoftEntraAuth left, MicrosoftEntraAuth right) => !left.Equals(right);

    public static explicit operator string(MicrosoftEntraAuth value) => value._value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is MicrosoftEntraAuth other && Equals(other);

    public bool Equals(MicrosoftEntraAuth other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value?.GetHashCode() ?? 0;

    public override string ToString() => _value;
}

[EnumType]
public readonly struct PasswordBasedAuth : IEquatable<PasswordBasedAuth>
{
    private readonly string _value;

    private PasswordBasedAuth(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static PasswordBasedAuth Enabled { get; } = new PasswordBasedAuth("Enabled");
    public static PasswordBasedAuth Disabled { get; } = new PasswordBasedAuth("Disabled");

    public static bool operator ==(PasswordBasedAuth left, PasswordBasedAuth right) => left.Equals(right);

    public static bool operator !=(PasswordBasedAuth left, PasswordBasedAuth right) => !left.Equals(right);

    public static explicit operator string(PasswordBasedAuth value) => value._value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is PasswordBasedAuth other && Equals(other);

    public bool Equals(PasswordBasedAuth other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value?.GetHashCode() ?? 0;

    public override string ToString() => _value;
}

[EnumType]
public readonly struct PostgresMajorVersion : IEquatable<PostgresMajorVersion>
{
    private readonly string _value;

    private PostgresMajorVersion(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static PostgresMajorVersion PostgresMajorVersion_18 { get; } = new PostgresMajorVersion("18");
    public static PostgresMajorVersion PostgresMajorVersion_17 { get; } = new PostgresMajorVersion("17");
    public static PostgresMajorVersion PostgresMajorVersion_16 { get; } = new PostgresMajorVersion("16");
    public static PostgresMajorVersion PostgresMajorVersion_15 { get; } = new PostgresMajorVersion("15");
    public static PostgresMajorVersion PostgresMajorVersion_14 { get; } = new PostgresMajorVersion("14");
    public static PostgresMajorVersion PostgresMajorVersion_13 { get; } = new PostgresMajorVersion("13");
    public static PostgresMajorVersion PostgresMajorVersion_12 { get; } = new PostgresMajorVersion("12");
    public static PostgresMajorVersion PostgresMajorVersion_11 { get; } = new PostgresMajorVersion("11");

    public static bool operator ==(PostgresMajorVersion left, PostgresMajorVersion right) => left.Equals(right);

    public static bool operator !=(PostgresMajorVersion left, PostgresMajorVersion right) => !left.Equals(right);

    public static explicit operator string(PostgresMajorVersion value) => value._value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is PostgresMajorVersion other && Equals(other);

    public bool Equals(PostgresMajorVersion other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value?.GetHashCode() ?? 0;

    public override string ToString() => _value;
}

[EnumType]
public readonly struct PostgreSqlFlexibleServerHighAvailabilityMode : IEquatable<PostgreSqlFlexibleServerHighAvailabilityMode>
{
    private readonly string _value;

    private PostgreSqlFlexibleServerHighAvailabilityMode(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static PostgreSqlFlexibleServerHighAvailabilityMode Disabled { get; } = new PostgreSqlFlexibleServerHighAvailabilityMode("Disabled");
    public static PostgreSqlFlexibleServerHighAvailabilityMode ZoneRedundant { get; } = new PostgreSqlFlexibleServerHighAvailabilityMode("ZoneRedundant");
    public static PostgreSqlFlexibleServerHighAvailabilityMode SameZone { get; } = new PostgreSqlFlexibleServerHighAvailabilityMode("SameZone");

    public static bool operator ==(PostgreSqlFlexibleServerHighAvailabilityMode left, PostgreSqlFlexibleServerHighAvailabilityMode right) => left.Equals(right);

    public static bool operator !=(PostgreSqlFlexibleServerHighAvailabilityMode left, PostgreSqlFlexibleServerHighAvailabilityMode right) => !left.Equals(right);

    public static explicit operator string(PostgreSqlFlexibleServerHighAvailabilityMode value) => value._value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is PostgreSqlFlexibleServerHighAvailabilityMode other && Equals(other);

    public bool Equals(PostgreSqlFlexibleServerHighAvailabilityMode other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value?.GetHashCode() ?? 0;

    public override string ToString() => _value;
}

[EnumType]
public readonly struct ServerPublicNetworkAccessState : IEquatable<ServerPublicNetworkAccessState>
{
    private readonly string _value;

    private ServerPublicNetworkAccessState(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static ServerPublicNetworkAccessState Enabled { get; } = new ServerPublicNetworkAccessState("Enabled");
    public static ServerPublicNetworkAccessState Disabled { get; } = new ServerPublicNetworkAccessState("Disabled");

    public static bool operator ==(ServerPublicNetworkAccessState left, ServerPublicNetworkAccessState right) => left.Equals(right);

    public static bool operator !=(ServerPublicNetworkAccessState left, ServerPublicNetworkAccessState right) => !left.Equals(right);

    public static explicit operator string(ServerPublicNetworkAccessState value) => value._value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is ServerPublicNetworkAccessState other && Equals(other);

    public bool Equals(ServerPublicNetworkAccessState other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value?.GetHashCode() ?? 0;

    public override string ToString() => _value;
}

[EnumType]
public readonly struct SkuTier : IEquatable<SkuTier>
{
    private readonly string _value;

    private SkuTier(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static SkuTier Burstable { get; } = new SkuTier("Burstable");
    public static SkuTier GeneralPurpose { get; } = new SkuTier("GeneralPurpose");
    public static SkuTier MemoryOptimized { get; } = new SkuTier("MemoryOptimized");

    public static bool operator ==(SkuTier left, SkuTier right) => left.Equals(right);

    public static bool operator !=(SkuTier left, SkuTier right) => !left.Equals(right);

    public static explicit operator string(SkuTier value) => value._value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is SkuTier other && Equals(other);

    public bool Equals(SkuTier other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value?.GetHashCode() ?? 0;

    public override string ToString() => _value;
}

[EnumType]
public readonly struct StorageAutoGrow : IEquatable<StorageAutoGrow>
{
    private readonly string _value;

    private StorageAutoGrow(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static StorageAutoGrow Enabled { get; } = new StorageAutoGrow("Enabled");
    public static StorageAutoGrow Disabled { get; } = new StorageAutoGrow("Disabled");

    public static bool operator ==(StorageAutoGrow left, StorageAutoGrow right) => left.Equals(right);

    public static bool operator !=(StorageAutoGrow left, StorageAutoGrow right) => !left.Equals(right);

    public static explicit operator string(StorageAutoGrow value) => value._value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is StorageAutoGrow other && Equals(other);

    public bool Equals(StorageAutoGrow other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value?.GetHashCode() ?? 0;

    public override string ToString() => _value;
}

[EnumType]
public readonly struct StorageType : IEquatable<StorageType>
{
    private readonly string _value;

    private StorageType(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static StorageType Premium_LRS { get; } = new StorageType("Premium_LRS");
    public static StorageType PremiumV2_LRS { get; } = new StorageType("PremiumV2_LRS");
    public static StorageType UltraSSD_LRS { get; } = new StorageType("UltraSSD_LRS");

    public static bool operator ==(StorageType left, StorageType right) => left.Equals(right);

    public static bool operator !=(StorageType left, StorageType right) => !left.Equals(right);

    public static explicit operator string(StorageType value) => value._value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is StorageType other && Equals(other);

    public bool Equals(StorageType other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value?.GetHashCode() ?? 0;

    public override string ToString() => _value;
}

// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and values (see build/offline-pulumi).
using System.ComponentModel;

namespace Pulumi.AzureNative.ContainerService;

[EnumType]
public readonly struct ScaleSetPriority : IEquatable<ScaleSetPriority>
{
    private readonly string _value;

    private ScaleSetPriority(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static ScaleSetPriority Spot { get; } = new ScaleSetPriority("Spot");
    public static ScaleSetPriority Regular { get; } = new ScaleSetPriority("Regular");

    public static bool operator ==(ScaleSetPriority left, ScaleSetPriority right) => left.Equals(right);

    public static bool operator !=(ScaleSetPriority left, ScaleSetPriority right) => !left.Equals(right);

    public static explicit operator string(ScaleSetPriority value) => value._value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is ScaleSetPriority other && Equals(other);

    public bool Equals(ScaleSetPriority other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value?.GetHashCode() ?? 0;

    public override string ToString() => _value;
}

[EnumType]
public readonly struct ScaleSetEvictionPolicy : IEquatable<ScaleSetEvictionPolicy>
{
    private readonly string _value;

    private ScaleSetEvictionPolicy(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static ScaleSetEvictionPolicy Delete { get; } = new ScaleSetEvictionPolicy("Delete");
    public static ScaleSetEvictionPolicy Deallocate { get; } = new ScaleSetEvictionPolicy("Deallocate");

    public static bool operator ==(ScaleSetEvictionPolicy left, ScaleSetEvictionPolicy right) => left.Equals(right);

    public static bool operator !=(ScaleSetEvictionPolicy left, ScaleSetEvictionPolicy right) => !left.Equals(right);

    public static explicit operator string(ScaleSetEvictionPolicy value) => value._value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is ScaleSetEvictionPolicy other && Equals(other);

    public bool Equals(ScaleSetEvictionPolicy other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value?.GetHashCode() ?? 0;

    public override string ToString() => _value;
}

[EnumType]
public readonly struct AgentPoolMode : IEquatable<AgentPoolMode>
{
    private readonly string _value;

    private AgentPoolMode(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static AgentPoolMode System { get; } = new AgentPoolMode("System");
    public static AgentPoolMode User { get; } = new AgentPoolMode("User");
    public static AgentPoolMode Gateway { get; } = new AgentPoolMode("Gateway");

    public static bool operator ==(AgentPoolMode left, AgentPoolMode right) => left.Equals(right);

    public static bool operator !=(AgentPoolMode left, AgentPoolMode right) => !left.Equals(right);

    public static explicit operator string(AgentPoolMode value) => value._value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is AgentPoolMode other && Equals(other);

    public bool Equals(AgentPoolMode other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value?.GetHashCode() ?? 0;

    public override string ToString() => _value;
}

[EnumType]
public readonly struct OSSKU : IEquatable<OSSKU>
{
    private readonly string _value;

    private OSSKU(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static OSSKU Ubuntu { get; } = new OSSKU("Ubuntu");
    public static OSSKU AzureLinux { get; } = new OSSKU("AzureLinux");
    public static OSSKU AzureLinux3 { get; } = new OSSKU("AzureLinux3");
    public static OSSKU CBLMariner { get; } = new OSSKU("CBLMariner");
    public static OSSKU Windows2019 { get; } = new OSSKU("Windows2019");
    public static OSSKU Windows2022 { get; } = new OSSKU("Windows2022");
    public static OSSKU Ubuntu2204 { get; } = new OSSKU("Ubuntu2204");

    public static bool operator ==(OSSKU left, OSSKU right) => left.Equals(right);

    public static bool operator !=(OSSKU left, OSSKU right) => !left.Equals(right);

    public static explicit operator string(OSSKU value) => value._value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is OSSKU other && Equals(other);

    public bool Equals(OSSKU other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value?.GetHashCode() ?? 0;

    public override string ToString() => _value;
}

[EnumType]
public readonly struct OSType : IEquatable<OSType>
{
    private readonly string _value;

    private OSType(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static OSType Linux { get; } = new OSType("Linux");
    public static OSType Windows { get; } = new OSType("Windows");

    public static bool operator ==(OSType left, OSType right) => left.Equals(right);

    public static bool operator !=(OSType left, OSType right) => !left.Equals(right);

    public static explicit operator string(OSType value) => value._value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is OSType other && Equals(other);

    public bool Equals(OSType other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value?.GetHashCode() ?? 0;

    public override string ToString() => _value;
}

[EnumType]
public readonly struct OSDiskType : IEquatable<OSDiskType>
{
    private readonly string _value;

    private OSDiskType(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static OSDiskType Managed { get; } = new OSDiskType("Managed");
    public static OSDiskType Ephemeral { get; } = new OSDiskType("Ephemeral");

    public static bool operator ==(OSDiskType left, OSDiskType right) => left.Equals(right);

    public static bool operator !=(OSDiskType left, OSDiskType right) => !left.Equals(right);

    public static explicit operator string(OSDiskType value) => value._value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is OSDiskType other && Equals(other);

    public bool Equals(OSDiskType other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value?.GetHashCode() ?? 0;

    public override string ToString() => _value;
}

[EnumType]
public readonly struct Expander : IEquatable<Expander>
{
    private readonly string _value;

    private Expander(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static Expander Least_waste { get; } = new Expander("least-waste");
    public static Expander Most_pods { get; } = new Expander("most-pods");
    public static Expander Priority { get; } = new Expander("priority");
    public static Expander Random { get; } = new Expander("random");

    public static bool operator ==(Expander left, Expander right) => left.Equals(right);

    public static bool operator !=(Expander left, Expander right) => !left.Equals(right);

    public static explicit operator string(Expander value) => value._value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is Expander other && Equals(other);

    public bool Equals(Expander other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value?.GetHashCode() ?? 0;

    public override string ToString() => _value;
}

[EnumType]
public readonly struct NetworkPlugin : IEquatable<NetworkPlugin>
{
    private readonly string _value;

    private NetworkPlugin(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static NetworkPlugin Azure { get; } = new NetworkPlugin("azure");
    public static NetworkPlugin Kubenet { get; } = new NetworkPlugin("kubenet");
    public static NetworkPlugin None { get; } = new NetworkPlugin("none");

    public static bool operator ==(NetworkPlugin left, NetworkPlugin right) => left.Equals(right);

    public static bool operator !=(NetworkPlugin left, NetworkPlugin right) => !left.Equals(right);

    public static explicit operator string(NetworkPlugin value) => value._value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is NetworkPlugin other && Equals(other);

    public bool Equals(NetworkPlugin other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value?.GetHashCode() ?? 0;

    public override string ToString() => _value;
}

[EnumType]
public readonly struct NetworkPluginMode : IEquatable<NetworkPluginMode>
{
    private readonly string _value;

    private NetworkPluginMode(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static NetworkPluginMode Overlay { get; } = new NetworkPluginMode("overlay");

    public static bool operator ==(NetworkPluginMode left, NetworkPluginMode right) => left.Equals(right);

    public static bool operator !=(NetworkPluginMode left, NetworkPluginMode right) => !left.Equals(right);

    public static explicit operator string(NetworkPluginMode value) => value._value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is NetworkPluginMode other && Equals(other);

    public bool Equals(NetworkPluginMode other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value?.GetHashCode() ?? 0;

    public override string ToString() => _value;
}

[EnumType]
public readonly struct NetworkPolicy : IEquatable<NetworkPolicy>
{
    private readonly string _value;

    private NetworkPolicy(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static NetworkPolicy None { get; } = new NetworkPolicy("none");
    public static NetworkPolicy Calico { get; } = new NetworkPolicy("calico");
    public static NetworkPolicy Azure { get; } = new NetworkPolicy("azure");
    public static NetworkPolicy Cilium { get; } = new NetworkPolicy("cilium");

    public static bool operator ==(NetworkPolicy left, NetworkPolicy right) => left.Equals(right);

    public static bool operator !=(NetworkPolicy left, NetworkPolicy right) => !left.Equals(right);

    public static explicit operator string(NetworkPolicy value) => value._value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is NetworkPolicy other && Equals(other);

    public bool Equals(NetworkPolicy other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value?.GetHashCode() ?? 0;

    public override string ToString() => _value;
}

[EnumType]
public readonly struct ResourceIdentityType : IEquatable<ResourceIdentityType>
{
    private readonly string _value;

    private ResourceIdentityType(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static ResourceIdentityType SystemAssigned { get; } = new ResourceIdentityType("SystemAssigned");
    public static ResourceIdentityType UserAssigned { get; } = new ResourceIdentityType("UserAssigned");
    public static ResourceIdentityType None { get; } = new ResourceIdentityType("None");

    public static bool operator ==(ResourceIdentityType left, ResourceIdentityType right) => left.Equals(right);

    public static bool operator !=(ResourceIdentityType left, ResourceIdentityType right) => !left.Equals(right);

    public static explicit operator string(ResourceIdentityType value) => value._value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is ResourceIdentityType other && Equals(other);

    public bool Equals(ResourceIdentityType other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value?.GetHashCode() ?? 0;

    public override string ToString() => _value;
}

[EnumType]
public readonly struct ManagedClusterSKUName : IEquatable<ManagedClusterSKUName>
{
    private readonly string _value;

    private ManagedClusterSKUName(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static ManagedClusterSKUName Base { get; } = new ManagedClusterSKUName("Base");
    public static ManagedClusterSKUName Automatic { get; } = new ManagedClusterSKUName("Automatic");

    public static bool operator ==(ManagedClusterSKUName left, ManagedClusterSKUName right) => left.Equals(right);

    public static bool operator !=(ManagedClusterSKUName left, ManagedClusterSKUName right) => !left.Equals(right);

    public static explicit operator string(ManagedClusterSKUName value) => value._value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is ManagedClusterSKUName other && Equals(other);

    public bool Equals(ManagedClusterSKUName other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value?.GetHashCode() ?? 0;

    public override string ToString() => _value;
}

[EnumType]
public readonly struct ManagedClusterSKUTier : IEquatable<ManagedClusterSKUTier>
{
    private readonly string _value;

    private ManagedClusterSKUTier(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static ManagedClusterSKUTier Premium { get; } = new ManagedClusterSKUTier("Premium");
    public static ManagedClusterSKUTier Standard { get; } = new ManagedClusterSKUTier("Standard");
    public static ManagedClusterSKUTier Free { get; } = new ManagedClusterSKUTier("Free");

    public static bool operator ==(ManagedClusterSKUTier left, ManagedClusterSKUTier right) => left.Equals(right);

    public static bool operator !=(ManagedClusterSKUTier left, ManagedClusterSKUTier right) => !left.Equals(right);

    public static explicit operator string(ManagedClusterSKUTier value) => value._value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is ManagedClusterSKUTier other && Equals(other);

    public bool Equals(ManagedClusterSKUTier other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value?.GetHashCode() ?? 0;

    public override string ToString() => _value;
}

[EnumType]
public readonly struct KubeletDiskType : IEquatable<KubeletDiskType>
{
    private readonly string _value;

    private KubeletDiskType(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static KubeletDiskType OS { get; } = new KubeletDiskType("OS");
    public static KubeletDiskType Temporary { get; } = new KubeletDiskType("Temporary");

    public static bool operator ==(KubeletDiskType left, KubeletDiskType right) => left.Equals(right);

    public static bool operator !=(KubeletDiskType left, KubeletDiskType right) => !left.Equals(right);

    public static explicit operator string(KubeletDiskType value) => value._value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is KubeletDiskType other && Equals(other);

    public bool Equals(KubeletDiskType other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value?.GetHashCode() ?? 0;

    public override string ToString() => _value;
}

[EnumType]
public readonly struct OutboundType : IEquatable<OutboundType>
{
    private readonly string _value;

    private OutboundType(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static OutboundType LoadBalancer { get; } = new OutboundType("loadBalancer");
    public static OutboundType UserDefinedRouting { get; } = new OutboundType("userDefinedRouting");
    public static OutboundType ManagedNATGateway { get; } = new OutboundType("managedNATGateway");
    public static OutboundType UserAssignedNATGateway { get; } = new OutboundType("userAssignedNATGateway");
    public static OutboundType None { get; } = new OutboundType("none");

    public static bool operator ==(OutboundType left, OutboundType right) => left.Equals(right);

    public static bool operator !=(OutboundType left, OutboundType right) => !left.Equals(right);

    public static explicit operator string(OutboundType value) => value._value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is OutboundType other && Equals(other);

    public bool Equals(OutboundType other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value?.GetHashCode() ?? 0;

    public override string ToString() => _value;
}

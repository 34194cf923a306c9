// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.ComponentModel;

namespace Pulumi.Kubernetes.Core.V1;

/// <summary>How a Service is exposed.</summary>
[EnumType]
public readonly struct ServiceSpecType : IEquatable<ServiceSpecType>
{
    private readonly string _value;

    private ServiceSpecType(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static ServiceSpecType ExternalName { get; } = new ServiceSpecType("ExternalName");
    public static ServiceSpecType ClusterIP { get; } = new ServiceSpecType("ClusterIP");
    public static ServiceSpecType NodePort { get; } = new ServiceSpecType("NodePort");
    public static ServiceSpecType LoadBalancer { get; } = new ServiceSpecType("LoadBalancer");

    public static bool operator ==(ServiceSpecType left, ServiceSpecType right) => left.Equals(right);
    public static bool operator !=(ServiceSpecType left, ServiceSpecType right) => !left.Equals(right);

    public static explicit operator string(ServiceSpecType value) => value._value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is ServiceSpecType other && Equals(other);
    public bool Equals(ServiceSpecType other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value?.GetHashCode() ?? 0;

    public override string ToString() => _value;
}

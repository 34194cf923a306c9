// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and values (see build/offline-pulumi).
using System.ComponentModel;

namespace Pulumi.AzureNative.OperationalInsights;

[EnumType]
public readonly struct WorkspaceSkuNameEnum : IEquatable<WorkspaceSkuNameEnum>
{
    private readonly string _value;

    private WorkspaceSkuNameEnum(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static WorkspaceSkuNameEnum Free { get; } = new WorkspaceSkuNameEnum("Free");
    public static WorkspaceSkuNameEnum Standard { get; } = new WorkspaceSkuNameEnum("Standard");
    public static WorkspaceSkuNameEnum Premium { get; } = new WorkspaceSkuNameEnum("Premium");
    public static WorkspaceSkuNameEnum PerNode { get; } = new WorkspaceSkuNameEnum("PerNode");
    public static WorkspaceSkuNameEnum PerGB2018 { get; } = new WorkspaceSkuNameEnum("PerGB2018");
    public static WorkspaceSkuNameEnum Standalone { get; } = new WorkspaceSkuNameEnum("Standalone");
    public static WorkspaceSkuNameEnum CapacityReservation { get; } = new WorkspaceSkuNameEnum("CapacityReservation");
    public static WorkspaceSkuNameEnum LACluster { get; } = new WorkspaceSkuNameEnum("LACluster");

    public static bool operator ==(WorkspaceSkuNameEnum left, WorkspaceSkuNameEnum right) => left.Equals(right);

    public static bool operator !=(WorkspaceSkuNameEnum left, WorkspaceSkuNameEnum right) => !left.Equals(right);

    public static explicit operator string(WorkspaceSkuNameEnum value) => value._value;

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is WorkspaceSkuNameEnum other && Equals(other);

    public bool Equals(WorkspaceSkuNameEnum other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value?.GetHashCode() ?? 0;

    public override string ToString() => _value;
}

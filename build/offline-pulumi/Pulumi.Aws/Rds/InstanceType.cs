// Offline stand-in: Pulumi.Aws 7.48.0 has this enum (rds.InstanceType, the union member of InstanceArgs.instanceClass);
// it is modelled by name only, like the NamesOnly.cs types, so no code can come to depend on its values offline.
namespace Pulumi.Aws.Rds;

public readonly struct InstanceType
{
}

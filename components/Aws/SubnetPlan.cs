using System.Collections.Immutable;
using System.Globalization;
using System.Net;

namespace MlPlatform.Components.Aws;

/// <summary>
/// How the VPC range is cut: per zone one large private subnet for nodes and pods (the VPC CNI gives every pod a VPC
/// address, so node subnets need room) and one small public subnet for NAT gateways and internet-facing load balancers.
/// </summary>
/// <param name="PrivateCidrs">One per zone: the VPC range split in eight, the first blocks (a /16 gives /19s).</param>
/// <param name="PublicCidrs">One per zone: small blocks (/24 of a /16) from the last eighth.</param>
public sealed record SubnetPlan(ImmutableArray<string> Zones, ImmutableArray<string> PrivateCidrs, ImmutableArray<string> PublicCidrs)
{
    public const int MaxZones = 6;

    /// <summary>Plans <paramref name="zoneCount"/> zones of <paramref name="region"/> (<c>&lt;region&gt;a</c>, <c>b</c>, …).</summary>
    public static SubnetPlan For(string vpcCidr, string region, int zoneCount)
    {
        var errors = new List<SpecError>();
        if (zoneCount is < 2 or > MaxZones)
        {
            errors.Add(new SpecError("cluster.availabilityZones", $"must be between 2 and {MaxZones} (got {zoneCount})"));
        }

        if (!TryParse(vpcCidr, out var network, out var prefix) || prefix is < 16 or > 20)
        {
            errors.Add(new SpecError("cluster.networkCidr", $"must be an IPv4 CIDR with a prefix between /16 and /20 (got '{vpcCidr}')"));
        }

        InvalidSpecException.ThrowIfAny(errors);
        var privatePrefix = prefix + 3;
        var publicPrefix = prefix + 8;
        var privateSize = 1u << (32 - privatePrefix);
        var publicSize = 1u << (32 - publicPrefix);
        var lastEighth = network + (7 * privateSize);
        var zones = Enumerable.Range(0, zoneCount).Select(i => $"{region}{(char)('a' + i)}").ToImmutableArray();
        var privates = Enumerable.Range(0, zoneCount).Select(i => Format(network + ((uint)i * privateSize), privatePrefix)).ToImmutableArray();
        var publics = Enumerable.Range(0, zoneCount).Select(i => Format(lastEighth + ((uint)i * publicSize), publicPrefix)).ToImmutableArray();
        return new SubnetPlan(zones, privates, publics);
    }

    private static bool TryParse(string cidr, out uint network, out int prefix)
    {
        network = 0;
        prefix = 0;
        var parts = (cidr ?? string.Empty).Split('/');
        if (parts.Length != 2 || !IPAddress.TryParse(parts[0], out var address) || address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetwork
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out prefix) || prefix is < 0 or > 32)
        {
            return false;
        }

        var bytes = address.GetAddressBytes();
        var value = ((uint)bytes[0] << 24) | ((uint)bytes[1] << 16) | ((uint)bytes[2] << 8) | bytes[3];
        var mask = prefix == 0 ? 0u : uint.MaxValue << (32 - prefix);
        network = value & mask;
        return network == value;
    }

    private static string Format(uint value, int prefix) =>
        string.Create(CultureInfo.InvariantCulture, $"{value >> 24}.{(value >> 16) & 255}.{(value >> 8) & 255}.{value & 255}/{prefix}");
}

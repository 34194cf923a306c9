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

    /// <summary>The largest VPC range: a /16 (AWS's limit for one VPC CIDR block).</summary>
    public const int MinPrefix = 16;

    /// <summary>The smallest VPC range: a /20 still gives each zone a /23 node subnet and a /28 public one.</summary>
    public const int MaxPrefix = 20;

    /// <summary>
    /// Plans <paramref name="zoneCount"/> zones of <paramref name="region"/>: the given <paramref name="zones"/>, or else
    /// <c>&lt;region&gt;a</c>, <c>b</c>, … (which every account has in most regions, but not in all: us-west-1 and
    /// ap-northeast-1 skip letters, so those stacks name their zones).
    /// </summary>
    public static SubnetPlan For(string vpcCidr, string region, int zoneCount, IReadOnlyList<string>? zones = null)
    {
        // The stack config is checked with Validate before any component exists; this is an assertion.
        InvalidSpecException.ThrowIfAny(Validate(vpcCidr, region, zoneCount, zones));
        _ = TryParse(vpcCidr, out var network, out var prefix);
        var privatePrefix = prefix + 3;
        var publicPrefix = prefix + 8;
        var privateSize = 1u << (32 - privatePrefix);
        var publicSize = 1u << (32 - publicPrefix);
        var lastEighth = network + (7 * privateSize);
        var planned = zones is { Count: > 0 } ? [.. zones] : Enumerable.Range(0, zoneCount).Select(i => $"{region}{(char)('a' + i)}").ToImmutableArray();
        var privates = Enumerable.Range(0, zoneCount).Select(i => Format(network + ((uint)i * privateSize), privatePrefix)).ToImmutableArray();
        var publics = Enumerable.Range(0, zoneCount).Select(i => Format(lastEighth + ((uint)i * publicSize), publicPrefix)).ToImmutableArray();
        return new SubnetPlan(planned, privates, publics);
    }

    /// <summary>
    /// Every problem of a VPC range and zone list, each naming its field under <paramref name="path"/> (the stack's
    /// <c>mlplatform:cluster</c>; components pass <c>cluster</c>).
    /// </summary>
    public static IReadOnlyList<SpecError> Validate(string vpcCidr, string region, int zoneCount, IReadOnlyList<string>? zones = null, string path = "cluster")
    {
        var errors = new List<SpecError>();
        if (zoneCount is < 2 or > MaxZones)
        {
            errors.Add(new SpecError($"{path}.availabilityZones", $"must be between 2 and {MaxZones} (got {zoneCount})"));
        }

        if (zones is { Count: > 0 })
        {
            errors.AddRange(ZoneErrors(region, zoneCount, zones, path));
        }

        if (!TryParse(vpcCidr, out _, out var prefix) || prefix is < MinPrefix or > MaxPrefix)
        {
            errors.Add(new SpecError($"{path}.networkCidr", $"must be an IPv4 CIDR with a prefix between /{MinPrefix} and /{MaxPrefix} (got '{vpcCidr}')"));
        }

        return errors;
    }

    /// <summary>Problems of an explicit zone list: each a distinct zone of the region, as many as the zone count.</summary>
    public static IReadOnlyList<SpecError> ZoneErrors(string region, int zoneCount, IReadOnlyList<string> zones, string path = "cluster")
    {
        ArgumentNullException.ThrowIfNull(zones);
        var errors = new List<SpecError>();
        if (zones.Count != zoneCount)
        {
            errors.Add(new SpecError($"{path}.zones", $"lists {zones.Count} zones but {path}.availabilityZones is {zoneCount}"));
        }

        for (var i = 0; i < zones.Count; i++)
        {
            var zone = zones[i];
            if (zone.Length != region.Length + 1 || !zone.StartsWith(region, StringComparison.Ordinal) || zone[^1] is < 'a' or > 'z')
            {
                errors.Add(new SpecError($"{path}.zones[{i}]", $"must be a zone of {region}: the region and one letter, e.g. {region}b (got '{zone}')"));
            }
            else if (zones.Take(i).Contains(zone, StringComparer.Ordinal))
            {
                errors.Add(new SpecError($"{path}.zones[{i}]", $"'{zone}' is listed twice"));
            }
        }

        return errors;
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

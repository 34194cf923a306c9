using System.Globalization;
using System.Net;

namespace MlPlatform.Components.Azure;

/// <summary>
/// How the VNet's range is divided: the first half for nodes (pods get overlay addresses outside the VNet), a
/// sixteenth after it for private endpoints (registry, storage), and the next sixteenth for the scheduler's PostgreSQL
/// Flexible Server, which needs a subnet of its own delegated to it. AKS's service and pod ranges must not overlap the VNet.
/// </summary>
/// <param name="NodesCidr">Subnet of every node pool.</param>
/// <param name="EndpointsCidr">Subnet of private endpoints.</param>
/// <param name="DatabaseCidr">Subnet delegated to PostgreSQL Flexible Server (used only with <c>stateStore: postgres</c>).</param>
public sealed record SubnetPlan(string NodesCidr, string EndpointsCidr, string DatabaseCidr)
{
    /// <summary>The subnet every node pool is in.</summary>
    public const string NodesSubnetName = "nodes";

    /// <summary>The subnet private endpoints take their addresses from (registry, storage).</summary>
    public const string EndpointsSubnetName = "private-endpoints";

    /// <summary>The subnet delegated to PostgreSQL Flexible Server (nothing else may be in it).</summary>
    public const string DatabaseSubnetName = "postgres";

    /// <summary>The delegation a Flexible Server's subnet must carry.</summary>
    public const string DatabaseDelegation = "Microsoft.DBforPostgreSQL/flexibleServers";

    /// <summary>
    /// <c>privateEndpointNetworkPolicies</c> of the endpoint subnet: NSGs and route tables apply to private endpoints
    /// (Azure's default, <c>Disabled</c>, exempts them).
    /// </summary>
    public const string EndpointNetworkPolicies = "Enabled";

    /// <summary>Kubernetes service range (outside any VNet range the config allows).</summary>
    public const string ServiceCidr = "172.16.0.0/16";

    /// <summary>The cluster DNS service address inside <see cref="ServiceCidr"/>.</summary>
    public const string DnsServiceIp = "172.16.0.10";

    /// <summary>Azure CNI overlay pod range.</summary>
    public const string PodCidr = "192.168.0.0/16";

    /// <summary>Divides <paramref name="networkCidr"/> (an IPv4 range between /16 and /24).</summary>
    public static SubnetPlan For(string networkCidr)
    {
        ArgumentException.ThrowIfNullOrEmpty(networkCidr);
        var parts = networkCidr.Split('/');
        if (parts.Length != 2 || !IPAddress.TryParse(parts[0], out var address) || address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetwork
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var prefix) || prefix is < 8 or > 24)
        {
            throw new ArgumentException($"'{networkCidr}' is not an IPv4 CIDR between /8 and /24", nameof(networkCidr));
        }

        var bytes = address.GetAddressBytes();
        var baseAddress = (uint)((bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3]);
        var mask = prefix == 0 ? 0u : uint.MaxValue << (32 - prefix);
        baseAddress &= mask;
        var half = 1u << (32 - prefix - 1);
        var sixteenth = 1u << (32 - prefix - 4);
        return new SubnetPlan(Format(baseAddress, prefix + 1), Format(baseAddress + half, prefix + 4), Format(baseAddress + half + sixteenth, prefix + 4));
    }

    private static string Format(uint address, int prefix) =>
        string.Create(CultureInfo.InvariantCulture, $"{address >> 24}.{(address >> 16) & 0xff}.{(address >> 8) & 0xff}.{address & 0xff}/{prefix}");
}

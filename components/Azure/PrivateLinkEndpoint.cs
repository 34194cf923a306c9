using Pulumi;
using Pulumi.AzureNative.Network;
using Pulumi.AzureNative.Network.Inputs;

namespace MlPlatform.Components.Azure;

/// <summary>
/// A private endpoint for one sub-resource (group ID) of a target, in the private-endpoint subnet, with a DNS zone
/// group that keeps the endpoint's A records in the stack's shared private DNS zone for that group (Azure adds and
/// removes them with the endpoint). The zone itself is created once per stack by <see cref="PrivateDnsZones"/>.
/// </summary>
public sealed class PrivateLinkEndpoint : ComponentResource
{
    public const string TypeToken = "mlplatform:azure:PrivateLinkEndpoint";

    /// <summary>The name of the DNS zone group every endpoint gets (one per endpoint).</summary>
    public const string ZoneGroupName = "default";

    public PrivateLinkEndpoint(string name, PrivateLinkEndpointArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        InvalidSpecException.ThrowIfAny(Validate(args));
        var zoneName = PrivateLinkGroups.ZoneName(args.GroupId);
        var endpoint = new PrivateEndpoint($"{name}-endpoint", new PrivateEndpointArgs
        {
            PrivateEndpointName = args.EndpointName,
            ResourceGroupName = args.ResourceGroupName,
            Location = args.Location,
            Subnet = new Pulumi.AzureNative.Network.Inputs.SubnetArgs { Id = args.SubnetId },
            // Azure's generated NIC name ends in a random suffix; a stable one keeps the network resource group readable.
            CustomNetworkInterfaceName = NetworkInterfaceName(args.EndpointName),
            PrivateLinkServiceConnections =
            {
                new PrivateLinkServiceConnectionArgs
                {
                    Name = args.EndpointName,
                    PrivateLinkServiceId = args.TargetResourceId,
                    GroupIds = { args.GroupId },
                },
            },
            Tags = args.Tags.For(),
        }, new CustomResourceOptions { Parent = this });

        var zoneGroup = new PrivateDnsZoneGroup($"{name}-dns", new PrivateDnsZoneGroupArgs
        {
            PrivateDnsZoneGroupName = ZoneGroupName,
            PrivateEndpointName = args.EndpointName,
            ResourceGroupName = args.ResourceGroupName,
            PrivateDnsZoneConfigs =
            {
                new PrivateDnsZoneConfigArgs { Name = PrivateLinkGroups.ZoneConfigName(zoneName), PrivateDnsZoneId = args.DnsZoneId },
            },
        }, new CustomResourceOptions { Parent = this, DependsOn = { endpoint } });

        EndpointId = endpoint.Id;
        EndpointName = Output.Create(args.EndpointName);
        ZoneName = Output.Create(zoneName);
        DnsZoneGroupId = zoneGroup.Id;
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["endpointId"] = EndpointId,
            ["endpointName"] = EndpointName,
            ["zoneName"] = ZoneName,
            ["dnsZoneGroupId"] = DnsZoneGroupId,
        });
    }

    [Output("endpointId")]
    public Output<string> EndpointId { get; private set; }

    [Output("endpointName")]
    public Output<string> EndpointName { get; private set; }

    /// <summary>The private DNS zone the endpoint's records are in.</summary>
    [Output("zoneName")]
    public Output<string> ZoneName { get; private set; }

    [Output("dnsZoneGroupId")]
    public Output<string> DnsZoneGroupId { get; private set; }

    /// <summary>The endpoint of <paramref name="target"/> in an environment: <c>&lt;prefix&gt;-&lt;target&gt;-pe</c>.</summary>
    public static string NameFor(string prefix, string target) =>
        AzureNaming.For(AzureResourceKind.PrivateEndpoint, prefix, target, "pe");

    /// <summary>The endpoint's network interface: <c>&lt;endpoint&gt;-nic</c>.</summary>
    public static string NetworkInterfaceName(string endpointName) =>
        AzureNaming.For(AzureResourceKind.NetworkInterface, endpointName, "nic");

    /// <summary>Every problem of <paramref name="args"/>.</summary>
    public static IReadOnlyList<SpecError> Validate(PrivateLinkEndpointArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var errors = new List<SpecError>();
        if (AzureNaming.Validate(AzureResourceKind.PrivateEndpoint, args.EndpointName ?? string.Empty, "privateEndpoint.name") is { } name)
        {
            errors.Add(name);
        }

        if (!PrivateLinkGroups.IsKnown(args.GroupId))
        {
            errors.Add(new SpecError("privateEndpoint.groupId", $"'{args.GroupId}' is not a known Private Link group ID (known: {string.Join(", ", PrivateLinkGroups.Known)})"));
        }

        return errors;
    }
}

using System.Collections.Immutable;
using Pulumi;
using Pulumi.AzureNative.PrivateDns;
using Pulumi.AzureNative.PrivateDns.Inputs;

namespace MlPlatform.Components.Azure;

/// <summary>
/// The stack's private DNS zones for Private Link, one per group ID (<c>privatelink.azurecr.io</c>,
/// <c>privatelink.blob.core.windows.net</c>, …), each linked to the cluster VNet without auto-registration. Created
/// once per stack and shared: every private endpoint of a group registers its records in the same zone through its
/// DNS zone group (<see cref="PrivateLinkEndpoint"/>), so names like <c>&lt;account&gt;.blob.core.windows.net</c>
/// resolve to private addresses inside the VNet and to nothing usable outside it.
/// </summary>
public sealed class PrivateDnsZones : ComponentResource
{
    public const string TypeToken = "mlplatform:azure:PrivateDnsZones";

    public PrivateDnsZones(string name, PrivateDnsZonesArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        InvalidSpecException.ThrowIfAny(Validate(args));
        var tags = args.Tags.For();
        var ids = ImmutableDictionary.CreateBuilder<string, Output<string>>(StringComparer.Ordinal);
        var zoneIds = new List<Output<KeyValuePair<string, string>>>();
        foreach (var groupId in args.GroupIds.Distinct().Order(StringComparer.Ordinal))
        {
            var zoneName = PrivateLinkGroups.ZoneName(groupId);
            var zone = new PrivateZone($"{name}-{groupId}", new PrivateZoneArgs
            {
                PrivateZoneName = zoneName,
                ResourceGroupName = args.ResourceGroupName,
                Location = PrivateLinkGroups.DnsZoneLocation,
                Tags = tags,
            }, new CustomResourceOptions { Parent = this });

            _ = new VirtualNetworkLink($"{name}-{groupId}-link", new VirtualNetworkLinkArgs
            {
                VirtualNetworkLinkName = LinkName(args.Prefix, groupId),
                PrivateZoneName = zoneName,
                ResourceGroupName = args.ResourceGroupName,
                Location = PrivateLinkGroups.DnsZoneLocation,
                VirtualNetwork = new SubResourceArgs { Id = args.VnetId },
                // Endpoints register their own records through DNS zone groups; VMs must not add theirs.
                RegistrationEnabled = false,
                Tags = tags,
            }, new CustomResourceOptions { Parent = this, DependsOn = { zone } });

            ids[groupId] = zone.Id;
            zoneIds.Add(zone.Id.Apply(id => KeyValuePair.Create(zoneName, id)));
        }

        DnsZoneIdsByGroup = ids.ToImmutable();
        ZoneIds = Output.All(zoneIds).Apply(pairs => pairs.ToImmutableDictionary(StringComparer.Ordinal));
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["zoneIds"] = ZoneIds,
        });
    }

    /// <summary>Zone ID by Private Link group ID.</summary>
    public ImmutableDictionary<string, Output<string>> DnsZoneIdsByGroup { get; }

    /// <summary>Zone ID by zone name (<c>privatelink.azurecr.io</c> → its resource ID).</summary>
    [Output("zoneIds")]
    public Output<ImmutableDictionary<string, string>> ZoneIds { get; private set; }

    /// <summary>Where components put their private endpoints: <paramref name="subnetId"/> and these zones.</summary>
    public PrivateAccess Access(Input<string> subnetId) => new(subnetId, DnsZoneIdsByGroup);

    /// <summary>The VNet link of a group's zone: <c>&lt;prefix&gt;-&lt;group&gt;-link</c>.</summary>
    public static string LinkName(string prefix, string groupId) =>
        AzureNaming.For(AzureResourceKind.PrivateDnsZoneLink, prefix, groupId, "link");

    /// <summary>Every problem of <paramref name="args"/>.</summary>
    public static IReadOnlyList<SpecError> Validate(PrivateDnsZonesArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var errors = new List<SpecError>();
        var groupIds = args.GroupIds.IsDefault ? [] : args.GroupIds;
        if (groupIds.IsEmpty)
        {
            errors.Add(new SpecError("privateDnsZones.groupIds", "must list at least one Private Link group ID"));
        }

        for (var i = 0; i < groupIds.Length; i++)
        {
            if (!PrivateLinkGroups.IsKnown(groupIds[i]))
            {
                errors.Add(new SpecError($"privateDnsZones.groupIds[{i}]", $"'{groupIds[i]}' is not a known Private Link group ID (known: {string.Join(", ", PrivateLinkGroups.Known)})"));
            }
        }

        return errors;
    }
}

using System.Collections.Immutable;

namespace MlPlatform.Components.Azure;

/// <summary>
/// Which platform resources get private endpoints, and so which private DNS zones the stack needs: when private
/// endpoints are on, the registry (<c>registry</c>), the model store and, when the dataset cache is on, the dataset
/// store (<c>blob</c> each). Zones are per stack and shared by every endpoint of their group.
/// </summary>
/// <param name="Targets">The resources that get an endpoint, in declaration order; empty when private endpoints are off.</param>
public sealed record PrivateEndpointPlan(ImmutableArray<PrivateEndpointTarget> Targets)
{
    /// <summary>The container registry.</summary>
    public const string Registry = "registry";

    /// <summary>The model store's storage account.</summary>
    public const string ModelStore = "models";

    /// <summary>The dataset cache's storage account.</summary>
    public const string DatasetStore = "datasets";

    /// <summary>Whether any resource gets an endpoint.</summary>
    public bool Enabled => !Targets.IsDefaultOrEmpty;

    /// <summary>The group IDs the endpoints use, each once, in order: one private DNS zone each.</summary>
    public ImmutableArray<string> GroupIds => [.. (Targets.IsDefault ? [] : Targets).Select(t => t.GroupId).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>The private DNS zones the stack creates, each once.</summary>
    public ImmutableArray<string> ZoneNames => [.. GroupIds.Select(PrivateLinkGroups.ZoneName)];

    /// <summary>Whether <paramref name="resource"/> gets an endpoint.</summary>
    public bool Covers(string resource) => Enabled && Targets.Any(t => t.Resource == resource);

    /// <summary>The plan for a stack with private endpoints on or off, with or without the dataset cache.</summary>
    public static PrivateEndpointPlan For(bool privateEndpoints, bool datasetCache)
    {
        if (!privateEndpoints)
        {
            return new PrivateEndpointPlan([]);
        }

        var targets = ImmutableArray.CreateBuilder<PrivateEndpointTarget>();
        targets.Add(new PrivateEndpointTarget(Registry, PrivateLinkGroups.Registry));
        targets.Add(new PrivateEndpointTarget(ModelStore, PrivateLinkGroups.Blob));
        if (datasetCache)
        {
            targets.Add(new PrivateEndpointTarget(DatasetStore, PrivateLinkGroups.Blob));
        }

        return new PrivateEndpointPlan(targets.ToImmutable());
    }

    /// <summary>
    /// The problem with private endpoints on a registry that is not Premium (ACR offers Private Link on Premium only),
    /// or null. <paramref name="privateEndpointsPath"/> and <paramref name="premiumPath"/> name the settings.
    /// </summary>
    public static SpecError? RegistryTierProblem(bool privateEndpoints, bool premium, string privateEndpointsPath, string premiumPath) =>
        privateEndpoints && !premium
            ? new SpecError(privateEndpointsPath, $"needs a Premium container registry: ACR private endpoints are a Premium feature (set {premiumPath} to premium, or turn private endpoints off)")
            : null;
}

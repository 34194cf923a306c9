namespace MlPlatform.Stacks.Config;

/// <summary>How the platform's data services are reached (Azure).</summary>
/// <param name="PrivateEndpoints">
/// The container registry and the storage accounts (model store, dataset cache) are reached only through private
/// endpoints in the cluster VNet, with public network access disabled. Default: on in production on azure, off
/// otherwise (dev stays public and cheaper). Needs a Premium registry.
/// </param>
public sealed record NetworkSpec(bool PrivateEndpoints);

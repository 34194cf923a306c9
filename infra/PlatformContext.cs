using MlPlatform.CostModel;
using MlPlatform.Stacks.Config;

namespace MlPlatform.Infra;

/// <summary>What every part of the program needs: the validated config and the price tables.</summary>
public sealed record PlatformContext(PlatformConfig Config, PriceCatalog Prices);

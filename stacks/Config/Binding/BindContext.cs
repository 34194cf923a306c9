using MlPlatform.CostModel;

namespace MlPlatform.Stacks.Config.Binding;

/// <summary>What section binders share: the cloud and environment kind that pick defaults, and the error list.</summary>
internal sealed record BindContext(Cloud Cloud, bool Production, ConfigErrors Errors);

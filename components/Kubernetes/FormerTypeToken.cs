using Pulumi;

namespace MlPlatform.Components.Kubernetes;

/// <summary>
/// Options of a component whose type token was renamed: an alias on the former token, so stacks deployed before the
/// rename keep the component and, through the alias its children inherit, everything under it.
/// </summary>
internal static class FormerTypeToken
{
    public static ComponentResourceOptions Alias(ComponentResourceOptions? options, string formerToken) =>
        ComponentResourceOptions.Merge(options, new ComponentResourceOptions { Aliases = { new Pulumi.Alias { Type = formerToken } } });
}

namespace MlPlatform.Policies;

/// <summary>
/// Container repositories have immutable tags (ECR <c>imageTagMutability</c> <c>IMMUTABLE</c> or
/// <c>IMMUTABLE_WITH_EXCLUSION</c>; the default is mutable), so a deployed tag always names the same image.
/// Azure Container Registry has no registry-level tag immutability in its resource model (locks are set per image),
/// so the rule does not apply there.
/// </summary>
public sealed class RegistryImmutableTagsRule : IPolicyRule
{
    public string Id => RuleIds.RegistryImmutableTags;

    public string Description => "Container repositories have immutable tags.";

    public RuleScope Scope => RuleScope.Resource;

    public IReadOnlyList<string> ConfigKeys => [];

    public EnforcementLevel DefaultEnforcement(PolicyContext context) => EnforcementLevel.Mandatory;

    public IEnumerable<PolicyViolation> Evaluate(PolicyInput input, PolicyContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        foreach (var repository in input.OfType(ResourceTypes.EcrRepository))
        {
            var mutability = repository.Input("imageTagMutability");
            if (!Values.IsUnknown(mutability) && Values.AsString(mutability) is not ("IMMUTABLE" or "IMMUTABLE_WITH_EXCLUSION"))
            {
                yield return new PolicyViolation(Id, repository.Urn, $"imageTagMutability {Values.AsString(mutability) ?? "MUTABLE (default)"}", "imageTagMutability IMMUTABLE", $"repository '{repository.Name}' lets tags be overwritten");
            }
        }
    }
}

namespace MlPlatform.Policies;

/// <summary>
/// The gate fails closed: capacity it cannot read (an unknown or secret node count or type, a GPU NodePool without a
/// GPU limit, a pending operation an interrupted update left on it) and anything the cost model cannot price (an instance type missing from the price tables) is a violation
/// naming what could not be read, never $0 and a pass. A stack may soften it to advisory through
/// <c>mlplatform:policy.unverifiable: advisory</c> (or <c>policy.enforcement</c>).
/// </summary>
public sealed class UnverifiableCapacityRule : IPolicyRule
{
    public string Id => RuleIds.UnverifiableCapacity;

    public string Description => "Every capacity source can be read and priced (unreadable capacity fails the gate).";

    public RuleScope Scope => RuleScope.Stack;

    public IReadOnlyList<string> ConfigKeys => ["policy.unverifiable", "policy.enforcement"];

    public EnforcementLevel DefaultEnforcement(PolicyContext context) => EnforcementLevel.Mandatory;

    public IEnumerable<PolicyViolation> Evaluate(PolicyInput input, PolicyContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        foreach (var resource in input.OfTypes([.. ScalingGroupReader.Types]))
        {
            if (resource.PendingOperation is { } pending)
            {
                yield return new PolicyViolation(Id, resource.Urn, $"pending '{pending}' operation", "readable capacity", $"an interrupted update left '{resource.Name}' {pending}: whether it exists, and at what size, is unknown until `pulumi refresh`");
            }
            else if (ScalingGroupReader.Unreadable(resource, context, input.Find) is { } why)
            {
                yield return new PolicyViolation(Id, resource.Urn, why, "readable capacity", $"the capacity of '{resource.Name}' cannot be verified: {why}");
            }
        }

        // Unpriced entries are "<urn>: <why>" (URNs contain no ": ").
        foreach (var entry in input.Costs.Unpriced)
        {
            var split = entry.IndexOf(": ", StringComparison.Ordinal);
            var urn = split > 0 ? entry[..split] : input.StackUrn(context);
            var why = split > 0 ? entry[(split + 2)..] : entry;
            yield return new PolicyViolation(Id, urn, why, "priced", $"cannot be priced: {why}");
        }
    }
}

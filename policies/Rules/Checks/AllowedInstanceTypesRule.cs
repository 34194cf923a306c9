namespace MlPlatform.Policies;

/// <summary>
/// GPU node groups (and any resource naming a GPU instance type) use only <c>policy.allowedInstanceTypes</c>. CPU types
/// of system pools are not restricted.
/// </summary>
public sealed class AllowedInstanceTypesRule : IPolicyRule
{
    public string Id => RuleIds.AllowedInstanceTypes;

    public string Description => "GPU capacity uses only the instance types / VM sizes allowed in the environment.";

    public RuleScope Scope => RuleScope.Resource;

    public IReadOnlyList<string> ConfigKeys => ["policy.allowedInstanceTypes"];

    public EnforcementLevel DefaultEnforcement(PolicyContext context) => EnforcementLevel.Mandatory;

    public IEnumerable<PolicyViolation> Evaluate(PolicyInput input, PolicyContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var allowed = context.Limits.AllowedInstanceTypes;
        if (allowed.IsDefaultOrEmpty)
        {
            yield break;
        }

        var limit = string.Join(", ", allowed);
        bool Allowed(string type) => allowed.Contains(type, StringComparer.OrdinalIgnoreCase);
        foreach (var resource in input.OfTypes([.. ScalingGroupReader.Types]))
        {
            foreach (var group in ScalingGroupReader.Read(resource, context, input.Find))
            {
                foreach (var type in group.InstanceTypes.Where(t => !Allowed(t) && (group.IsGpu || context.Costs.IsGpuType(context.Cloud, t))))
                {
                    yield return new PolicyViolation(Id, resource.Urn, type, limit, $"GPU pool '{group.Pool}' uses '{type}', which is not allowed in {context.Environment}");
                }
            }
        }

        foreach (var resource in input.OfTypes(ResourceTypes.LaunchTemplate, ResourceTypes.Ec2Instance))
        {
            if (Values.AsString(resource.Input("instanceType")) is { } type && !Allowed(type) && context.Costs.IsGpuType(context.Cloud, type))
            {
                yield return new PolicyViolation(Id, resource.Urn, type, limit, $"'{type}' is a GPU type not allowed in {context.Environment}");
            }
        }
    }
}

namespace MlPlatform.Policies;

/// <summary>
/// Nodes require IMDSv2 (session tokens), so a compromised pod cannot read node credentials through a simple SSRF:
/// launch templates, launch configurations and instances set <c>metadataOptions.httpTokens = "required"</c> (the EC2 default is
/// <c>optional</c>); EKS node groups use a launch template (their default one does not require tokens); Karpenter
/// node classes do not relax their default (<c>required</c>).
/// </summary>
public sealed class Imdsv2RequiredRule : IPolicyRule
{
    public string Id => RuleIds.Imdsv2Required;

    public string Description => "Nodes require IMDSv2 (metadata session tokens).";

    public RuleScope Scope => RuleScope.Resource;

    public IReadOnlyList<string> ConfigKeys => [];

    public EnforcementLevel DefaultEnforcement(PolicyContext context) => EnforcementLevel.Mandatory;

    public IEnumerable<PolicyViolation> Evaluate(PolicyInput input, PolicyContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        // Launch configurations (what self-managed Auto Scaling groups such as pulumi-eks NodeGroup use) carry the same
        // setting; a value that cannot be read (unknown in a preview, a secret) cannot be shown to be safe.
        foreach (var resource in input.OfTypes(ResourceTypes.LaunchTemplate, ResourceTypes.LaunchConfiguration, ResourceTypes.Ec2Instance))
        {
            var tokens = resource.Input("metadataOptions", "httpTokens");
            if (Values.IsUnknown(tokens) || HiddenTokens(resource))
            {
                yield return new PolicyViolation(Id, resource.Urn, "httpTokens cannot be read (unknown or secret)", "httpTokens required", $"'{resource.Name}' cannot be shown to require IMDSv2");
            }
            else if (Values.AsString(tokens) != "required")
            {
                yield return new PolicyViolation(Id, resource.Urn, $"httpTokens {Values.AsString(tokens) ?? "optional (default)"}", "httpTokens required", $"'{resource.Name}' allows IMDSv1");
            }
        }

        foreach (var group in input.OfType(ResourceTypes.EksNodeGroup))
        {
            if (group.Input("launchTemplate") is null)
            {
                yield return new PolicyViolation(Id, group.Urn, "no launch template", "launch template with httpTokens required", $"node group '{group.Name}' uses the default launch template, which allows IMDSv1");
            }
        }

        foreach (var nodeClass in input.OfType(ResourceTypes.KarpenterNodeClass))
        {
            if (Values.AsString(nodeClass.Input("spec", "metadataOptions", "httpTokens")) is { } tokens && tokens != "required")
            {
                yield return new PolicyViolation(Id, nodeClass.Urn, $"httpTokens {tokens}", "httpTokens required", $"node class '{nodeClass.Name}' allows IMDSv1");
            }
        }
    }

    // A secret whose plaintext the document does not hold (`[secret]` in a preview) reads as missing through Values;
    // look at the raw value so it is reported as unreadable, not as the EC2 default.
    private static bool HiddenTokens(PolicyResource resource)
    {
        var options = resource.Inputs.GetValueOrDefault("metadataOptions");
        if (options is SecretValue { Plain: null })
        {
            return true;
        }

        return Values.AsMap(options) is { } map && map.GetValueOrDefault("httpTokens") is SecretValue { Plain: null };
    }
}

using System.Text.RegularExpressions;

namespace MlPlatform.Policies;

/// <summary>
/// Stack outputs whose names say they hold credentials (kubeconfig, password, token, secret, private key, connection
/// string, access key, credentials) are secret, never plain text in the state, the CLI's output or a PR comment.
/// </summary>
public sealed partial class NoPlainSecretOutputsRule : IPolicyRule
{
    public string Id => RuleIds.NoPlainSecretOutputs;

    public string Description => "Stack outputs that carry credentials are marked secret.";

    public RuleScope Scope => RuleScope.Resource;

    public IReadOnlyList<string> ConfigKeys => [];

    public EnforcementLevel DefaultEnforcement(PolicyContext context) => EnforcementLevel.Mandatory;

    /// <summary>Whether an output name says it holds a credential.</summary>
    public static bool LooksSecret(string name) => SecretName().IsMatch(name);

    public IEnumerable<PolicyViolation> Evaluate(PolicyInput input, PolicyContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        foreach (var stack in input.OfType(ResourceTypes.Stack))
        {
            foreach (var (name, value) in stack.Outputs.OrderBy(o => o.Key, StringComparer.Ordinal))
            {
                if (LooksSecret(name) && value is not (SecretValue or UnknownValue or null) && !(value is string s && s.Length == 0))
                {
                    yield return new PolicyViolation(Id, stack.Urn, $"output '{name}' in plain text", "secret", $"stack output '{name}' looks like a credential but is not marked secret");
                }
            }
        }
    }

    [GeneratedRegex("(kubeconfig|password|passwd|secret|token|private[-_]?key|connection[-_]?string|access[-_]?key|credential)", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();
}

using System.Text.Json;

namespace MlPlatform.Policies;

/// <summary>
/// Storage accepts TLS only: S3 buckets have a bucket policy denying requests with <c>aws:SecureTransport = false</c>;
/// Azure storage accounts keep HTTPS-only on and require TLS 1.2 or later. A policy not known yet (a preview) is skipped.
/// </summary>
public sealed class StorageTlsOnlyRule : IPolicyRule
{
    public string Id => RuleIds.StorageTlsOnly;

    public string Description => "Buckets deny non-TLS requests; storage accounts are HTTPS-only with TLS 1.2 or later.";

    public RuleScope Scope => RuleScope.Stack;

    public IReadOnlyList<string> ConfigKeys => [];

    public EnforcementLevel DefaultEnforcement(PolicyContext context) => EnforcementLevel.Mandatory;

    public IEnumerable<PolicyViolation> Evaluate(PolicyInput input, PolicyContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        foreach (var bucket in input.OfTypes(ResourceTypes.S3Bucket, ResourceTypes.S3BucketV2))
        {
            var policies = BucketLinks.For(bucket, input, ResourceTypes.S3BucketPolicy).Select(p => p.Input("policy")).ToList();
            if (bucket.Input("policy") is { } inline)
            {
                policies.Add(inline);
            }

            if (policies.Any(Values.IsUnknown))
            {
                continue;
            }

            if (!policies.Any(DeniesInsecureTransport))
            {
                yield return new PolicyViolation(Id, bucket.Urn, policies.Count == 0 ? "no bucket policy" : "no deny of aws:SecureTransport=false", "Deny when aws:SecureTransport is false", $"bucket '{bucket.Name}' does not deny requests without TLS");
            }
        }

        foreach (var account in input.OfType(ResourceTypes.StorageAccount))
        {
            if (Values.AsBool(account.Input("enableHttpsTrafficOnly")) == false)
            {
                yield return new PolicyViolation(Id, account.Urn, "enableHttpsTrafficOnly false", "enableHttpsTrafficOnly true", $"storage account '{account.Name}' accepts plain HTTP");
            }

            var tls = account.Input("minimumTlsVersion");
            if (!Values.IsUnknown(tls) && Values.AsString(tls) is not ("TLS1_2" or "TLS1_3"))
            {
                yield return new PolicyViolation(Id, account.Urn, $"minimumTlsVersion {Values.AsString(tls) ?? "unset"}", "minimumTlsVersion TLS1_2", $"storage account '{account.Name}' accepts TLS older than 1.2");
            }
        }
    }

    /// <summary>Whether a policy (JSON text or an object) has a Deny statement conditioned on <c>aws:SecureTransport</c> false.</summary>
    public static bool DeniesInsecureTransport(object? policy)
    {
        if (Values.AsString(policy) is { } text)
        {
            // Policies arrive as JSON text; read them without building a tree (a stack may hold thousands of buckets).
            try
            {
                using var document = JsonDocument.Parse(text);
                return document.RootElement.ValueKind == JsonValueKind.Object
                    && document.RootElement.TryGetProperty("Statement", out var statements)
                    && (statements.ValueKind == JsonValueKind.Array ? statements.EnumerateArray().Any(DeniesInsecure) : DeniesInsecure(statements));
            }
            catch (JsonException)
            {
                return false;
            }
        }

        var statement = Values.Get(policy, "Statement");
        var list = Values.AsList(statement) ?? (Values.AsMap(statement) is { } single ? [single] : []);
        return list.Any(s =>
            Values.AsString(Values.Get(s, "Effect")) == "Deny"
            && Values.AsString(Values.Get(s, "Condition", "Bool", "aws:SecureTransport")) is { } secure
            && secure.Equals("false", StringComparison.OrdinalIgnoreCase));
    }

    private static bool DeniesInsecure(JsonElement statement) =>
        statement.ValueKind == JsonValueKind.Object
        && statement.TryGetProperty("Effect", out var effect) && effect.ValueKind == JsonValueKind.String && effect.ValueEquals("Deny")
        && statement.TryGetProperty("Condition", out var condition) && condition.ValueKind == JsonValueKind.Object
        && condition.TryGetProperty("Bool", out var boolean) && boolean.ValueKind == JsonValueKind.Object
        && boolean.TryGetProperty("aws:SecureTransport", out var secure)
        && secure.ValueKind switch
        {
            JsonValueKind.String => string.Equals(secure.GetString(), "false", StringComparison.OrdinalIgnoreCase),
            JsonValueKind.False => true,
            _ => false,
        };
}

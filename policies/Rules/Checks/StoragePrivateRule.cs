namespace MlPlatform.Policies;

/// <summary>
/// Storage is private: S3 buckets have a public access block with all four settings on and no public canned ACL;
/// Azure storage accounts do not allow public blob access and containers are not public.
/// </summary>
public sealed class StoragePrivateRule : IPolicyRule
{
    private static readonly string[] PublicAcls = ["public-read", "public-read-write", "authenticated-read"];
    private static readonly string[] BlockSettings = ["blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets"];

    public string Id => RuleIds.StoragePrivate;

    public string Description => "Buckets and storage accounts block every public access path.";

    public RuleScope Scope => RuleScope.Stack;

    public IReadOnlyList<string> ConfigKeys => [];

    public EnforcementLevel DefaultEnforcement(PolicyContext context) => EnforcementLevel.Mandatory;

    public IEnumerable<PolicyViolation> Evaluate(PolicyInput input, PolicyContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        foreach (var bucket in input.OfTypes(ResourceTypes.S3Bucket, ResourceTypes.S3BucketV2))
        {
            if (Values.AsString(bucket.Input("acl")) is { } acl && PublicAcls.Contains(acl))
            {
                yield return new PolicyViolation(Id, bucket.Urn, $"acl {acl}", "acl private", $"bucket '{bucket.Name}' has the public canned ACL '{acl}'");
            }

            var blocks = BucketLinks.For(bucket, input, ResourceTypes.S3PublicAccessBlock).ToList();
            if (blocks.Count == 0)
            {
                yield return new PolicyViolation(Id, bucket.Urn, "no public access block", "public access block with all four settings true", $"bucket '{bucket.Name}' has no public access block");
                continue;
            }

            var off = BlockSettings.Where(s => blocks.All(b => Values.AsBool(b.Input(s)) == false || (b.Input(s) is null))).ToList();
            if (off.Count > 0)
            {
                yield return new PolicyViolation(Id, blocks[0].Urn, $"{string.Join(", ", off)} not true", "all four settings true", $"the public access block of bucket '{bucket.Name}' leaves {string.Join(", ", off)} off");
            }
        }

        foreach (var acl in input.OfType(ResourceTypes.S3BucketAcl))
        {
            if (Values.AsString(acl.Input("acl")) is { } value && PublicAcls.Contains(value))
            {
                yield return new PolicyViolation(Id, acl.Urn, $"acl {value}", "acl private", $"bucket ACL '{acl.Name}' grants '{value}'");
            }
        }

        foreach (var account in input.OfType(ResourceTypes.StorageAccount))
        {
            if (Values.AsBool(account.Input("allowBlobPublicAccess")) == true)
            {
                yield return new PolicyViolation(Id, account.Urn, "allowBlobPublicAccess true", "allowBlobPublicAccess false", $"storage account '{account.Name}' allows public blob access");
            }
        }

        foreach (var container in input.OfType(ResourceTypes.BlobContainer))
        {
            if (Values.AsString(container.Input("publicAccess")) is { } access && access != "None")
            {
                yield return new PolicyViolation(Id, container.Urn, $"publicAccess {access}", "publicAccess None", $"blob container '{container.Name}' is public ({access})");
            }
        }
    }
}

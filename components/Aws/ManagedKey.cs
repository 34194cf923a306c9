using System.Collections.Immutable;
using Pulumi;
using Pulumi.Aws.Kms;

namespace MlPlatform.Components.Aws;

/// <summary>
/// A customer-managed KMS key as every component of the platform makes one: rotation on, a 30-day deletion window
/// (time to notice a mistaken delete), and optionally an alias and a key policy for AWS services that must use it.
/// </summary>
internal static class ManagedKey
{
    public static Key Create(
        string name,
        string description,
        ImmutableDictionary<string, string> tags,
        Resource parent,
        string? alias = null,
        Input<string>? policy = null)
    {
        var child = new CustomResourceOptions { Parent = parent };
        var key = new Key(name, new KeyArgs
        {
            Description = description,
            EnableKeyRotation = true,
            DeletionWindowInDays = 30,
            Policy = policy,
            Tags = tags,
        }, child);
        if (alias is not null)
        {
            _ = new Pulumi.Aws.Kms.Alias($"{name}-alias", new AliasArgs { Name = alias, TargetKeyId = key.KeyId }, child);
        }

        return key;
    }
}

using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Pulumi;
using Pulumi.Aws.Ecr;
using Pulumi.Aws.Ecr.Inputs;
using Pulumi.Aws.Kms;

namespace MlPlatform.Components.Aws;

/// <summary>
/// ECR repositories, one per image: scanned on push, immutable tags (a digest pinned in config always means the same
/// image), encrypted with a dedicated KMS key, a lifecycle that expires untagged images and keeps the last N, and a
/// repository policy that lets only the node roles pull.
/// </summary>
public sealed partial class ContainerRegistry : ComponentResource
{
    public const string TypeToken = "mlplatform:aws:ContainerRegistry";

    public ContainerRegistry(string name, ContainerRegistryArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        InvalidSpecException.ThrowIfAny(Validate(args));
        var child = new CustomResourceOptions { Parent = this };
        var tags = AwsTags.For(args.Tags, $"{args.NamePrefix}-registry");
        var key = ManagedKey.Create($"{name}-key", $"Container images of {args.NamePrefix}", tags, this, AwsNaming.KmsAlias(args.NamePrefix, "registry"));
        var pullPolicy = args.PullPrincipalArns.Apply(arns => IamPolicies.EcrPull(arns));
        var lifecycle = EcrLifecycle.Policy(args.UntaggedExpiryDays, args.KeepLastImages);
        var urls = new List<Output<KeyValuePair<string, string>>>();
        foreach (var image in args.Repositories)
        {
            var repository = new Repository($"{name}-{image}", new RepositoryArgs
            {
                Name = AwsNaming.Repository(args.NamePrefix, image),
                ImageTagMutability = "IMMUTABLE",
                ImageScanningConfiguration = new RepositoryImageScanningConfigurationArgs { ScanOnPush = true },
                EncryptionConfigurations =
                {
                    new RepositoryEncryptionConfigurationArgs { EncryptionType = "KMS", KmsKey = key.Arn },
                },
                Tags = tags.SetItem("image", image),
            }, child);
            _ = new LifecyclePolicy($"{name}-{image}-lifecycle", new LifecyclePolicyArgs { Repository = repository.Name, Policy = lifecycle }, child);
            _ = new RepositoryPolicy($"{name}-{image}-pull", new RepositoryPolicyArgs { Repository = repository.Name, Policy = pullPolicy }, child);
            urls.Add(repository.RepositoryUrl.Apply(url => KeyValuePair.Create(image, url)));
        }

        RepositoryUrls = Output.All(urls).Apply(pairs => pairs.ToImmutableDictionary());
        KeyArn = key.Arn;
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["repositoryUrls"] = RepositoryUrls,
            ["keyArn"] = KeyArn,
        });
    }

    /// <summary>Image name → repository URL.</summary>
    [Output("repositoryUrls")]
    public Output<ImmutableDictionary<string, string>> RepositoryUrls { get; private set; }

    [Output("keyArn")]
    public Output<string> KeyArn { get; private set; }

    /// <summary>Every problem of the args, each naming its field.</summary>
    public static IReadOnlyList<SpecError> Validate(ContainerRegistryArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var errors = new List<SpecError>();
        if (args.Repositories.IsDefaultOrEmpty)
        {
            errors.Add(new SpecError("registry.repositories", "must list at least one image"));
        }
        else
        {
            foreach (var (image, index) in args.Repositories.Select((r, i) => (r, i)))
            {
                if (!ImagePattern().IsMatch(image ?? string.Empty))
                {
                    errors.Add(new SpecError($"registry.repositories[{index}]", $"must be lowercase letters, digits, '.', '_' or '-' (got '{image}')"));
                }
            }

            foreach (var duplicate in args.Repositories.GroupBy(r => r).Where(g => g.Count() > 1))
            {
                errors.Add(new SpecError("registry.repositories", $"lists '{duplicate.Key}' more than once"));
            }
        }

        if (args.UntaggedExpiryDays is < 1 or > 3650)
        {
            errors.Add(new SpecError("registry.untaggedExpiryDays", $"must be between 1 and 3650 (got {args.UntaggedExpiryDays})"));
        }

        if (args.KeepLastImages is < 1 or > 10000)
        {
            errors.Add(new SpecError("registry.keepLastImages", $"must be between 1 and 10000 (got {args.KeepLastImages})"));
        }

        return errors;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,127}$")]
    private static partial Regex ImagePattern();
}

using Pulumi;
using Pulumi.Aws.Eks;
using Pulumi.Aws.Iam;

namespace MlPlatform.Components.Aws;

/// <summary>
/// An IAM role that Kubernetes service accounts assume through EKS Pod Identity: trusted by
/// <c>pods.eks.amazonaws.com</c>, with the given policies, and one association per service account. Pods get
/// credentials from the Pod Identity agent, never from the node role.
/// </summary>
public sealed class PodIdentityRole : ComponentResource
{
    public const string TypeToken = "mlplatform:aws:PodIdentityRole";

    public PodIdentityRole(string name, PodIdentityRoleArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        var child = new CustomResourceOptions { Parent = this };
        var tags = AwsTags.For(args.Tags, name, args.Team);
        var role = new Role($"{name}-role", new RoleArgs
        {
            AssumeRolePolicy = IamPolicies.PodIdentityAssumeRole(),
            Description = args.Description,
            Tags = tags,
        }, child);
        foreach (var (policy, index) in args.PolicyArns.Select((p, i) => (p, i)))
        {
            _ = new RolePolicyAttachment($"{name}-policy-{index}", new RolePolicyAttachmentArgs { Role = role.Name, PolicyArn = policy }, child);
        }

        foreach (var account in args.ServiceAccounts)
        {
            _ = new PodIdentityAssociation($"{name}-{account.Namespace}-{account.Name}", new PodIdentityAssociationArgs
            {
                ClusterName = args.ClusterName,
                Namespace = account.Namespace,
                ServiceAccount = account.Name,
                RoleArn = role.Arn,
                Tags = tags,
            }, child);
        }

        RoleArn = role.Arn;
        RegisterOutputs(new Dictionary<string, object?> { ["roleArn"] = RoleArn });
    }

    [Output("roleArn")]
    public Output<string> RoleArn { get; private set; }
}

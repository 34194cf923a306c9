// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Aws.Ecr;

[AwsResourceType("aws:ecr/repositoryPolicy:RepositoryPolicy")]
public partial class RepositoryPolicy : global::Pulumi.CustomResource
{
    [Output("repository")]
    public Output<string> Repository { get; private set; } = null!;

    public RepositoryPolicy(string name, RepositoryPolicyArgs args, CustomResourceOptions? options = null)
        : base("aws:ecr/repositoryPolicy:RepositoryPolicy", name, args ?? new RepositoryPolicyArgs(), options)
    {
    }
}

public sealed class RepositoryPolicyArgs : global::Pulumi.ResourceArgs
{
    [Input("policy", required: true)]
    public InputUnion<string, Inputs.PolicyDocumentArgs> Policy { get; set; } = null!;

    [Input("repository", required: true)]
    public Input<string> Repository { get; set; } = null!;

    public RepositoryPolicyArgs()
    {
    }
}

// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Aws.S3;

[AwsResourceType("aws:s3/bucketPolicy:BucketPolicy")]
public partial class BucketPolicy : global::Pulumi.CustomResource
{
    [Output("bucket")]
    public Output<string> Bucket { get; private set; } = null!;

    [Output("policy")]
    public Output<string> Policy { get; private set; } = null!;

    public BucketPolicy(string name, BucketPolicyArgs args, CustomResourceOptions? options = null)
        : base("aws:s3/bucketPolicy:BucketPolicy", name, args ?? new BucketPolicyArgs(), options)
    {
    }
}

public sealed class BucketPolicyArgs : global::Pulumi.ResourceArgs
{
    [Input("bucket", required: true)]
    public Input<string> Bucket { get; set; } = null!;

    [Input("policy", required: true)]
    public InputUnion<string, Inputs.PolicyDocumentArgs> Policy { get; set; } = null!;

    public BucketPolicyArgs()
    {
    }
}

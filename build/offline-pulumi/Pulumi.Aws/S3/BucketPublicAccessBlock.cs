// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Aws.S3;

[AwsResourceType("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock")]
public partial class BucketPublicAccessBlock : global::Pulumi.CustomResource
{
    [Output("bucket")]
    public Output<string> Bucket { get; private set; } = null!;

    public BucketPublicAccessBlock(string name, BucketPublicAccessBlockArgs args, CustomResourceOptions? options = null)
        : base("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", name, args ?? new BucketPublicAccessBlockArgs(), options)
    {
    }
}

public sealed class BucketPublicAccessBlockArgs : global::Pulumi.ResourceArgs
{
    [Input("blockPublicAcls")]
    public Input<bool>? BlockPublicAcls { get; set; }

    [Input("blockPublicPolicy")]
    public Input<bool>? BlockPublicPolicy { get; set; }

    [Input("bucket", required: true)]
    public Input<string> Bucket { get; set; } = null!;

    [Input("ignorePublicAcls")]
    public Input<bool>? IgnorePublicAcls { get; set; }

    [Input("restrictPublicBuckets")]
    public Input<bool>? RestrictPublicBuckets { get; set; }

    public BucketPublicAccessBlockArgs()
    {
    }
}

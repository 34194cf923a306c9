// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Aws.S3;

[AwsResourceType("aws:s3/bucketVersioning:BucketVersioning")]
public partial class BucketVersioning : global::Pulumi.CustomResource
{
    [Output("bucket")]
    public Output<string> Bucket { get; private set; } = null!;

    public BucketVersioning(string name, BucketVersioningArgs args, CustomResourceOptions? options = null)
        : base("aws:s3/bucketVersioning:BucketVersioning", name, args ?? new BucketVersioningArgs(), options)
    {
    }
}

public sealed class BucketVersioningArgs : global::Pulumi.ResourceArgs
{
    [Input("bucket", required: true)]
    public Input<string> Bucket { get; set; } = null!;

    [Input("versioningConfiguration", required: true)]
    public Input<Inputs.BucketVersioningVersioningConfigurationArgs> VersioningConfiguration { get; set; } = null!;

    public BucketVersioningArgs()
    {
    }
}

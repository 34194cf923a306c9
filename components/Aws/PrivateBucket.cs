using System.Collections.Immutable;
using Pulumi;
using Pulumi.Aws.S3;
using Pulumi.Aws.S3.Inputs;
// Pulumi.Aws.S3.Inputs also has types of these names (the nested input shapes of the legacy Bucket resource's
// versioning and encryption blocks); the resources' Args are meant here.
using BucketServerSideEncryptionConfigurationArgs = Pulumi.Aws.S3.BucketServerSideEncryptionConfigurationArgs;
using BucketVersioningArgs = Pulumi.Aws.S3.BucketVersioningArgs;

namespace MlPlatform.Components.Aws;

/// <summary>
/// Declares a bucket the way every platform bucket is: versioned, SSE-KMS with the given key (bucket keys on, to keep
/// KMS request costs down), every public access path blocked, TLS-only policy, and a lifecycle that expires noncurrent
/// versions and aborts stale multipart uploads.
/// </summary>
internal static class PrivateBucket
{
    public static Bucket Create(string name, string bucketPrefix, Input<string> kmsKeyArn, int noncurrentExpiryDays, ImmutableDictionary<string, string> tags, Resource parent)
    {
        var child = new CustomResourceOptions { Parent = parent };
        var bucket = new Bucket(name, new BucketArgs { BucketPrefix = bucketPrefix, Tags = tags }, child);
        var block = new BucketPublicAccessBlock($"{name}-public-access", new BucketPublicAccessBlockArgs
        {
            Bucket = bucket.BucketName,
            BlockPublicAcls = true,
            BlockPublicPolicy = true,
            IgnorePublicAcls = true,
            RestrictPublicBuckets = true,
        }, child);
        _ = new BucketVersioning($"{name}-versioning", new BucketVersioningArgs
        {
            Bucket = bucket.BucketName,
            VersioningConfiguration = new BucketVersioningVersioningConfigurationArgs { Status = "Enabled" },
        }, child);
        _ = new BucketServerSideEncryptionConfiguration($"{name}-encryption", new BucketServerSideEncryptionConfigurationArgs
        {
            Bucket = bucket.BucketName,
            Rules =
            {
                new BucketServerSideEncryptionConfigurationRuleArgs
                {
                    ApplyServerSideEncryptionByDefault = new BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultArgs
                    {
                        SseAlgorithm = "aws:kms",
                        KmsMasterKeyId = kmsKeyArn,
                    },
                    BucketKeyEnabled = true,
                },
            },
        }, child);
        // The policy is written after the public access block so S3 never sees it on an unprotected bucket.
        _ = new BucketPolicy($"{name}-policy", new BucketPolicyArgs
        {
            Bucket = bucket.BucketName,
            Policy = bucket.Arn.Apply(IamPolicies.TlsOnlyBucketPolicy),
        }, new CustomResourceOptions { Parent = parent, DependsOn = { block } });
        _ = new BucketLifecycleConfiguration($"{name}-lifecycle", new BucketLifecycleConfigurationArgs
        {
            Bucket = bucket.BucketName,
            Rules =
            {
                new BucketLifecycleConfigurationRuleArgs
                {
                    Id = "expire-noncurrent-versions",
                    Status = "Enabled",
                    Filter = new BucketLifecycleConfigurationRuleFilterArgs { Prefix = string.Empty },
                    NoncurrentVersionExpiration = new BucketLifecycleConfigurationRuleNoncurrentVersionExpirationArgs { NoncurrentDays = noncurrentExpiryDays },
                },
                new BucketLifecycleConfigurationRuleArgs
                {
                    Id = "abort-incomplete-multipart-uploads",
                    Status = "Enabled",
                    Filter = new BucketLifecycleConfigurationRuleFilterArgs { Prefix = string.Empty },
                    AbortIncompleteMultipartUpload = new BucketLifecycleConfigurationRuleAbortIncompleteMultipartUploadArgs { DaysAfterInitiation = 7 },
                },
            },
        }, child);
        return bucket;
    }
}

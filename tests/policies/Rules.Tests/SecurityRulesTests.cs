using System.Collections.Immutable;
using MlPlatform.CostModel;
using static MlPlatform.Policies.Tests.Build;

namespace MlPlatform.Policies.Tests;

public class SecurityRulesTests
{
    private const string TlsOnlyPolicy = """{"Version":"2012-10-17","Statement":[{"Sid":"DenyInsecureTransport","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["arn:aws:s3:::b","arn:aws:s3:::b/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}""";

    private const string Digest = "sha256:f42e85e306111d27dfbc4fd3c3a1e50b3aca6fbb0400bd3598fe8824627c1ec4";

    /// <summary>A bucket as the AWS component declares it: the bucket plus its access block, encryption and policy resources.</summary>
    private static List<PolicyResource> PrivateBucket(string name, bool block = true, bool encryption = true, string? policy = TlsOnlyPolicy)
    {
        var resources = new List<PolicyResource> { Resource(ResourceTypes.S3Bucket, name, Map(("bucketPrefix", name))) };
        if (block)
        {
            resources.Add(Resource(ResourceTypes.S3PublicAccessBlock, $"{name}-public-access", Map(
                ("bucket", UnknownValue.Instance), ("blockPublicAcls", true), ("blockPublicPolicy", true), ("ignorePublicAcls", true), ("restrictPublicBuckets", true))));
        }

        if (encryption)
        {
            resources.Add(Resource(ResourceTypes.S3Encryption, $"{name}-encryption", Map(
                ("bucket", UnknownValue.Instance),
                ("rules", List(Map(("applyServerSideEncryptionByDefault", Map(("sseAlgorithm", "aws:kms"))), ("bucketKeyEnabled", true)))))));
        }

        if (policy is not null)
        {
            resources.Add(Resource(ResourceTypes.S3BucketPolicy, $"{name}-policy", Map(("bucket", UnknownValue.Instance), ("policy", policy))));
        }

        return resources;
    }

    [Fact]
    public void ComponentStyleBucketPassesEveryStorageRule()
    {
        var resources = PrivateBucket("models");

        foreach (var rule in new IPolicyRule[] { new StoragePrivateRule(), new StorageEncryptedRule(), new StorageTlsOnlyRule() })
        {
            Assert.Empty(Evaluate(rule, Context(), resources).Violations);
        }
    }

    [Fact]
    public void BucketWithoutAccessBlockOrWithAPublicAclIsNotPrivate()
    {
        var bare = Resource(ResourceTypes.S3Bucket, "bare", Map(("acl", "public-read")));
        var halfBlocked = PrivateBucket("half", block: false);
        halfBlocked.Add(Resource(ResourceTypes.S3PublicAccessBlock, "half-public-access", Map(("bucket", "half-123"), ("blockPublicAcls", true), ("blockPublicPolicy", false))));
        halfBlocked[0] = halfBlocked[0] with { Inputs = Map(("bucket", "half-123")) };

        var result = Evaluate(new StoragePrivateRule(), Context(), halfBlocked.Append(bare));

        Assert.Equal(
            [
                (bare.Urn, "acl public-read"),
                (bare.Urn, "no public access block"),
                (Urn(ResourceTypes.S3PublicAccessBlock, "half-public-access"), "blockPublicPolicy, ignorePublicAcls, restrictPublicBuckets not true"),
            ],
            result.Violations.Select(v => (v.Urn, v.Measured)).Order().ToArray());
    }

    [Fact]
    public void BucketsAreLinkedByRecordedDependencyInPreviews()
    {
        var bucket = Resource(ResourceTypes.S3Bucket, "docs", Map(("acl", "private")));
        var block = new PolicyResource(Urn(ResourceTypes.S3PublicAccessBlock, "unrelated-name"), ResourceTypes.S3PublicAccessBlock, "unrelated-name",
            Map(("bucket", UnknownValue.Instance), ("blockPublicAcls", true), ("blockPublicPolicy", true), ("ignorePublicAcls", true), ("restrictPublicBuckets", true)),
            Map(), PropertyDependencies: new Dictionary<string, IReadOnlyList<string>> { ["bucket"] = [bucket.Urn] });

        Assert.Empty(Evaluate(new StoragePrivateRule(), Context(), bucket, block).Violations);
    }

    [Fact]
    public void UnencryptedBucketAndVolumeAreReported()
    {
        var resources = PrivateBucket("logs", encryption: false);
        var template = Resource(ResourceTypes.LaunchTemplate, "nodes", Map(
            ("metadataOptions", Map(("httpTokens", "required"))),
            ("blockDeviceMappings", List(Map(("deviceName", "/dev/xvda"), ("ebs", Map(("volumeSize", 200.0), ("encrypted", "false"))))))));

        var result = Evaluate(new StorageEncryptedRule(), Context(), resources.Append(template));

        Assert.Equal(
            [(Urn(ResourceTypes.S3Bucket, "logs"), "no server-side encryption configuration"), (template.Urn, "/dev/xvda encrypted false")],
            result.Violations.Select(v => (v.Urn, v.Measured)).ToArray());
    }

    [Fact]
    public void BucketWithoutTlsOnlyPolicyIsReportedButAnUnknownPolicyIsSkipped()
    {
        var open = PrivateBucket("open", policy: """{"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject"}]}""");
        var later = PrivateBucket("later", policy: null);
        later.Add(Resource(ResourceTypes.S3BucketPolicy, "later-policy", Map(("bucket", UnknownValue.Instance), ("policy", UnknownValue.Instance))));
        var none = PrivateBucket("none", policy: null);

        var result = Evaluate(new StorageTlsOnlyRule(), Context(), open.Concat(later).Concat(none));

        Assert.Equal(
            [(Urn(ResourceTypes.S3Bucket, "open"), "no deny of aws:SecureTransport=false"), (Urn(ResourceTypes.S3Bucket, "none"), "no bucket policy")],
            result.Violations.Select(v => (v.Urn, v.Measured)).ToArray());
    }

    [Fact]
    public void AzureStorageAccountMustBePrivateHttpsOnlyAndModernTls()
    {
        var good = Resource(ResourceTypes.StorageAccount, "good", Map(("allowBlobPublicAccess", false), ("enableHttpsTrafficOnly", true), ("minimumTlsVersion", "TLS1_2")));
        var bad = Resource(ResourceTypes.StorageAccount, "bad", Map(("allowBlobPublicAccess", true), ("enableHttpsTrafficOnly", false), ("minimumTlsVersion", "TLS1_0")));
        var container = Resource(ResourceTypes.BlobContainer, "public", Map(("publicAccess", "Container")));
        var context = Context(cloud: Cloud.Azure, region: "eastus");

        Assert.Equal(["allowBlobPublicAccess true", "publicAccess Container"], Evaluate(new StoragePrivateRule(), context, good, bad, container).Violations.Select(v => v.Measured).ToArray());
        Assert.Equal(["enableHttpsTrafficOnly false", "minimumTlsVersion TLS1_0"], Evaluate(new StorageTlsOnlyRule(), context, good, bad).Violations.Select(v => v.Measured).ToArray());
    }

    [Fact]
    public void RepositoriesMustBeImmutableAndScanned()
    {
        var good = Resource(ResourceTypes.EcrRepository, "inference", Map(("imageTagMutability", "IMMUTABLE"), ("imageScanningConfiguration", Map(("scanOnPush", true)))));
        var bad = Resource(ResourceTypes.EcrRepository, "scratch", Map(("imageScanningConfiguration", Map(("scanOnPush", false)))));

        var immutable = Evaluate(new RegistryImmutableTagsRule(), Context(), good, bad);
        var scanning = Evaluate(new RegistryScanningRule(), Context(), good, bad);

        var v1 = Assert.Single(immutable.Violations);
        Assert.Equal((bad.Urn, "imageTagMutability MUTABLE (default)", "imageTagMutability IMMUTABLE"), (v1.Urn, v1.Measured, v1.Limit));
        Assert.Equal((bad.Urn, "scanOnPush false"), (Assert.Single(scanning.Violations).Urn, scanning.Violations[0].Measured));
    }

    [Fact]
    public void EnhancedRegistryScanningCoversEveryRepository()
    {
        var repo = Resource(ResourceTypes.EcrRepository, "scratch", Map(("imageTagMutability", "IMMUTABLE")));
        var enhanced = Resource(ResourceTypes.EcrRegistryScanning, "scanning", Map(("scanType", "ENHANCED")));

        Assert.Empty(Evaluate(new RegistryScanningRule(), Context(), repo, enhanced).Violations);
    }

    [Fact]
    public void AzureRegistryNeedsDefenderForContainers()
    {
        var registry = Resource(ResourceTypes.ContainerRegistry, "acr", Map(("sku", Map(("name", "Premium")))));
        var defender = Resource(ResourceTypes.DefenderPricing, "defender", Map(("pricingName", "Containers"), ("pricingTier", "Standard"), ("scopeId", "/subscriptions/x")));
        var context = Context(cloud: Cloud.Azure, region: "eastus");

        Assert.Equal(registry.Urn, Assert.Single(Evaluate(new RegistryScanningRule(), context, registry).Violations).Urn);
        Assert.Empty(Evaluate(new RegistryScanningRule(), context, registry, defender).Violations);
    }

    [Fact]
    public void LaunchTemplatesMustRequireImdsV2AndNodeGroupsMustUseOne()
    {
        var good = Resource(ResourceTypes.LaunchTemplate, "good", Map(("metadataOptions", Map(("httpTokens", "required"), ("httpPutResponseHopLimit", 2.0)))));
        var optional = Resource(ResourceTypes.LaunchTemplate, "optional", Map(("metadataOptions", Map(("httpTokens", "optional")))));
        var unset = Resource(ResourceTypes.LaunchTemplate, "unset", Map(("instanceType", "g6.xlarge")));
        var defaultTemplate = NodeGroup("plain", "ON_DEMAND", ["m6i.large"], 1, 2, launchTemplate: false);

        var result = Evaluate(new Imdsv2RequiredRule(), Context(), good, optional, unset, defaultTemplate);

        Assert.Equal(
            [(optional.Urn, "httpTokens optional"), (unset.Urn, "httpTokens optional (default)"), (defaultTemplate.Urn, "no launch template")],
            result.Violations.Select(v => (v.Urn, v.Measured)).ToArray());
    }

    [Fact]
    public void LaunchConfigurationsOfSelfManagedGroupsMustRequireImdsV2Too()
    {
        var required = Resource(ResourceTypes.LaunchConfiguration, "ng-required", Map(("instanceType", "g5.xlarge"), ("metadataOptions", Map(("httpTokens", "required")))));
        var legacy = Resource(ResourceTypes.LaunchConfiguration, "ng-legacy", Map(("instanceType", "g5.xlarge")));

        var result = Evaluate(new Imdsv2RequiredRule(), Context(), required, legacy);

        Assert.Equal([(legacy.Urn, "httpTokens optional (default)")], result.Violations.Select(v => (v.Urn, v.Measured)).ToArray());
    }

    [Fact]
    public void AnHttpTokensSettingThatCannotBeReadIsAViolationNotAPass()
    {
        var unknown = Resource(ResourceTypes.LaunchTemplate, "computed", Map(("metadataOptions", Map(("httpTokens", UnknownValue.Instance)))));
        var secret = Resource(ResourceTypes.LaunchConfiguration, "hidden", Map(("metadataOptions", Map(("httpTokens", new SecretValue(null))))));

        var result = Evaluate(new Imdsv2RequiredRule(), Context(), unknown, secret);

        Assert.Equal([unknown.Urn, secret.Urn], result.Violations.Select(v => v.Urn).ToArray());
        Assert.All(result.Violations, v => Assert.Equal("httpTokens cannot be read (unknown or secret)", v.Measured));
    }

    [Fact]
    public void PublicEndpointIsRejectedInProductionOnly()
    {
        var eks = Resource(ResourceTypes.EksCluster, "eks", Map(("vpcConfig", Map(("endpointPrivateAccess", true)))));
        var aks = Resource(ResourceTypes.AksCluster, "aks", Map(("apiServerAccessProfile", Map(("enablePrivateCluster", true)))));

        var prod = Evaluate(new NoPublicClusterEndpointRule(), Context(environment: "prod"), eks, aks);
        var dev = Evaluate(new NoPublicClusterEndpointRule(), Context(environment: "dev"), eks, aks);

        var violation = Assert.Single(prod.Violations);
        Assert.Equal((eks.Urn, "endpointPublicAccess true (default)", "endpointPublicAccess false"), (violation.Urn, violation.Measured, violation.Limit));
        Assert.Empty(dev.Violations);
        Assert.DoesNotContain(RuleIds.NoPublicClusterEndpoint, dev.RulesEvaluated);
    }

    [Fact]
    public void EnforcementOverrideEnablesARuleOutsideProduction()
    {
        var eks = Resource(ResourceTypes.EksCluster, "eks", Map(("vpcConfig", Map(("endpointPublicAccess", true)))));
        var context = Context(enforcement: new Dictionary<string, EnforcementLevel> { [RuleIds.NoPublicClusterEndpoint] = EnforcementLevel.Advisory }.ToImmutableDictionary());

        var violation = Assert.Single(Evaluate(new NoPublicClusterEndpointRule(), context, eks).Violations);

        Assert.Equal(EnforcementLevel.Advisory, violation.Enforcement);
    }

    [Fact]
    public void WorkloadImagesMustBePinnedByDigest()
    {
        var pinned = Resource(ResourceTypes.KubernetesDeployment, "scheduler", Map(("spec", Map(("template", Map(("spec", Map(
            ("containers", List(Map(("name", "scheduler"), ("image", $"ghcr.io/mlplatform/scheduler@{Digest}"))))))))))));
        var tagged = Resource(ResourceTypes.KubernetesCronJob, "warmer", Map(("spec", Map(("jobTemplate", Map(("spec", Map(("template", Map(("spec", Map(
            ("initContainers", List(Map(("name", "init"), ("image", "busybox:1.36")))),
            ("containers", List(Map(("name", "warm"), ("image", UnknownValue.Instance))))))))))))))));

        var result = Evaluate(new ImagesByDigestRule(), Context(environment: "prod"), pinned, tagged);

        var violation = Assert.Single(result.Violations);
        Assert.Equal((tagged.Urn, "busybox:1.36", "image@sha256:<digest>", EnforcementLevel.Mandatory), (violation.Urn, violation.Measured, violation.Limit, violation.Enforcement));
    }

    [Fact]
    public void CredentialLikeStackOutputsMustBeSecret()
    {
        var stack = new PolicyResource("urn:pulumi:dev::mlplatform::pulumi:pulumi:Stack::mlplatform-dev", ResourceTypes.Stack, "mlplatform-dev", Map(), Map(
            ("kubeconfig", "apiVersion: v1"),
            ("dbPassword", new SecretValue(null)),
            ("clusterName", "mlp-dev"),
            ("apiToken", UnknownValue.Instance)));

        var violation = Assert.Single(Evaluate(new NoPlainSecretOutputsRule(), Context(), stack).Violations);

        Assert.Equal(("output 'kubeconfig' in plain text", "secret"), (violation.Measured, violation.Limit));
    }
}

using System.Text;
using System.Text.Json;

namespace MlPlatform.Components.Aws.Tests;

public sealed class AwsNamingTests
{
    [Fact]
    public void NodeGroupNamesFitTheEksLimitAndStayDistinct()
    {
        var longCluster = new string('c', 70);

        var spot = AwsNaming.NodeGroup(longCluster, "train", spot: true);
        var onDemand = AwsNaming.NodeGroup(longCluster, "train", spot: false);

        Assert.True(spot.Length <= AwsNaming.NodeGroupMaxLength);
        Assert.True(onDemand.Length <= AwsNaming.NodeGroupMaxLength);
        Assert.NotEqual(spot, onDemand);
    }

    [Fact]
    public void ShortNamesAreKeptAsIs()
    {
        Assert.Equal("mlp-dev-train-spot", AwsNaming.NodeGroup("mlp-dev", "train", spot: true));
    }

    [Fact]
    public void BucketPrefixesAreLowercaseDnsAndShortEnough()
    {
        var prefix = AwsNaming.BucketPrefix("MLP_Prod Env", "models");

        Assert.Equal("mlp_prod-env-models-", prefix);
        Assert.True(AwsNaming.BucketPrefix(new string('x', 60), "datasets").Length <= AwsNaming.BucketPrefixMaxLength);
    }
}

public sealed class SubnetPlanTests
{
    [Fact]
    public void SixteenBitNetworkGivesNineteenBitPrivateAndTwentyFourBitPublicSubnets()
    {
        var plan = SubnetPlan.For("10.0.0.0/16", "us-east-1", 3);

        Assert.Equal(["us-east-1a", "us-east-1b", "us-east-1c"], plan.Zones.ToArray());
        Assert.Equal(["10.0.0.0/19", "10.0.32.0/19", "10.0.64.0/19"], plan.PrivateCidrs.ToArray());
        Assert.Equal(["10.0.224.0/24", "10.0.225.0/24", "10.0.226.0/24"], plan.PublicCidrs.ToArray());
    }

    [Fact]
    public void NamedZonesAreUsedInTheirOrderForRegionsThatSkipLetters()
    {
        var plan = SubnetPlan.For("10.0.0.0/16", "us-west-1", 2, ["us-west-1b", "us-west-1c"]);

        Assert.Equal(["us-west-1b", "us-west-1c"], plan.Zones.ToArray());
        Assert.Equal(["10.0.0.0/19", "10.0.32.0/19"], plan.PrivateCidrs.ToArray());
    }

    [Fact]
    public void NamedZonesMustBeDistinctZonesOfTheRegionAndMatchTheCount()
    {
        var error = Assert.Throws<InvalidSpecException>(() => SubnetPlan.For("10.0.0.0/16", "us-west-1", 3, ["us-west-1b", "us-east-1a", "us-west-1b"]));

        Assert.Equal(["cluster.zones[1]", "cluster.zones[2]"], error.Errors.Select(e => e.Path));
        Assert.Contains("us-west-1b", error.Errors[0].Problem, StringComparison.Ordinal);
        Assert.Contains("twice", error.Errors[1].Problem, StringComparison.Ordinal);
        var count = Assert.Throws<InvalidSpecException>(() => SubnetPlan.For("10.0.0.0/16", "us-west-1", 3, ["us-west-1b", "us-west-1c"]));
        Assert.Equal("cluster.zones", Assert.Single(count.Errors).Path);
    }

    [Theory]
    [InlineData("10.0.0.1/16")]
    [InlineData("10.0.0.0/24")]
    [InlineData("not-a-cidr")]
    public void BadNetworkIsRejectedNamingTheField(string cidr)
    {
        var error = Assert.Throws<InvalidSpecException>(() => SubnetPlan.For(cidr, "us-east-1", 2));

        Assert.Equal("cluster.networkCidr", Assert.Single(error.Errors).Path);
    }
}

public sealed class NodeUserDataTests
{
    [Fact]
    public void UserDataIsMimeMultipartWithNodeConfigAndRaidScript()
    {
        var document = NodeUserData.Render("/mnt/dataset-cache", karpenterAssemblesRaid: false);

        Assert.StartsWith("MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"MLPLATFORM-BOUNDARY\"", document, StringComparison.Ordinal);
        Assert.Contains("Content-Type: application/node.eks.aws", document, StringComparison.Ordinal);
        Assert.Contains("kind: NodeConfig", document, StringComparison.Ordinal);
        Assert.Contains("Content-Type: text/x-shellscript", document, StringComparison.Ordinal);
        Assert.Contains("mdadm --create", document, StringComparison.Ordinal);
        Assert.Contains("MOUNT_PATH=\"/mnt/dataset-cache\"", document, StringComparison.Ordinal);
        Assert.EndsWith("--MLPLATFORM-BOUNDARY--\n", document, StringComparison.Ordinal);
    }

    [Fact]
    public void RaidScriptOnlyUsesInstanceStoreVolumesAndNeverReformatsAMountedCache()
    {
        var script = NodeUserData.NvmeRaidScript("/mnt/cache");

        Assert.Contains("nvme-Amazon_EC2_NVMe_Instance_Storage_", script, StringComparison.Ordinal);
        Assert.DoesNotContain("Elastic_Block_Store", script, StringComparison.Ordinal);
        Assert.True(script.IndexOf("mountpoint -q", StringComparison.Ordinal) < script.IndexOf("mkfs.xfs", StringComparison.Ordinal));
        Assert.Contains("--level=0", script, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", script, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutACacheThereIsNoScriptPart()
    {
        var document = NodeUserData.Render(cacheMountPath: null, karpenterAssemblesRaid: false);

        Assert.DoesNotContain("text/x-shellscript", document, StringComparison.Ordinal);
    }

    [Fact]
    public void UnderKarpenterTheScriptBindMountsItsRaid()
    {
        var document = NodeUserData.Render("/mnt/cache", karpenterAssemblesRaid: true);

        Assert.Contains("mount --bind /mnt/k8s-disks/dataset-cache", document, StringComparison.Ordinal);
        Assert.DoesNotContain("mdadm", document, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("relative")]
    [InlineData("/")]
    [InlineData("/mnt/$(reboot)")]
    [InlineData("/mnt/../etc")]
    public void UnsafeMountPathsAreRefused(string path)
    {
        Assert.Throws<ArgumentException>(() => NodeUserData.NvmeRaidScript(path));
    }

    [Fact]
    public void Base64FormDecodesToTheDocument()
    {
        var encoded = NodeUserData.RenderBase64("/mnt/cache", karpenterAssemblesRaid: false);

        Assert.Equal(NodeUserData.Render("/mnt/cache", karpenterAssemblesRaid: false), Encoding.UTF8.GetString(Convert.FromBase64String(encoded)));
    }
}

public sealed class IamPolicyTests
{
    private const string Bucket = "arn:aws:s3:::models";

    [Fact]
    public void ReadPolicyGrantsNoWriteAndScopesToPrefixes()
    {
        using var document = JsonDocument.Parse(IamPolicies.BucketRead(Bucket, ["models/"], kmsKeyArn: null));

        var text = document.RootElement.ToString();
        Assert.DoesNotContain("PutObject", text, StringComparison.Ordinal);
        Assert.DoesNotContain("DeleteObject", text, StringComparison.Ordinal);
        var statements = document.RootElement.GetProperty("Statement");
        Assert.Equal("arn:aws:s3:::models/models/*", statements[1].GetProperty("Resource").GetString());
        Assert.Equal(2, statements.GetArrayLength());
    }

    [Fact]
    public void ReadWritePolicyMayWriteAndEncrypt()
    {
        var text = IamPolicies.BucketReadWrite(Bucket, ["models/", "aliases/"], "arn:aws:kms:us-east-1:1:key/k");

        Assert.Contains("s3:PutObject", text, StringComparison.Ordinal);
        Assert.Contains("kms:GenerateDataKey", text, StringComparison.Ordinal);
        Assert.Contains("arn:aws:s3:::models/aliases/*", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TlsOnlyPolicyDeniesInsecureTransportOnBucketAndObjects()
    {
        using var document = JsonDocument.Parse(IamPolicies.TlsOnlyBucketPolicy(Bucket));

        var statement = document.RootElement.GetProperty("Statement")[0];
        Assert.Equal("Deny", statement.GetProperty("Effect").GetString());
        Assert.Equal([Bucket, $"{Bucket}/*"], statement.GetProperty("Resource").EnumerateArray().Select(e => e.GetString()!).ToArray());
    }

    [Fact]
    public void PodIdentityTrustAllowsTagSession()
    {
        Assert.Contains("sts:TagSession", IamPolicies.PodIdentityAssumeRole(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("arn:aws:iam::123456789012:role/x", "123456789012")]
    [InlineData("arn:aws-cn:eks:cn-north-1:999:cluster/c", "999")]
    public void AccountIsReadFromArns(string arn, string account)
    {
        Assert.Equal(account, IamPolicies.AccountOf(arn));
    }

    [Fact]
    public void ArnWithoutAccountIsRefused()
    {
        Assert.Throws<ArgumentException>(() => IamPolicies.AccountOf("arn:aws:s3:::bucket"));
    }
}

public sealed class AutoscalerAndKarpenterTests
{
    private static GpuPoolPlan Plan(int spot = 100) =>
        GpuPoolPlan.Create(GpuNodePoolTests.L4Pool(spot: spot, min: 0, max: 4), "p", "mlp-dev", AwsTestEnvironment.Region, AwsTestEnvironment.Catalog);

    [Fact]
    public void PriorityExpanderTriesSpotBeforeOnDemand()
    {
        var yaml = PriorityExpanderConfig.Yaml(AutoscalerPriorities.Entries(Plan().Groups));

        Assert.Equal("50:\n  - '^mlp-dev-train-spot.*'\n10:\n  - '^mlp-dev-train-ondemand.*'\n", yaml);
    }

    [Fact]
    public void SpotNodePoolOutweighsTheOnDemandFallback()
    {
        var pools = KarpenterManifests.NodePools(Plan(), KarpenterSettings.Default);

        var weights = pools.Select(p => ((string)p.Object("metadata")["name"], (int)p.Object("spec")["weight"])).ToList();
        Assert.Equal([("mlp-dev-train-spot", 100), ("mlp-dev-train-ondemand", 10)], weights);
    }

    [Fact]
    public void NodePoolsRequireCapacityTypeGpusAndCapGpuCount()
    {
        var spot = KarpenterManifests.NodePools(Plan(), KarpenterSettings.Default)[0];

        var spec = spot.Object("spec");
        var requirements = spec.Object("template").Object("spec").List("requirements").Cast<IReadOnlyDictionary<string, object>>()
            .ToDictionary(r => (string)r["key"], r => r.Strings("values").ToArray());
        Assert.Equal(["spot"], requirements["karpenter.sh/capacity-type"]);
        Assert.Equal(["nvidia"], requirements["karpenter.k8s.aws/instance-gpu-manufacturer"]);
        Assert.Equal(["g6"], requirements["karpenter.k8s.aws/instance-family"]);
        Assert.Equal("4", spec.Object("limits")["nvidia.com/gpu"]);
        Assert.Equal("WhenEmptyOrUnderutilized", spec.Object("disruption")["consolidationPolicy"]);
        var taint = (IReadOnlyDictionary<string, object>)Assert.Single(spec.Object("template").Object("spec").List("taints"));
        Assert.Equal("NoSchedule", taint["effect"]);
    }

    [Fact]
    public void NodeClassRequiresImdsV2AndAssemblesInstanceStoreRaid()
    {
        var nodeClass = KarpenterManifests.NodeClass(Plan(), "mlp-dev", "mlp-dev-node", "/mnt/cache", AwsTestEnvironment.Tags, KarpenterSettings.Default);

        var spec = nodeClass.Object("spec");
        Assert.Equal("required", spec.Object("metadataOptions")["httpTokens"]);
        Assert.Equal("RAID0", spec["instanceStorePolicy"]);
        Assert.Equal("mlp-dev-node", spec["role"]);
        Assert.Contains("mount --bind", (string)spec["userData"], StringComparison.Ordinal);
        Assert.Equal("dev", spec.Object("tags")["environment"]);
    }
}

public sealed class SmallDocumentTests
{
    [Fact]
    public void EcrLifecycleExpiresUntaggedFirstAndKeepsTheLastN()
    {
        using var document = JsonDocument.Parse(EcrLifecycle.Policy(7, 30));

        var rules = document.RootElement.GetProperty("rules");
        Assert.Equal("untagged", rules[0].GetProperty("selection").GetProperty("tagStatus").GetString());
        Assert.Equal("any", rules[1].GetProperty("selection").GetProperty("tagStatus").GetString());
        Assert.True(rules[1].GetProperty("rulePriority").GetInt32() > rules[0].GetProperty("rulePriority").GetInt32());
    }

    [Fact]
    public void ModelStoreLayoutPlacesArtifactsLineageAndAliases()
    {
        Assert.Equal("models/resnet/3/", ModelStoreLayout.ArtifactPrefix("resnet", "3"));
        Assert.Equal("models/resnet/3/lineage.json", ModelStoreLayout.LineageKey("resnet", "3"));
        Assert.Equal("aliases/resnet/production", ModelStoreLayout.AliasKey("resnet", "production"));
    }

    [Theory]
    [InlineData("../etc", "1")]
    [InlineData("resnet", "")]
    [InlineData("ResNet", "1")]
    public void ModelStoreLayoutRefusesUnsafeSegments(string model, string version)
    {
        Assert.Throws<ArgumentException>(() => ModelStoreLayout.ArtifactPrefix(model, version));
    }

    [Fact]
    public void KubeconfigUsesGetTokenAndNoStaticCredentials()
    {
        var kubeconfig = Kubeconfig.For("c", "https://e", "Q0E=", "eu-west-1");

        Assert.Contains("\"get-token\", \"--cluster-name\", \"c\", \"--region\", \"eu-west-1\"", kubeconfig, StringComparison.Ordinal);
        Assert.DoesNotContain("token:", kubeconfig, StringComparison.Ordinal);
    }

    [Fact]
    public void BudgetNotificationsAreDeduplicatedActualThenForecast()
    {
        var notifications = BudgetNotificationSpec.For([100, 50, 50], [120, 100]);

        Assert.Equal(
            [new("ACTUAL", 50), new("ACTUAL", 100), new("FORECASTED", 100), new BudgetNotificationSpec("FORECASTED", 120)],
            notifications.ToArray());
    }

    [Fact]
    public void AutoscalerTemplateTagsDescribeLabelsTaintsAndGpus()
    {
        var tags = AwsTags.AutoscalerNodeGroup("c", new Dictionary<string, string> { ["mlplatform.io/pool"] = "train" }, [NodeTaint.Gpu], 8);

        Assert.Equal("train", tags["k8s.io/cluster-autoscaler/node-template/label/mlplatform.io/pool"]);
        Assert.Equal("8", tags["k8s.io/cluster-autoscaler/node-template/resources/nvidia.com/gpu"]);
    }

    [Fact]
    public void LaunchTemplateSettingsForGpuPoolsRequireImdsV2AndEncryption()
    {
        var settings = LaunchTemplateSettings.ForGpuPool(GpuNodePoolTests.L4Pool(), "/mnt/cache");

        Assert.Equal("required", settings.HttpTokens);
        Assert.True(settings.RootVolumeEncrypted);
        Assert.Equal(200, settings.RootVolumeGiB);
        Assert.Contains("mdadm", Encoding.UTF8.GetString(Convert.FromBase64String(settings.UserDataBase64)), StringComparison.Ordinal);
    }
}

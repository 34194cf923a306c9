namespace MlPlatform.Policies;

/// <summary>
/// The type tokens the rules and the cost model read: Pulumi.Aws 7.48.0, Pulumi.AzureNative 3.28.0 and
/// Pulumi.Kubernetes 4.32.0 (plus Karpenter's NodePool custom resource).
/// </summary>
public static partial class ResourceTypes
{
    /// <summary>
    /// The type token rules know a resource by: Azure Native's API-versioned tokens
    /// (<c>azure-native:containerservice/v20240102preview:AgentPool</c>) are the same resources as the unversioned ones
    /// (<c>azure-native:containerservice:AgentPool</c>), so the version is dropped; every other token is returned as is.
    /// </summary>
    public static string Normalize(string type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (!type.StartsWith("azure-native:", StringComparison.Ordinal))
        {
            return type;
        }

        var match = VersionedAzureNative().Match(type);
        return match.Success ? $"azure-native:{match.Groups["module"].Value}:{match.Groups["type"].Value}" : type;
    }

    [System.Text.RegularExpressions.GeneratedRegex("^azure-native:(?<module>[A-Za-z0-9]+)/v[0-9]{8}(?:[a-z]+)?:(?<type>[A-Za-z0-9]+)$")]
    private static partial System.Text.RegularExpressions.Regex VersionedAzureNative();

    public const string Stack = "pulumi:pulumi:Stack";

    public const string EksCluster = "aws:eks/cluster:Cluster";
    public const string EksNodeGroup = "aws:eks/nodeGroup:NodeGroup";
    public const string LaunchTemplate = "aws:ec2/launchTemplate:LaunchTemplate";
    public const string LaunchConfiguration = "aws:ec2/launchConfiguration:LaunchConfiguration";
    public const string Ec2Instance = "aws:ec2/instance:Instance";
    public const string AutoScalingGroup = "aws:autoscaling/group:Group";
    public const string NatGateway = "aws:ec2/natGateway:NatGateway";
    public const string Eip = "aws:ec2/eip:Eip";
    public const string LoadBalancer = "aws:lb/loadBalancer:LoadBalancer";
    public const string AlbLoadBalancer = "aws:alb/loadBalancer:LoadBalancer";
    public const string KmsKey = "aws:kms/key:Key";
    public const string S3Bucket = "aws:s3/bucket:Bucket";
    public const string S3BucketV2 = "aws:s3/bucketV2:BucketV2";
    public const string S3PublicAccessBlock = "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock";
    public const string S3Encryption = "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration";
    public const string S3EncryptionV2 = "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2";
    public const string S3BucketPolicy = "aws:s3/bucketPolicy:BucketPolicy";
    public const string S3BucketAcl = "aws:s3/bucketAcl:BucketAcl";
    public const string EcrRepository = "aws:ecr/repository:Repository";
    public const string EcrRegistryScanning = "aws:ecr/registryScanningConfiguration:RegistryScanningConfiguration";
    public const string AwsBudget = "aws:budgets/budget:Budget";
    public const string RdsInstance = "aws:rds/instance:Instance";
    public const string CloudFormationStack = "aws:cloudformation/stack:Stack";

    public const string AksCluster = "azure-native:containerservice:ManagedCluster";
    public const string AksAgentPool = "azure-native:containerservice:AgentPool";
    public const string StorageAccount = "azure-native:storage:StorageAccount";
    public const string BlobContainer = "azure-native:storage:BlobContainer";
    public const string ContainerRegistry = "azure-native:containerregistry:Registry";
    public const string DefenderPricing = "azure-native:security:Pricing";
    public const string AzureBudget = "azure-native:consumption:Budget";
    public const string AzureNatGateway = "azure-native:network:NatGateway";
    public const string AzurePublicIp = "azure-native:network:PublicIPAddress";
    public const string AzurePrivateEndpoint = "azure-native:network:PrivateEndpoint";
    public const string AzurePrivateDnsZone = "azure-native:privatedns:PrivateZone";
    public const string PostgresFlexibleServer = "azure-native:dbforpostgresql:Server";
    public const string AzureManagementLock = "azure-native:authorization:ManagementLockByScope";

    public const string KubernetesService = "kubernetes:core/v1:Service";
    public const string KubernetesSecret = "kubernetes:core/v1:Secret";
    public const string KubernetesPod = "kubernetes:core/v1:Pod";
    public const string KubernetesResourceQuota = "kubernetes:core/v1:ResourceQuota";
    public const string KubernetesDeployment = "kubernetes:apps/v1:Deployment";
    public const string KubernetesStatefulSet = "kubernetes:apps/v1:StatefulSet";
    public const string KubernetesDaemonSet = "kubernetes:apps/v1:DaemonSet";
    public const string KubernetesReplicaSet = "kubernetes:apps/v1:ReplicaSet";
    public const string KubernetesJob = "kubernetes:batch/v1:Job";
    public const string KubernetesCronJob = "kubernetes:batch/v1:CronJob";
    public const string KarpenterNodePool = "kubernetes:karpenter.sh/v1:NodePool";
    public const string KarpenterNodeClass = "kubernetes:karpenter.k8s.aws/v1:EC2NodeClass";
}

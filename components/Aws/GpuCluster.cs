using System.Collections.Immutable;
using Pulumi;
using Pulumi.Aws.Ec2;
using Pulumi.Aws.Ec2.Inputs;
using Pulumi.Aws.Eks;
using Pulumi.Aws.Eks.Inputs;
using Pulumi.Aws.Iam;
using Pulumi.Aws.Kms;

namespace MlPlatform.Components.Aws;

/// <summary>
/// An EKS cluster for GPU workloads: a VPC over several zones (private node subnets tagged for internal load balancers
/// and Karpenter discovery, public subnets with NAT), secrets encrypted with a dedicated KMS key, control-plane logging,
/// access entries for administrators, the managed add-ons, a node role and security group shared by every node group,
/// and the on-demand system node group. GPU pools are separate <see cref="GpuNodePool"/> components.
/// </summary>
public sealed class GpuCluster : ComponentResource
{
    public const string TypeToken = "mlplatform:aws:GpuCluster";

    /// <summary>The AWS-managed policies of the node role (EKS worker, ECR pull, VPC CNI, SSM for break-glass access).</summary>
    public static readonly ImmutableArray<string> NodeRolePolicies =
    [
        "arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy",
        "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryPullOnly",
        "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy",
        "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore",
    ];

    public const string ClusterAdminPolicyArn = "arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy";

    public GpuCluster(string name, GpuClusterArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        var plan = SubnetPlan.For(args.NetworkCidr, args.Region, args.AvailabilityZoneCount, args.AvailabilityZones.IsDefault ? null : args.AvailabilityZones);
        var cluster = args.ClusterName;
        var child = new CustomResourceOptions { Parent = this };
        ImmutableDictionary<string, string> Tags(string resource, IReadOnlyDictionary<string, string>? more = null) =>
            AwsTags.For(args.Tags, $"{cluster}-{resource}", more: more);

        // Network.
        var vpc = new Vpc($"{name}-vpc", new VpcArgs
        {
            CidrBlock = args.NetworkCidr,
            EnableDnsHostnames = true,
            EnableDnsSupport = true,
            Tags = Tags("vpc"),
        }, child);
        var internetGateway = new InternetGateway($"{name}-igw", new InternetGatewayArgs { VpcId = vpc.Id, Tags = Tags("igw") }, child);
        var publicRoutes = new RouteTable($"{name}-public-rt", new RouteTableArgs { VpcId = vpc.Id, Tags = Tags("public") }, child);
        _ = new Route($"{name}-public-default", new RouteArgs
        {
            RouteTableId = publicRoutes.Id,
            DestinationCidrBlock = "0.0.0.0/0",
            GatewayId = internetGateway.Id,
        }, child);

        var privateSubnets = new List<Subnet>();
        var natGateways = new List<NatGateway>();
        for (var i = 0; i < plan.Zones.Length; i++)
        {
            var zone = plan.Zones[i];
            var publicSubnet = new Subnet($"{name}-public-{zone}", new SubnetArgs
            {
                VpcId = vpc.Id,
                CidrBlock = plan.PublicCidrs[i],
                AvailabilityZone = zone,
                MapPublicIpOnLaunch = false,
                Tags = Tags($"public-{zone}", AwsTags.PublicSubnet(cluster)),
            }, child);
            _ = new RouteTableAssociation($"{name}-public-{zone}", new RouteTableAssociationArgs { RouteTableId = publicRoutes.Id, SubnetId = publicSubnet.Id }, child);
            if (args.NatGatewayPerZone || i == 0)
            {
                var address = new Eip($"{name}-nat-{zone}", new EipArgs { Domain = "vpc", Tags = Tags($"nat-{zone}") }, child);
                natGateways.Add(new NatGateway($"{name}-nat-{zone}", new NatGatewayArgs
                {
                    AllocationId = address.Id,
                    SubnetId = publicSubnet.Id,
                    ConnectivityType = "public",
                    Tags = Tags($"nat-{zone}"),
                }, new CustomResourceOptions { Parent = this, DependsOn = { internetGateway } }));
            }

            var privateSubnet = new Subnet($"{name}-private-{zone}", new SubnetArgs
            {
                VpcId = vpc.Id,
                CidrBlock = plan.PrivateCidrs[i],
                AvailabilityZone = zone,
                Tags = Tags($"private-{zone}", AwsTags.PrivateSubnet(cluster)),
            }, child);
            var privateRoutes = new RouteTable($"{name}-private-{zone}", new RouteTableArgs { VpcId = vpc.Id, Tags = Tags($"private-{zone}") }, child);
            _ = new Route($"{name}-private-{zone}-default", new RouteArgs
            {
                RouteTableId = privateRoutes.Id,
                DestinationCidrBlock = "0.0.0.0/0",
                NatGatewayId = natGateways[^1].Id,
            }, child);
            _ = new RouteTableAssociation($"{name}-private-{zone}", new RouteTableAssociationArgs { RouteTableId = privateRoutes.Id, SubnetId = privateSubnet.Id }, child);
            privateSubnets.Add(privateSubnet);
        }

        // Nodes of every group share one security group: all traffic among nodes and the control plane, all egress.
        var nodeSecurityGroup = new SecurityGroup($"{name}-nodes", new SecurityGroupArgs
        {
            VpcId = vpc.Id,
            Description = $"Nodes and control plane of {cluster}",
            Ingress =
            {
                new SecurityGroupIngressArgs { Protocol = "-1", FromPort = 0, ToPort = 0, Self = true, Description = "node to node and control plane" },
            },
            Egress =
            {
                new SecurityGroupEgressArgs { Protocol = "-1", FromPort = 0, ToPort = 0, CidrBlocks = { "0.0.0.0/0" }, Description = "all egress" },
            },
            RevokeRulesOnDelete = true,
            Tags = Tags("nodes", ImmutableDictionary<string, string>.Empty.Add(AwsTags.KarpenterDiscovery, cluster)),
        }, child);

        // Control plane.
        var secretsKey = ManagedKey.Create($"{name}-secrets", $"Envelope encryption of Kubernetes secrets in {cluster}", Tags("secrets"), this);
        var clusterRole = new Role($"{name}-cluster", new RoleArgs
        {
            AssumeRolePolicy = IamPolicies.ServiceAssumeRole("eks.amazonaws.com"),
            Description = $"EKS control plane of {cluster}",
            Tags = Tags("cluster-role"),
        }, child);
        var clusterPolicy = new RolePolicyAttachment($"{name}-cluster-policy", new RolePolicyAttachmentArgs
        {
            Role = clusterRole.Name,
            PolicyArn = "arn:aws:iam::aws:policy/AmazonEKSClusterPolicy",
        }, child);

        var eks = new Cluster($"{name}-eks", new ClusterArgs
        {
            Name = cluster,
            Version = args.KubernetesVersion,
            RoleArn = clusterRole.Arn,
            VpcConfig = new ClusterVpcConfigArgs
            {
                SubnetIds = privateSubnets.Select(s => s.Id).ToList(),
                SecurityGroupIds = { nodeSecurityGroup.Id },
                EndpointPrivateAccess = true,
                EndpointPublicAccess = !args.PrivateEndpoint,
                PublicAccessCidrs = args.PrivateEndpoint ? [] : args.PublicAccessCidrs,
            },
            EncryptionConfig = new ClusterEncryptionConfigArgs
            {
                Provider = new ClusterEncryptionConfigProviderArgs { KeyArn = secretsKey.Arn },
                Resources = { "secrets" },
            },
            EnabledClusterLogTypes = args.ControlPlaneLogTypes,
            AccessConfig = new ClusterAccessConfigArgs
            {
                AuthenticationMode = "API",
                BootstrapClusterCreatorAdminPermissions = true,
            },
            Tags = Tags("eks"),
        }, new CustomResourceOptions { Parent = this, DependsOn = { clusterPolicy } });

        foreach (var (principal, index) in args.AdminPrincipalArns.Select((p, i) => (p, i)))
        {
            var entry = new AccessEntry($"{name}-admin-{index}", new AccessEntryArgs
            {
                ClusterName = eks.Name,
                PrincipalArn = principal,
                Type = "STANDARD",
                Tags = Tags($"admin-{index}"),
            }, child);
            _ = new AccessPolicyAssociation($"{name}-admin-{index}", new AccessPolicyAssociationArgs
            {
                ClusterName = eks.Name,
                PrincipalArn = principal,
                PolicyArn = ClusterAdminPolicyArn,
                AccessScope = new AccessPolicyAssociationAccessScopeArgs { Type = "cluster" },
            }, new CustomResourceOptions { Parent = this, DependsOn = { entry } });
        }

        // Node role shared by every node group (and Karpenter's node class).
        NodeRolePhysicalName = AwsNaming.Fit($"{cluster}-node", 64);
        var nodeRole = new Role($"{name}-node", new RoleArgs
        {
            Name = NodeRolePhysicalName,
            AssumeRolePolicy = IamPolicies.ServiceAssumeRole("ec2.amazonaws.com"),
            Description = $"Nodes of {cluster}",
            Tags = Tags("node-role"),
        }, child);
        var nodePolicies = NodeRolePolicies
            .Select((arn, i) => (Resource)new RolePolicyAttachment($"{name}-node-policy-{i}", new RolePolicyAttachmentArgs { Role = nodeRole.Name, PolicyArn = arn }, child))
            .ToList();

        // Add-ons that nodes need to become ready go first; coredns needs running nodes, so it follows the system group.
        var early = args.Addons.Where(a => a != "coredns").Select(addon => (Resource)NewAddon(name, addon, eks, child)).ToList();
        var systemSettings = LaunchTemplateSettings.ForSystemPool(args.SystemPool.DiskSizeGiB);
        var systemTemplate = NodeLaunchTemplate.Create($"{name}-system", systemSettings, nodeSecurityGroup, eks, Tags("system"), this);
        var systemGroup = new NodeGroup($"{name}-system", new NodeGroupArgs
        {
            ClusterName = eks.Name,
            NodeGroupName = AwsNaming.Fit($"{cluster}-system", AwsNaming.NodeGroupMaxLength),
            NodeRoleArn = nodeRole.Arn,
            SubnetIds = privateSubnets.Select(s => s.Id).ToList(),
            CapacityType = "ON_DEMAND",
            AmiType = "AL2023_x86_64_STANDARD",
            InstanceTypes = { args.SystemPool.InstanceType },
            ScalingConfig = new NodeGroupScalingConfigArgs
            {
                MinSize = args.SystemPool.MinNodes,
                MaxSize = args.SystemPool.MaxNodes,
                DesiredSize = args.SystemPool.MinNodes,
            },
            UpdateConfig = new NodeGroupUpdateConfigArgs { MaxUnavailable = 1 },
            LaunchTemplate = new NodeGroupLaunchTemplateArgs { Id = systemTemplate.Id, Version = systemTemplate.LatestVersion.Apply(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)) },
            Labels = { { GpuNodeLabels.Pool, "system" } },
            Tags = Tags("system"),
        }, new CustomResourceOptions { Parent = this, DependsOn = [.. nodePolicies, .. early] });
        if (args.Addons.Contains("coredns"))
        {
            NewAddon(name, "coredns", eks, new CustomResourceOptions { Parent = this, DependsOn = { systemGroup } });
        }

        ClusterName = eks.Name;
        ClusterArn = eks.Arn;
        Endpoint = eks.Endpoint;
        CertificateAuthorityData = eks.CertificateAuthority.Apply(ca => ca.Data);
        OidcIssuer = eks.Identities.Apply(ids => ids.IsDefaultOrEmpty || ids[0].Oidcs.IsDefaultOrEmpty ? string.Empty : ids[0].Oidcs[0].Issuer);
        Kubeconfig = Output.CreateSecret(Output.Tuple(eks.Name, eks.Endpoint, CertificateAuthorityData)
            .Apply(t => Aws.Kubeconfig.For(t.Item1, t.Item2, t.Item3, args.Region)));
        ClusterSecurityGroupId = eks.VpcConfig.Apply(v => v.ClusterSecurityGroupId);
        NodeSecurityGroupId = nodeSecurityGroup.Id;
        NodeRoleArn = nodeRole.Arn;
        NodeRoleName = nodeRole.Name;
        VpcId = vpc.Id;
        PrivateSubnetIds = Output.All(privateSubnets.Select(s => s.Id));
        ClusterRoleArn = clusterRole.Arn;
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["clusterName"] = ClusterName,
            ["clusterArn"] = ClusterArn,
            ["endpoint"] = Endpoint,
            ["kubeconfig"] = Kubeconfig,
            ["oidcIssuer"] = OidcIssuer,
            ["clusterSecurityGroupId"] = ClusterSecurityGroupId,
            ["nodeSecurityGroupId"] = NodeSecurityGroupId,
            ["nodeRoleArn"] = NodeRoleArn,
            ["vpcId"] = VpcId,
            ["privateSubnetIds"] = PrivateSubnetIds,
        });
    }

    /// <summary>The node role's name, fixed at plan time so Karpenter node classes can name it.</summary>
    public string NodeRolePhysicalName { get; }

    [Output("clusterName")]
    public Output<string> ClusterName { get; private set; }

    [Output("clusterArn")]
    public Output<string> ClusterArn { get; private set; }

    [Output("endpoint")]
    public Output<string> Endpoint { get; private set; }

    [Output("certificateAuthorityData")]
    public Output<string> CertificateAuthorityData { get; private set; }

    /// <summary>Secret: a kubeconfig that authenticates with <c>aws eks get-token</c>.</summary>
    [Output("kubeconfig")]
    public Output<string> Kubeconfig { get; private set; }

    [Output("oidcIssuer")]
    public Output<string> OidcIssuer { get; private set; }

    /// <summary>The security group EKS creates for the cluster.</summary>
    [Output("clusterSecurityGroupId")]
    public Output<string> ClusterSecurityGroupId { get; private set; }

    /// <summary>The security group of every node (tagged for Karpenter discovery).</summary>
    [Output("nodeSecurityGroupId")]
    public Output<string> NodeSecurityGroupId { get; private set; }

    [Output("nodeRoleArn")]
    public Output<string> NodeRoleArn { get; private set; }

    [Output("nodeRoleName")]
    public Output<string> NodeRoleName { get; private set; }

    [Output("clusterRoleArn")]
    public Output<string> ClusterRoleArn { get; private set; }

    [Output("vpcId")]
    public Output<string> VpcId { get; private set; }

    [Output("privateSubnetIds")]
    public Output<ImmutableArray<string>> PrivateSubnetIds { get; private set; }

    private static Addon NewAddon(string name, string addon, Cluster eks, CustomResourceOptions options) =>
        new($"{name}-{addon}", new AddonArgs
        {
            ClusterName = eks.Name,
            AddonName = addon,
            ResolveConflictsOnCreate = "OVERWRITE",
            ResolveConflictsOnUpdate = "PRESERVE",
        }, options);
}

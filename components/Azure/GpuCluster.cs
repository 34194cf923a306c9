using System.Collections.Immutable;
using System.Globalization;
using Pulumi;
using Pulumi.AzureNative.ContainerService;
using Pulumi.AzureNative.ContainerService.Inputs;
using Pulumi.AzureNative.Network;
using Pulumi.AzureNative.OperationalInsights;
using Pulumi.AzureNative.OperationalInsights.Inputs;
using Pulumi.AzureNative.Resources;
// Network and Resources have enums of this name too; the managed cluster's identity takes the ContainerService one.
using ResourceIdentityType = Pulumi.AzureNative.ContainerService.ResourceIdentityType;

namespace MlPlatform.Components.Azure;

/// <summary>
/// The AKS side of the platform: a resource group, a VNet with a node subnet and a private-endpoint subnet, and an AKS
/// managed cluster with the OIDC issuer and workload identity on, Entra ID authentication with Azure RBAC and local
/// accounts disabled, an optional private API server, Azure CNI overlay, a system pool that is never spot, the
/// cluster autoscaler's priority expander (spot pools first, on-demand fallback last), and Container Insights.
/// GPU pools are added by <see cref="GpuNodePool"/>; AKS installs the NVIDIA driver on GPU nodes, and the Kubernetes
/// layer deploys the NVIDIA device plugin.
/// </summary>
public sealed class GpuCluster : ComponentResource
{
    public const string TypeToken = "mlplatform:azure:GpuCluster";

    /// <summary>The system pool's agent pool name.</summary>
    public const string SystemPoolName = "system";

    /// <summary>The key of the kubelet identity in the cluster's identity profile.</summary>
    public const string KubeletIdentityKey = "kubeletidentity";

    public GpuCluster(string name, GpuClusterArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        InvalidSpecException.ThrowIfAny(Validate(args));
        var tags = args.Tags.For();
        var childOptions = new CustomResourceOptions { Parent = this };
        var subnets = SubnetPlan.For(args.NetworkCidr);
        Zones = [.. Enumerable.Range(1, args.AvailabilityZoneCount).Select(z => z.ToString(CultureInfo.InvariantCulture))];

        var group = new ResourceGroup($"{name}-rg", new ResourceGroupArgs
        {
            ResourceGroupName = args.ResourceGroupName ?? AzureNaming.For(AzureResourceKind.ResourceGroup, args.ClusterName, "rg"),
            Location = args.Location,
            Tags = tags,
        }, childOptions);

        var vnet = new VirtualNetwork($"{name}-vnet", new VirtualNetworkArgs
        {
            VirtualNetworkName = AzureNaming.For(AzureResourceKind.VirtualNetwork, args.ClusterName, "vnet"),
            ResourceGroupName = group.Name,
            Location = args.Location,
            AddressSpace = new Pulumi.AzureNative.Network.Inputs.AddressSpaceArgs { AddressPrefixes = { args.NetworkCidr } },
            Tags = tags,
        }, childOptions);

        var nodes = new Subnet($"{name}-nodes", new SubnetArgs
        {
            SubnetName = SubnetPlan.NodesSubnetName,
            ResourceGroupName = group.Name,
            VirtualNetworkName = vnet.Name,
            AddressPrefix = subnets.NodesCidr,
        }, childOptions);

        var endpoints = new Subnet($"{name}-endpoints", new SubnetArgs
        {
            SubnetName = SubnetPlan.EndpointsSubnetName,
            ResourceGroupName = group.Name,
            VirtualNetworkName = vnet.Name,
            AddressPrefix = subnets.EndpointsCidr,
            // Network security groups and route tables then apply to endpoint traffic too, so a hub firewall route or
            // an NSG added later covers the registry and storage endpoints (Azure no longer requires this off).
            PrivateEndpointNetworkPolicies = SubnetPlan.EndpointNetworkPolicies,
        }, new CustomResourceOptions { Parent = this, DependsOn = { nodes } });

        // Subnets of one VNet are created one after another: Azure rejects concurrent changes to a VNet.
        Subnet? database = null;
        if (args.DatabaseSubnet)
        {
            database = new Subnet($"{name}-postgres", new SubnetArgs
            {
                SubnetName = SubnetPlan.DatabaseSubnetName,
                ResourceGroupName = group.Name,
                VirtualNetworkName = vnet.Name,
                AddressPrefix = subnets.DatabaseCidr,
                Delegations = new Pulumi.AzureNative.Network.Inputs.DelegationArgs
                {
                    Name = "postgres-flexible-server",
                    ServiceName = SubnetPlan.DatabaseDelegation,
                },
            }, new CustomResourceOptions { Parent = this, DependsOn = { endpoints } });
        }

        var addons = new InputMap<ManagedClusterAddonProfileArgs>();
        if (args.MonitoringEnabled)
        {
            var workspace = new Workspace($"{name}-logs", new WorkspaceArgs
            {
                WorkspaceName = AzureNaming.For(AzureResourceKind.LogAnalyticsWorkspace, args.ClusterName, "logs"),
                ResourceGroupName = group.Name,
                Location = args.Location,
                RetentionInDays = args.LogRetentionDays,
                Sku = new WorkspaceSkuArgs { Name = WorkspaceSkuNameEnum.PerGB2018 },
                Tags = tags,
            }, childOptions);
            addons.Add("omsagent", new ManagedClusterAddonProfileArgs
            {
                Enabled = true,
                Config =
                {
                    { "logAnalyticsWorkspaceResourceID", workspace.Id },
                    { "useAADAuth", "true" },
                },
            });
        }

        var clusterName = AzureNaming.For(AzureResourceKind.ManagedCluster, args.ClusterName);
        NodeResourceGroupName = AzureNaming.For(AzureResourceKind.ResourceGroup, args.ClusterName, "nodes", "rg");
        var cluster = new ManagedCluster($"{name}-aks", new ManagedClusterArgs
        {
            ResourceName = clusterName,
            ResourceGroupName = group.Name,
            Location = args.Location,
            DnsPrefix = clusterName,
            KubernetesVersion = args.KubernetesVersion,
            NodeResourceGroup = NodeResourceGroupName,
            Identity = new ManagedClusterIdentityArgs { Type = ResourceIdentityType.SystemAssigned },
            Sku = new ManagedClusterSKUArgs
            {
                Name = ManagedClusterSKUName.Base,
                Tier = args.StandardTier ? ManagedClusterSKUTier.Standard : ManagedClusterSKUTier.Free,
            },
            EnableRBAC = true,
            DisableLocalAccounts = true,
            AadProfile = new ManagedClusterAADProfileArgs
            {
                Managed = true,
                EnableAzureRBAC = true,
                AdminGroupObjectIDs = args.AdminGroupObjectIds,
            },
            ApiServerAccessProfile = new ManagedClusterAPIServerAccessProfileArgs { EnablePrivateCluster = args.PrivateApiServer },
            OidcIssuerProfile = new ManagedClusterOIDCIssuerProfileArgs { Enabled = true },
            SecurityProfile = new ManagedClusterSecurityProfileArgs
            {
                WorkloadIdentity = new ManagedClusterSecurityProfileWorkloadIdentityArgs { Enabled = true },
            },
            NetworkProfile = new ContainerServiceNetworkProfileArgs
            {
                NetworkPlugin = NetworkPlugin.Azure,
                NetworkPluginMode = NetworkPluginMode.Overlay,
                NetworkPolicy = NetworkPolicy.Calico,
                PodCidr = SubnetPlan.PodCidr,
                ServiceCidr = SubnetPlan.ServiceCidr,
                DnsServiceIP = SubnetPlan.DnsServiceIp,
                OutboundType = OutboundType.LoadBalancer,
            },
            AutoScalerProfile = AutoscalerProfile(args.MaxNodeProvisionTime),
            AgentPoolProfiles =
            {
                new ManagedClusterAgentPoolProfileArgs
                {
                    Name = SystemPoolName,
                    Mode = AgentPoolMode.System,
                    // The system pool runs the add-ons and platform services: it is never spot.
                    ScaleSetPriority = ScaleSetPriority.Regular,
                    VmSize = args.SystemVmSize,
                    OsType = OSType.Linux,
                    OsSKU = OSSKU.Ubuntu,
                    EnableAutoScaling = true,
                    Count = args.SystemMinCount,
                    MinCount = args.SystemMinCount,
                    MaxCount = args.SystemMaxCount,
                    AvailabilityZones = Zones,
                    VnetSubnetID = nodes.Id,
                },
            },
            AddonProfiles = addons,
            Tags = tags,
        }, new CustomResourceOptions
        {
            Parent = this,
            // The autoscaler owns the system pool's size once the cluster exists.
            IgnoreChanges = { "agentPoolProfiles[0].count" },
        });

        ResourceGroupName = group.Name;
        ResourceGroupId = group.Id;
        // Budgets cover the node resource group too, so they sit on the subscription (the resource group in unit tests).
        BudgetScope = group.Id.Apply(id => AzureResourceIds.SubscriptionScope(id) ?? id);
        Location = Output.Create(args.Location);
        ClusterName = cluster.Name;
        ClusterId = cluster.Id;
        Endpoint = args.PrivateApiServer
            ? cluster.PrivateFQDN.Apply(f => $"https://{f}:443")
            : cluster.Fqdn.Apply(f => $"https://{f}:443");
        OidcIssuer = cluster.OidcIssuerProfile.Apply(p => p?.IssuerURL ?? string.Empty);
        KubeletObjectId = cluster.IdentityProfile.Apply(p =>
            p is not null && p.TryGetValue(KubeletIdentityKey, out var kubelet) ? kubelet.ObjectId ?? string.Empty : string.Empty);
        NodeSubnetId = nodes.Id;
        EndpointSubnetId = endpoints.Id;
        VnetId = vnet.Id;
        DatabaseSubnetId = database?.Id ?? Output.Create(string.Empty);
        var credentials = ListManagedClusterUserCredentials.Invoke(new ListManagedClusterUserCredentialsInvokeArgs
        {
            ResourceGroupName = group.Name,
            ResourceName = cluster.Name,
            Format = "exec",
        }, new InvokeOptions { Parent = this });
        Kubeconfig = Output.CreateSecret(credentials.Apply(c =>
            AksKubeconfig.ForAutomation([.. (c.Kubeconfigs.IsDefault ? [] : c.Kubeconfigs).Select(k => k.Value)], args.KubeloginMode)));
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["clusterName"] = ClusterName,
            ["clusterId"] = ClusterId,
            ["endpoint"] = Endpoint,
            ["kubeconfig"] = Kubeconfig,
            ["oidcIssuer"] = OidcIssuer,
            ["resourceGroupName"] = ResourceGroupName,
            ["resourceGroupId"] = ResourceGroupId,
            ["budgetScope"] = BudgetScope,
            ["kubeletObjectId"] = KubeletObjectId,
            ["nodeSubnetId"] = NodeSubnetId,
            ["endpointSubnetId"] = EndpointSubnetId,
            ["vnetId"] = VnetId,
            ["databaseSubnetId"] = DatabaseSubnetId,
        });
    }

    /// <summary>The resource group AKS puts the node VMs (scale sets, disks, load balancer) in.</summary>
    public string NodeResourceGroupName { get; }

    /// <summary>Zones the cluster's pools spread over (<c>1</c>, <c>2</c>, …).</summary>
    public ImmutableArray<string> Zones { get; }

    [Output("clusterName")]
    public Output<string> ClusterName { get; private set; }

    [Output("clusterId")]
    public Output<string> ClusterId { get; private set; }

    /// <summary><c>https://&lt;fqdn&gt;:443</c>; the private FQDN for a private cluster.</summary>
    [Output("endpoint")]
    public Output<string> Endpoint { get; private set; }

    /// <summary>Secret: a kubeconfig that authenticates through kubelogin with Entra ID (no local accounts).</summary>
    [Output("kubeconfig")]
    public Output<string> Kubeconfig { get; private set; }

    [Output("oidcIssuer")]
    public Output<string> OidcIssuer { get; private set; }

    [Output("resourceGroupName")]
    public Output<string> ResourceGroupName { get; private set; }

    [Output("resourceGroupId")]
    public Output<string> ResourceGroupId { get; private set; }

    /// <summary>The subscription the cluster is in (<c>/subscriptions/&lt;id&gt;</c>), the scope for budgets.</summary>
    [Output("budgetScope")]
    public Output<string> BudgetScope { get; private set; }

    [Output("location")]
    public Output<string> Location { get; private set; }

    /// <summary>Object ID of the kubelet identity (nodes pull images with it).</summary>
    [Output("kubeletObjectId")]
    public Output<string> KubeletObjectId { get; private set; }

    [Output("nodeSubnetId")]
    public Output<string> NodeSubnetId { get; private set; }

    [Output("endpointSubnetId")]
    public Output<string> EndpointSubnetId { get; private set; }

    [Output("vnetId")]
    public Output<string> VnetId { get; private set; }

    /// <summary>The subnet delegated to PostgreSQL Flexible Server; empty without <see cref="GpuClusterArgs.DatabaseSubnet"/>.</summary>
    [Output("databaseSubnetId")]
    public Output<string> DatabaseSubnetId { get; private set; }

    /// <summary>The autoscaler settings: the priority expander, fast give-up on capacity that does not come.</summary>
    public static ManagedClusterPropertiesAutoScalerProfileArgs AutoscalerProfile(string maxNodeProvisionTime) => new()
    {
        Expander = Expander.Priority,
        MaxNodeProvisionTime = maxNodeProvisionTime,
        // Pools of different sizes are not alike; balancing would spread nodes over sizes the expander ranks lower.
        BalanceSimilarNodeGroups = "false",
        ScaleDownUnneededTime = "10m",
        ScaleDownDelayAfterAdd = "10m",
        // The dataset cache is a cache: nodes holding it may still scale down.
        SkipNodesWithLocalStorage = "false",
    };

    /// <summary>Every problem of <paramref name="args"/>, each naming its field.</summary>
    public static IReadOnlyList<SpecError> Validate(GpuClusterArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var errors = new List<SpecError>();
        if (AzureNaming.Validate(AzureResourceKind.ManagedCluster, args.ClusterName ?? string.Empty, "cluster.name") is { } name)
        {
            errors.Add(name);
        }

        if (args.AvailabilityZoneCount is < 1 or > 3)
        {
            errors.Add(new SpecError("cluster.availabilityZones", $"must be between 1 and 3 on Azure (got {args.AvailabilityZoneCount})"));
        }

        try
        {
            _ = SubnetPlan.For(args.NetworkCidr);
        }
        catch (ArgumentException e)
        {
            errors.Add(new SpecError("cluster.networkCidr", e.Message));
        }

        if (args.SystemMinCount < 1 || args.SystemMaxCount < args.SystemMinCount)
        {
            errors.Add(new SpecError("cluster.systemPool", $"needs 1 <= minNodes <= maxNodes (got {args.SystemMinCount}..{args.SystemMaxCount})"));
        }

        if (args.LogRetentionDays is < 30 or > 730)
        {
            errors.Add(new SpecError("cluster.logRetentionDays", $"must be between 30 and 730 (got {args.LogRetentionDays})"));
        }

        return errors;
    }
}

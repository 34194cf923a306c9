using System.Collections.Immutable;
using System.Globalization;
using MlPlatform.CostModel;

namespace MlPlatform.Policies;

/// <summary>
/// Prices one resource from its inputs: node groups from the GPU tables (spot at the snapshot's spot price) or the list
/// prices of general-purpose types; control planes, NAT gateways, addresses, load balancers, private endpoints, private
/// DNS zones, keys, buckets, storage accounts and registries from the list-price table. Resources without a price are
/// free (IAM, routes, Kubernetes objects other than load-balanced services).
/// </summary>
public static class ResourceCostEstimator
{
    /// <summary>The cost of <paramref name="resource"/>, or null when it costs nothing by itself; <paramref name="unpriced"/> collects what could not be priced.</summary>
    public static ResourceCost? Estimate(PolicyResource resource, PolicyContext context, ICollection<string> unpriced, Func<string, PolicyResource?>? find = null)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(unpriced);
        var cloud = context.Cloud;
        switch (resource.Type)
        {
            case ResourceTypes.EksNodeGroup or ResourceTypes.AutoScalingGroup or ResourceTypes.Ec2Instance or ResourceTypes.AksAgentPool or ResourceTypes.KarpenterNodePool or ResourceTypes.CloudFormationStack:
                return Groups(resource, context, unpriced, CostRange.Zero, null, find);
            case ResourceTypes.AksCluster:
                var tier = (Values.AsString(resource.Input("sku", "tier")) ?? "Free").ToLowerInvariant();
                return Groups(resource, context, unpriced, Item(Cloud.Azure, $"aks-{tier}", context, unpriced, resource), $"aks-{tier}");
            case ResourceTypes.EksCluster:
                var support = string.Equals(Values.AsString(resource.Input("upgradePolicy", "supportType")), "EXTENDED", StringComparison.OrdinalIgnoreCase) ? "extended" : "standard";
                return Fixed(resource, CostCategory.ControlPlane, $"eks-cluster-{support}", Cloud.Aws, context, unpriced);
            case ResourceTypes.NatGateway:
                return Fixed(resource, CostCategory.Network, "nat-gateway", Cloud.Aws, context, unpriced);
            case ResourceTypes.AzureNatGateway:
                return Fixed(resource, CostCategory.Network, "nat-gateway", Cloud.Azure, context, unpriced);
            case ResourceTypes.Eip:
                return Fixed(resource, CostCategory.Network, "public-ipv4", Cloud.Aws, context, unpriced);
            case ResourceTypes.AzurePublicIp:
                return Fixed(resource, CostCategory.Network, "public-ip-standard", Cloud.Azure, context, unpriced);
            case ResourceTypes.AzurePrivateEndpoint:
                return Fixed(resource, CostCategory.Network, "private-endpoint", Cloud.Azure, context, unpriced);
            case ResourceTypes.AzurePrivateDnsZone:
                return Fixed(resource, CostCategory.Network, "private-dns-zone", Cloud.Azure, context, unpriced);
            case ResourceTypes.LoadBalancer or ResourceTypes.AlbLoadBalancer:
                return Fixed(resource, CostCategory.Network, "load-balancer", Cloud.Aws, context, unpriced);
            case ResourceTypes.KubernetesService when Values.AsString(resource.Input("spec", "type")) == "LoadBalancer":
                return Fixed(resource, CostCategory.Network, cloud == Cloud.Aws ? "load-balancer" : "load-balancer-standard", cloud, context, unpriced);
            case ResourceTypes.KmsKey:
                return Fixed(resource, CostCategory.Security, "kms-key", Cloud.Aws, context, unpriced);
            case ResourceTypes.S3Bucket or ResourceTypes.S3BucketV2:
                return Fixed(resource, CostCategory.Storage, "s3-standard", Cloud.Aws, context, unpriced);
            case ResourceTypes.RdsInstance:
                return RdsInstance(resource, context, unpriced);
            case ResourceTypes.PostgresFlexibleServer:
                return FlexibleServer(resource, context, unpriced);
            case ResourceTypes.EcrRepository:
                return Fixed(resource, CostCategory.Registry, "ecr-storage", Cloud.Aws, context, unpriced);
            case ResourceTypes.StorageAccount:
                return Fixed(resource, CostCategory.Storage, "blob-hot-lrs", Cloud.Azure, context, unpriced);
            case ResourceTypes.ContainerRegistry:
                var sku = (Values.AsString(resource.Input("sku", "name")) ?? "Basic").ToLowerInvariant();
                return Fixed(resource, CostCategory.Registry, $"acr-{sku}", Cloud.Azure, context, unpriced);
            default:
                return null;
        }
    }

    /// <summary>Prices the node groups <paramref name="resource"/> declares, plus <paramref name="fixedPart"/> (a control plane).</summary>
    private static ResourceCost? Groups(PolicyResource resource, PolicyContext context, ICollection<string> unpriced, CostRange fixedPart, string? fixedItem, Func<string, PolicyResource?>? find = null)
    {
        var priced = ImmutableArray.CreateBuilder<CapacityGroupCost>();
        var estimated = false;
        var range = fixedPart;
        var basis = new List<string>();
        if (fixedItem is not null)
        {
            basis.Add(fixedItem);
        }

        var scaling = ScalingGroupReader.Read(resource, context, find).ToImmutableArray();
        foreach (var group in scaling)
        {
            if (Price(group, context) is not { } cost)
            {
                // A group held at zero nodes costs nothing whatever its price; any other is unverifiable.
                if (group.MaxNodes > 0)
                {
                    unpriced.Add($"{resource.Urn}: no {group.Capacity} price for {group.InstanceTypes[0]} in {group.Region ?? context.Region}");
                }

                continue;
            }

            priced.Add(cost);
            estimated |= cost.NodePrice.IsEstimated;
            range += cost.Range(context.ExpectedUtilisation);
            basis.Add(string.Create(CultureInfo.InvariantCulture, $"{cost.MinNodes}-{cost.MaxNodes} x {cost.InstanceType} {(cost.Capacity == CapacityType.Spot ? "spot" : "on-demand")} @ {cost.NodePrice.UsdPerHour:0.####}/h"));
        }

        return scaling.IsEmpty && fixedItem is null
            ? null
            : new ResourceCost(resource.Urn, resource.Type, resource.Name, CostCategory.Compute, range, string.Join("; ", basis), estimated, priced.ToImmutable(), scaling);
    }

    /// <summary>
    /// One node group priced at its first (preferred) type: the cluster autoscaler builds a managed node group's node
    /// template from its first instance type, and spot allocation favours the listed order.
    /// </summary>
    public static CapacityGroupCost? Price(ScalingGroup group, PolicyContext context)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(context);
        var type = group.InstanceTypes[0];
        return context.Costs.NodePrice(context.Cloud, type, group.Region ?? context.Region, group.Capacity) is { } price
            ? new CapacityGroupCost(group.Capacity, type, price, group.GpusPerNode, group.MinNodes, group.MaxNodes)
            : null;
    }

    private static ResourceCost? Fixed(PolicyResource resource, CostCategory category, string item, Cloud cloud, PolicyContext context, ICollection<string> unpriced)
    {
        var price = context.Costs.List.Find(cloud, item);
        if (price is null)
        {
            unpriced.Add($"{resource.Urn}: the list prices ({context.Costs.List.Source}) have no '{item}' for {cloud}");
            return null;
        }

        var basis = price.AssumedQuantity is { } quantity
            ? string.Create(CultureInfo.InvariantCulture, $"{item} @ {price.Usd:0.####}/GiB-month x {quantity:0} GiB assumed")
            : item;
        return new ResourceCost(resource.Urn, resource.Type, resource.Name, category, CostRange.Fixed(price.UsdPerHour), basis, price.AssumedQuantity is not null);
    }

    /// <summary>The list-price item of an RDS for PostgreSQL instance class.</summary>
    public static string RdsInstanceItem(string instanceClass) => $"rds-postgres-{instanceClass}";

    public const string RdsStorageItem = "rds-gp3";

    /// <summary>
    /// An RDS instance: its class's instance hour plus its provisioned storage; Multi-AZ bills a standby instance and its
    /// storage copy on top, so both count twice.
    /// </summary>
    private static ResourceCost? RdsInstance(PolicyResource resource, PolicyContext context, ICollection<string> unpriced)
    {
        var instanceClass = Values.AsString(resource.Input("instanceClass"));
        if (instanceClass is null)
        {
            unpriced.Add($"{resource.Urn}: no instanceClass to price");
            return null;
        }

        var instance = context.Costs.List.Find(Cloud.Aws, RdsInstanceItem(instanceClass));
        var storage = context.Costs.List.Find(Cloud.Aws, RdsStorageItem);
        if (instance is null || storage is null)
        {
            unpriced.Add($"{resource.Urn}: the list prices ({context.Costs.List.Source}) have no '{(instance is null ? RdsInstanceItem(instanceClass) : RdsStorageItem)}' for {Cloud.Aws}");
            return null;
        }

        var gib = Values.AsNumber(resource.Input("allocatedStorage")) ?? 0;
        var copies = Values.AsBool(resource.Input("multiAz")) == true ? 2 : 1;
        var hourly = copies * (instance.UsdPerHour + (storage.Usd * gib / HourlyPrice.HoursPerMonth));
        var basis = string.Create(CultureInfo.InvariantCulture, $"{copies} x ({instanceClass} @ {instance.Usd:0.####}/h + {gib:0} GiB {RdsStorageItem} @ {storage.Usd:0.####}/GiB-month){(copies == 2 ? " (Multi-AZ standby)" : string.Empty)}");
        return new ResourceCost(resource.Urn, resource.Type, resource.Name, CostCategory.Database, CostRange.Fixed(hourly), basis, false);
    }

    /// <summary>The list-price item of a PostgreSQL Flexible Server SKU.</summary>
    public static string FlexibleServerItem(string skuName) => $"pg-flexible-{skuName}";

    public const string FlexibleServerStorageItem = "pg-flexible-storage";

    /// <summary>
    /// A PostgreSQL Flexible Server: its SKU's compute hour plus its provisioned storage; zone-redundant (or same-zone)
    /// HA bills a standby and its storage on top, so both count twice.
    /// </summary>
    private static ResourceCost? FlexibleServer(PolicyResource resource, PolicyContext context, ICollection<string> unpriced)
    {
        var sku = Values.AsString(resource.Input("sku", "name"));
        if (sku is null)
        {
            unpriced.Add($"{resource.Urn}: no sku.name to price");
            return null;
        }

        var compute = context.Costs.List.Find(Cloud.Azure, FlexibleServerItem(sku));
        var storage = context.Costs.List.Find(Cloud.Azure, FlexibleServerStorageItem);
        if (compute is null || storage is null)
        {
            unpriced.Add($"{resource.Urn}: the list prices ({context.Costs.List.Source}) have no '{(compute is null ? FlexibleServerItem(sku) : FlexibleServerStorageItem)}' for {Cloud.Azure}");
            return null;
        }

        var gib = Values.AsNumber(resource.Input("storage", "storageSizeGB")) ?? 0;
        var mode = Values.AsString(resource.Input("highAvailability", "mode"));
        var copies = mode is "ZoneRedundant" or "SameZone" ? 2 : 1;
        var hourly = copies * (compute.UsdPerHour + (storage.Usd * gib / HourlyPrice.HoursPerMonth));
        var basis = string.Create(CultureInfo.InvariantCulture, $"{copies} x ({sku} @ {compute.Usd:0.####}/h + {gib:0} GiB {FlexibleServerStorageItem} @ {storage.Usd:0.####}/GiB-month){(copies == 2 ? $" ({mode} HA standby)" : string.Empty)}");
        return new ResourceCost(resource.Urn, resource.Type, resource.Name, CostCategory.Database, CostRange.Fixed(hourly), basis, false);
    }

    private static CostRange Item(Cloud cloud, string item, PolicyContext context, ICollection<string> unpriced, PolicyResource resource)
    {
        if (context.Costs.ItemHourly(cloud, item) is { } hourly)
        {
            return CostRange.Fixed(hourly);
        }

        unpriced.Add($"{resource.Urn}: the list prices have no '{item}' for {cloud}");
        return CostRange.Zero;
    }
}

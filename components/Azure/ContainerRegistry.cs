using System.Collections.Immutable;
using Pulumi;
using Pulumi.AzureNative.Authorization;
using Pulumi.AzureNative.ContainerRegistry;
using Pulumi.AzureNative.ContainerRegistry.Inputs;

namespace MlPlatform.Components.Azure;

/// <summary>
/// The Azure Container Registry of an environment: Premium in production (private endpoints, and the retention policy
/// that deletes untagged manifests), Standard otherwise; the admin user and anonymous pull off; AcrPull granted to the
/// cluster's kubelet identity and to nobody else. Given a <see cref="PrivateAccess"/>, it is reachable only through a
/// <c>registry</c> private endpoint in the cluster VNet (public network access disabled, default action deny).
/// </summary>
public sealed class ContainerRegistry : ComponentResource
{
    public const string TypeToken = "mlplatform:azure:ContainerRegistry";

    public ContainerRegistry(string name, ContainerRegistryArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        InvalidSpecException.ThrowIfAny(Validate(args));
        var registryName = AzureNaming.Global(AzureResourceKind.ContainerRegistry, args.Prefix, "acr", args.NameSeed);
        var registryArgs = new RegistryArgs
        {
            RegistryName = registryName,
            ResourceGroupName = args.ResourceGroupName,
            Location = args.Location,
            Sku = new SkuArgs { Name = args.Premium ? SkuName.Premium : SkuName.Standard },
            AdminUserEnabled = false,
            AnonymousPullEnabled = false,
            Tags = args.Tags.For(),
        };
        if (args.Premium)
        {
            // The retention policy is a Premium feature; Standard registries reject it.
            registryArgs.Policies = new PoliciesArgs
            {
                RetentionPolicy = new RetentionPolicyArgs { Days = args.UntaggedRetentionDays, Status = PolicyStatus.Enabled },
            };
        }

        if (args.PrivateAccess is not null)
        {
            registryArgs.PublicNetworkAccess = PublicNetworkAccess.Disabled;
            registryArgs.NetworkRuleSet = new NetworkRuleSetArgs { DefaultAction = DefaultAction.Deny };
            // Trusted Microsoft services (Defender for Containers' image scanning among them) still reach the registry.
            registryArgs.NetworkRuleBypassOptions = NetworkRuleBypassOptions.AzureServices;
        }

        var registry = new Registry($"{name}-acr", registryArgs, new CustomResourceOptions { Parent = this });
        if (args.PrivateAccess is { } access)
        {
            _ = new PrivateLinkEndpoint($"{name}-pe", new PrivateLinkEndpointArgs
            {
                EndpointName = PrivateLinkEndpoint.NameFor(args.Prefix, PrivateEndpointPlan.Registry),
                TargetResourceId = registry.Id,
                GroupId = PrivateLinkGroups.Registry,
                SubnetId = access.SubnetId,
                DnsZoneId = access.DnsZoneIds[PrivateLinkGroups.Registry],
                ResourceGroupName = args.ResourceGroupName,
                Location = args.Location,
                Tags = args.Tags,
            }, new ComponentResourceOptions { Parent = this });
        }

        _ = new RoleAssignment($"{name}-kubelet-acrpull", new RoleAssignmentArgs
        {
            PrincipalId = args.KubeletObjectId,
            PrincipalType = PrincipalType.ServicePrincipal,
            Scope = registry.Id,
            RoleDefinitionId = registry.Id.Apply(id => RoleDefinitions.IdFor(id, RoleDefinitions.AcrPull)),
        }, new CustomResourceOptions { Parent = this });

        var loginServer = RegistryNaming.LoginServer(registryName);
        RegistryName = Output.Create(registryName);
        RegistryId = registry.Id;
        LoginServer = Output.Create(loginServer);
        RepositoryUrls = Output.Create(args.Repositories.Distinct().ToImmutableDictionary(r => r, r => $"{loginServer}/{r}"));
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["registryName"] = RegistryName,
            ["registryId"] = RegistryId,
            ["loginServer"] = LoginServer,
            ["repositoryUrls"] = RepositoryUrls,
        });
    }

    [Output("registryName")]
    public Output<string> RegistryName { get; private set; }

    [Output("registryId")]
    public Output<string> RegistryId { get; private set; }

    /// <summary><c>&lt;name&gt;.azurecr.io</c>.</summary>
    [Output("loginServer")]
    public Output<string> LoginServer { get; private set; }

    /// <summary>Repository → <c>&lt;login server&gt;/&lt;repository&gt;</c>.</summary>
    [Output("repositoryUrls")]
    public Output<ImmutableDictionary<string, string>> RepositoryUrls { get; private set; }

    /// <summary>Every problem of <paramref name="args"/>.</summary>
    public static IReadOnlyList<SpecError> Validate(ContainerRegistryArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var errors = new List<SpecError>();
        if (args.UntaggedRetentionDays is < 0 or > 365)
        {
            errors.Add(new SpecError("registry.untaggedExpiryDays", $"must be between 0 and 365 on Azure (got {args.UntaggedRetentionDays})"));
        }

        if (args.PrivateAccess is { } access)
        {
            if (PrivateEndpointPlan.RegistryTierProblem(privateEndpoints: true, args.Premium, "registry.privateAccess", "registry.sku") is { } tier)
            {
                errors.Add(tier);
            }

            if (access.MissingZone(PrivateLinkGroups.Registry, "registry.privateAccess") is { } zone)
            {
                errors.Add(zone);
            }
        }

        var repositories = args.Repositories.IsDefault ? [] : args.Repositories;
        for (var i = 0; i < repositories.Length; i++)
        {
            if (!RegistryNaming.IsRepositoryName(repositories[i]))
            {
                errors.Add(new SpecError($"registry.repositories[{i}]", $"'{repositories[i]}' must be lowercase letters, digits and '.', '_', '-' or '/' separators"));
            }
        }

        return errors;
    }
}

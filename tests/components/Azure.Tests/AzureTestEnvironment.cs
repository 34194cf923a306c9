using System.Collections.Immutable;
using System.Text;
using MlPlatform.CostModel;
using MlPlatform.Testing;
using Pulumi;
using Pulumi.Testing;

namespace MlPlatform.Components.Azure.Tests;

/// <summary>Shared fixtures: mocks that compute what Azure would (names, FQDNs, identities, credentials), the real price tables, tags.</summary>
internal static class AzureTestEnvironment
{
    public const string Region = "eastus";

    public const string KubeconfigToken = "azure-native:containerservice:listManagedClusterUserCredentials";

    /// <summary>What the user-credentials API returns for an Entra ID cluster: kubelogin with device-code login.</summary>
    public const string DeviceCodeKubeconfig = """
        apiVersion: v1
        kind: Config
        users:
        - name: clusterUser
          user:
            exec:
              command: kubelogin
              args:
              - get-token
              - --login
              - devicecode
        """;

    private static readonly Lazy<PriceCatalog> LazyCatalog = new(() => PriceCatalogLoader.LoadDirectory(PriceCatalogLoader.DefaultDirectory(AppContext.BaseDirectory)));

    /// <summary>The repository's price tables (data/pricing); loading fails clearly if they are missing.</summary>
    public static PriceCatalog Catalog => LazyCatalog.Value;

    public static CommonTags Tags { get; } = new("dev", "cc-4000", ImmutableDictionary<string, string>.Empty.Add("owner", "ml-platform"));

    /// <summary>An echoing mock that also returns the provider-computed outputs the components read.</summary>
    public static EchoMocks Mocks()
    {
        var mocks = new EchoMocks();
        mocks.ComputedOutputs["azure-native:resources:ResourceGroup"] = a => Named(a, "resourceGroupName");
        mocks.ComputedOutputs["azure-native:network:VirtualNetwork"] = a => Named(a, "virtualNetworkName");
        mocks.ComputedOutputs["azure-native:containerservice:AgentPool"] = a => Named(a, "agentPoolName");
        mocks.ComputedOutputs["azure-native:storage:BlobContainer"] = a => Named(a, "containerName");
        mocks.ComputedOutputs["azure-native:storage:StorageAccount"] = a => Named(a, "accountName");
        mocks.ComputedOutputs["azure-native:managedidentity:UserAssignedIdentity"] = a => new Dictionary<string, object>(Named(a, "resourceName"))
        {
            ["clientId"] = $"{a.Name}-client-id",
            ["principalId"] = $"{a.Name}-principal-id",
        };
        mocks.ComputedOutputs["azure-native:containerservice:ManagedCluster"] = a => new Dictionary<string, object>(Named(a, "resourceName"))
        {
            ["fqdn"] = $"{a.Inputs["resourceName"]}.hcp.{Region}.azmk8s.io",
            ["privateFQDN"] = $"{a.Inputs["resourceName"]}.privatelink.{Region}.azmk8s.io",
            ["oidcIssuerProfile"] = ImmutableDictionary<string, object>.Empty.Add("enabled", true).Add("issuerURL", $"https://{Region}.oic.prod-aks.azure.com/tenant/cluster/"),
            ["identityProfile"] = ImmutableDictionary<string, object>.Empty.Add("kubeletidentity", ImmutableDictionary<string, object>.Empty
                .Add("clientId", "kubelet-client-id").Add("objectId", "kubelet-object-id")),
        };
        mocks.Calls[KubeconfigToken] = _ => ImmutableDictionary<string, object>.Empty.Add("kubeconfigs", ImmutableArray.Create<object>(
            ImmutableDictionary<string, object>.Empty.Add("name", "clusterUser").Add("value", Convert.ToBase64String(Encoding.UTF8.GetBytes(DeviceCodeKubeconfig)))));
        return mocks;
    }

    /// <summary>Runs <paramref name="create"/> under <paramref name="mocks"/> in a preview.</summary>
    public static Task DeployAsync(EchoMocks mocks, Action create) =>
        Deployment.TestAsync(mocks, new TestOptions { IsPreview = true }, () =>
        {
            create();
            return new Dictionary<string, object?>();
        });

    private static Dictionary<string, object> Named(MockResourceArgs args, string nameInput) =>
        new() { ["name"] = args.Inputs.TryGetValue(nameInput, out var name) ? name : args.Name! };

    /// <summary>Inputs of a nested object.</summary>
    public static IReadOnlyDictionary<string, object> Object(this IReadOnlyDictionary<string, object> inputs, string key) =>
        (IReadOnlyDictionary<string, object>)inputs[key];

    /// <summary>Inputs of a nested list.</summary>
    public static ImmutableArray<object> List(this IReadOnlyDictionary<string, object> inputs, string key) =>
        (ImmutableArray<object>)inputs[key];

    public static ImmutableArray<string> Strings(this IReadOnlyDictionary<string, object> inputs, string key) =>
        [.. inputs.List(key).Cast<string>()];
}

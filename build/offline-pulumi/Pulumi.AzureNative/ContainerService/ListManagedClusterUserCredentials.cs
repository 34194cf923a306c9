// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.AzureNative.ContainerService;

public static class ListManagedClusterUserCredentials
{
    /// <summary>Lists the user credentials (kubeconfigs) of a managed cluster; output form.</summary>
    public static Output<ListManagedClusterUserCredentialsResult> Invoke(ListManagedClusterUserCredentialsInvokeArgs args, InvokeOptions? options = null) =>
        global::Pulumi.Deployment.Instance.Invoke<ListManagedClusterUserCredentialsResult>(
            "azure-native:containerservice:listManagedClusterUserCredentials", args ?? new ListManagedClusterUserCredentialsInvokeArgs(), options);
}

public sealed class ListManagedClusterUserCredentialsInvokeArgs : global::Pulumi.InvokeArgs
{
    [Input("format")]
    public Input<string>? Format { get; set; }

    [Input("resourceGroupName", required: true)]
    public Input<string> ResourceGroupName { get; set; } = null!;

    [Input("resourceName", required: true)]
    public Input<string> ResourceName { get; set; } = null!;

    [Input("serverFqdn")]
    public Input<string>? ServerFqdn { get; set; }
}

[OutputType]
public sealed class ListManagedClusterUserCredentialsResult
{
    public readonly ImmutableArray<Outputs.CredentialResultResponse> Kubeconfigs;

    [OutputConstructor]
    private ListManagedClusterUserCredentialsResult(ImmutableArray<Outputs.CredentialResultResponse> kubeconfigs)
    {
        Kubeconfigs = kubeconfigs;
    }
}

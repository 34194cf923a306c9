// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.AzureNative.ContainerService;

[AzureNativeResourceType("azure-native:containerservice:ManagedCluster")]
public partial class ManagedCluster : global::Pulumi.CustomResource
{
    [Output("fqdn")]
    public Output<string> Fqdn { get; private set; } = null!;

    [Output("identityProfile")]
    public Output<ImmutableDictionary<string, Outputs.UserAssignedIdentityManagedClusterResponse>?> IdentityProfile { get; private set; } = null!;

    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    [Output("nodeResourceGroup")]
    public Output<string?> NodeResourceGroup { get; private set; } = null!;

    [Output("oidcIssuerProfile")]
    public Output<Outputs.ManagedClusterOIDCIssuerProfileResponse?> OidcIssuerProfile { get; private set; } = null!;

    [Output("privateFQDN")]
    public Output<string> PrivateFQDN { get; private set; } = null!;

    public ManagedCluster(string name, ManagedClusterArgs args, CustomResourceOptions? options = null)
        : base("azure-native:containerservice:ManagedCluster", name, args ?? new ManagedClusterArgs(), options)
    {
    }
}

public sealed class ManagedClusterArgs : global::Pulumi.ResourceArgs
{
    [Input("aadProfile")]
    public Input<Inputs.ManagedClusterAADProfileArgs>? AadProfile { get; set; }

    [Input("addonProfiles")]
    private InputMap<Inputs.ManagedClusterAddonProfileArgs>? _addonProfiles;

    public InputMap<Inputs.ManagedClusterAddonProfileArgs> AddonProfiles
    {
        get => _addonProfiles ?? (_addonProfiles = new InputMap<Inputs.ManagedClusterAddonProfileArgs>());
        set => _addonProfiles = value;
    }

    [Input("agentPoolProfiles")]
    private InputList<Inputs.ManagedClusterAgentPoolProfileArgs>? _agentPoolProfiles;

    public InputList<Inputs.ManagedClusterAgentPoolProfileArgs> AgentPoolProfiles
    {
        get => _agentPoolProfiles ?? (_agentPoolProfiles = new InputList<Inputs.ManagedClusterAgentPoolProfileArgs>());
        set => _agentPoolProfiles = value;
    }

    [Input("apiServerAccessProfile")]
    public Input<Inputs.ManagedClusterAPIServerAccessProfileArgs>? ApiServerAccessProfile { get; set; }

    [Input("autoScalerProfile")]
    public Input<Inputs.ManagedClusterPropertiesAutoScalerProfileArgs>? AutoScalerProfile { get; set; }

    [Input("disableLocalAccounts")]
    public Input<bool>? DisableLocalAccounts { get; set; }

    [Input("dnsPrefix")]
    public Input<string>? DnsPrefix { get; set; }

    [Input("enableRBAC")]
    public Input<bool>? EnableRBAC { get; set; }

    [Input("identity")]
    public Input<Inputs.ManagedClusterIdentityArgs>? Identity { get; set; }

    [Input("kubernetesVersion")]
    public Input<string>? KubernetesVersion { get; set; }

    [Input("location")]
    public Input<string>? Location { get; set; }

    [Input("networkProfile")]
    public Input<Inputs.ContainerServiceNetworkProfileArgs>? NetworkProfile { get; set; }

    [Input("nodeResourceGroup")]
    public Input<string>? NodeResourceGroup { get; set; }

    [Input("oidcIssuerProfile")]
    public Input<Inputs.ManagedClusterOIDCIssuerProfileArgs>? OidcIssuerProfile { get; set; }

    [Input("resourceGroupName", required: true)]
    public Input<string> ResourceGroupName { get; set; } = null!;

    [Input("resourceName")]
    public Input<string>? ResourceName { get; set; }

    [Input("securityProfile")]
    public Input<Inputs.ManagedClusterSecurityProfileArgs>? SecurityProfile { get; set; }

    [Input("sku")]
    public Input<Inputs.ManagedClusterSKUArgs>? Sku { get; set; }

    [Input("tags")]
    private InputMap<string>? _tags;

    public InputMap<string> Tags
    {
        get => _tags ?? (_tags = new InputMap<string>());
        set => _tags = value;
    }
}

// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.Security;

[AzureNativeResourceType("azure-native:security:Pricing")]
public partial class Pricing : global::Pulumi.CustomResource
{
    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    [Output("pricingTier")]
    public Output<string> PricingTier { get; private set; } = null!;

    public Pricing(string name, PricingArgs args, CustomResourceOptions? options = null)
        : base("azure-native:security:Pricing", name, args ?? new PricingArgs(), options)
    {
    }
}

public sealed class PricingArgs : global::Pulumi.ResourceArgs
{
    [Input("pricingName")]
    public Input<string>? PricingName { get; set; }

    [Input("pricingTier", required: true)]
    public InputUnion<string, Pulumi.AzureNative.Security.PricingTier> PricingTier { get; set; } = null!;

    [Input("scopeId", required: true)]
    public Input<string> ScopeId { get; set; } = null!;

    [Input("subPlan")]
    public Input<string>? SubPlan { get; set; }
}

// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.ContainerRegistry.Inputs;

public sealed class RetentionPolicyArgs : global::Pulumi.ResourceArgs
{
    [Input("days")]
    public Input<int>? Days { get; set; }

    [Input("status")]
    public InputUnion<string, Pulumi.AzureNative.ContainerRegistry.PolicyStatus>? Status { get; set; }

    public RetentionPolicyArgs()
    {
        Days = 7;
        Status = "disabled";
    }
}

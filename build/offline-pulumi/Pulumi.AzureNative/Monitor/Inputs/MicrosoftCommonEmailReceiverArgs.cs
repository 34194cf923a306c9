// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.Monitor.Inputs;

public sealed class MicrosoftCommonEmailReceiverArgs : global::Pulumi.ResourceArgs
{
    [Input("emailAddress", required: true)]
    public Input<string> EmailAddress { get; set; } = null!;

    [Input("name", required: true)]
    public Input<string> Name { get; set; } = null!;

    [Input("useCommonAlertSchema")]
    public Input<bool>? UseCommonAlertSchema { get; set; }

    public MicrosoftCommonEmailReceiverArgs()
    {
        UseCommonAlertSchema = false;
    }
}

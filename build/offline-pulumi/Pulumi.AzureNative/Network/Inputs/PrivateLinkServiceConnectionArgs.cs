// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.Network.Inputs;

public sealed class PrivateLinkServiceConnectionArgs : global::Pulumi.ResourceArgs
{
    [Input("groupIds")]
    private InputList<string>? _groupIds;

    public InputList<string> GroupIds
    {
        get => _groupIds ?? (_groupIds = new InputList<string>());
        set => _groupIds = value;
    }

    [Input("name")]
    public Input<string>? Name { get; set; }

    [Input("privateLinkServiceId")]
    public Input<string>? PrivateLinkServiceId { get; set; }

    [Input("requestMessage")]
    public Input<string>? RequestMessage { get; set; }
}

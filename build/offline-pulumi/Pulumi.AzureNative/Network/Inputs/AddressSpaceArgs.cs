// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.Network.Inputs;

public sealed class AddressSpaceArgs : global::Pulumi.ResourceArgs
{
    [Input("addressPrefixes")]
    private InputList<string>? _addressPrefixes;

    public InputList<string> AddressPrefixes
    {
        get => _addressPrefixes ?? (_addressPrefixes = new InputList<string>());
        set => _addressPrefixes = value;
    }
}

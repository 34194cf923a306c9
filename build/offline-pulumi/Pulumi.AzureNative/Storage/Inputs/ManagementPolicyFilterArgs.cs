// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.Storage.Inputs;

public sealed class ManagementPolicyFilterArgs : global::Pulumi.ResourceArgs
{
    [Input("blobTypes", required: true)]
    private InputList<string>? _blobTypes;

    public InputList<string> BlobTypes
    {
        get => _blobTypes ?? (_blobTypes = new InputList<string>());
        set => _blobTypes = value;
    }

    [Input("prefixMatch")]
    private InputList<string>? _prefixMatch;

    public InputList<string> PrefixMatch
    {
        get => _prefixMatch ?? (_prefixMatch = new InputList<string>());
        set => _prefixMatch = value;
    }
}

// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.Aws.Ecr.Inputs;

public sealed class RepositoryImageScanningConfigurationArgs : global::Pulumi.ResourceArgs
{
    [Input("scanOnPush", required: true)]
    public Input<bool> ScanOnPush { get; set; } = null!;

    public RepositoryImageScanningConfigurationArgs()
    {
    }
}

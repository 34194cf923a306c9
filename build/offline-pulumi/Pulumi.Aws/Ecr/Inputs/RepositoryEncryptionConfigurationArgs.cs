// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.Aws.Ecr.Inputs;

public sealed class RepositoryEncryptionConfigurationArgs : global::Pulumi.ResourceArgs
{
    [Input("encryptionType")]
    public Input<string>? EncryptionType { get; set; }

    [Input("kmsKey")]
    public Input<string>? KmsKey { get; set; }

    public RepositoryEncryptionConfigurationArgs()
    {
    }
}

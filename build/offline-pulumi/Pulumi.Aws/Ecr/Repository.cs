// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Aws.Ecr;

[AwsResourceType("aws:ecr/repository:Repository")]
public partial class Repository : global::Pulumi.CustomResource
{
    [Output("arn")]
    public Output<string> Arn { get; private set; } = null!;

    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    [Output("repositoryUrl")]
    public Output<string> RepositoryUrl { get; private set; } = null!;

    public Repository(string name, RepositoryArgs? args = null, CustomResourceOptions? options = null)
        : base("aws:ecr/repository:Repository", name, args ?? new RepositoryArgs(), options)
    {
    }
}

public sealed class RepositoryArgs : global::Pulumi.ResourceArgs
{
    [Input("encryptionConfigurations")]
    private InputList<Inputs.RepositoryEncryptionConfigurationArgs>? _encryptionConfigurations;

    public InputList<Inputs.RepositoryEncryptionConfigurationArgs> EncryptionConfigurations
    {
        get => _encryptionConfigurations ?? (_encryptionConfigurations = new InputList<Inputs.RepositoryEncryptionConfigurationArgs>());
        set => _encryptionConfigurations = value;
    }

    [Input("imageScanningConfiguration")]
    public Input<Inputs.RepositoryImageScanningConfigurationArgs>? ImageScanningConfiguration { get; set; }

    [Input("imageTagMutability")]
    public Input<string>? ImageTagMutability { get; set; }

    [Input("name")]
    public Input<string>? Name { get; set; }

    [Input("tags")]
    private InputMap<string>? _tags;

    public InputMap<string> Tags
    {
        get => _tags ?? (_tags = new InputMap<string>());
        set => _tags = value;
    }

    public RepositoryArgs()
    {
    }
}

// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Aws.Kms;

[AwsResourceType("aws:kms/key:Key")]
public partial class Key : global::Pulumi.CustomResource
{
    [Output("arn")]
    public Output<string> Arn { get; private set; } = null!;

    [Output("keyId")]
    public Output<string> KeyId { get; private set; } = null!;

    public Key(string name, KeyArgs? args = null, CustomResourceOptions? options = null)
        : base("aws:kms/key:Key", name, args ?? new KeyArgs(), options)
    {
    }
}

public sealed class KeyArgs : global::Pulumi.ResourceArgs
{
    [Input("deletionWindowInDays")]
    public Input<int>? DeletionWindowInDays { get; set; }

    [Input("description")]
    public Input<string>? Description { get; set; }

    [Input("enableKeyRotation")]
    public Input<bool>? EnableKeyRotation { get; set; }

    [Input("policy")]
    public Input<string>? Policy { get; set; }

    [Input("tags")]
    private InputMap<string>? _tags;

    public InputMap<string> Tags
    {
        get => _tags ?? (_tags = new InputMap<string>());
        set => _tags = value;
    }

    public KeyArgs()
    {
    }
}

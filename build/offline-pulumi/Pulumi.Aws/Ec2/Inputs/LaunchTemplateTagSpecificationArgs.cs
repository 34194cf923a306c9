// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.Aws.Ec2.Inputs;

public sealed class LaunchTemplateTagSpecificationArgs : global::Pulumi.ResourceArgs
{
    [Input("resourceType")]
    public Input<string>? ResourceType { get; set; }

    [Input("tags")]
    private InputMap<string>? _tags;

    public InputMap<string> Tags
    {
        get => _tags ?? (_tags = new InputMap<string>());
        set => _tags = value;
    }

    public LaunchTemplateTagSpecificationArgs()
    {
    }
}

// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Aws.Ec2;

[AwsResourceType("aws:ec2/launchTemplate:LaunchTemplate")]
public partial class LaunchTemplate : global::Pulumi.CustomResource
{
    [Output("arn")]
    public Output<string> Arn { get; private set; } = null!;

    [Output("latestVersion")]
    public Output<int> LatestVersion { get; private set; } = null!;

    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    public LaunchTemplate(string name, LaunchTemplateArgs? args = null, CustomResourceOptions? options = null)
        : base("aws:ec2/launchTemplate:LaunchTemplate", name, args ?? new LaunchTemplateArgs(), options)
    {
    }
}

public sealed class LaunchTemplateArgs : global::Pulumi.ResourceArgs
{
    [Input("blockDeviceMappings")]
    private InputList<Inputs.LaunchTemplateBlockDeviceMappingArgs>? _blockDeviceMappings;

    public InputList<Inputs.LaunchTemplateBlockDeviceMappingArgs> BlockDeviceMappings
    {
        get => _blockDeviceMappings ?? (_blockDeviceMappings = new InputList<Inputs.LaunchTemplateBlockDeviceMappingArgs>());
        set => _blockDeviceMappings = value;
    }

    [Input("description")]
    public Input<string>? Description { get; set; }

    [Input("metadataOptions")]
    public Input<Inputs.LaunchTemplateMetadataOptionsArgs>? MetadataOptions { get; set; }

    [Input("namePrefix")]
    public Input<string>? NamePrefix { get; set; }

    [Input("tagSpecifications")]
    private InputList<Inputs.LaunchTemplateTagSpecificationArgs>? _tagSpecifications;

    public InputList<Inputs.LaunchTemplateTagSpecificationArgs> TagSpecifications
    {
        get => _tagSpecifications ?? (_tagSpecifications = new InputList<Inputs.LaunchTemplateTagSpecificationArgs>());
        set => _tagSpecifications = value;
    }

    [Input("tags")]
    private InputMap<string>? _tags;

    public InputMap<string> Tags
    {
        get => _tags ?? (_tags = new InputMap<string>());
        set => _tags = value;
    }

    [Input("updateDefaultVersion")]
    public Input<bool>? UpdateDefaultVersion { get; set; }

    [Input("userData")]
    public Input<string>? UserData { get; set; }

    [Input("vpcSecurityGroupIds")]
    private InputList<string>? _vpcSecurityGroupIds;

    public InputList<string> VpcSecurityGroupIds
    {
        get => _vpcSecurityGroupIds ?? (_vpcSecurityGroupIds = new InputList<string>());
        set => _vpcSecurityGroupIds = value;
    }

    public LaunchTemplateArgs()
    {
    }
}

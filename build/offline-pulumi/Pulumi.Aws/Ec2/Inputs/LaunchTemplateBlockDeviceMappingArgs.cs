// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.Aws.Ec2.Inputs;

public sealed class LaunchTemplateBlockDeviceMappingArgs : global::Pulumi.ResourceArgs
{
    [Input("deviceName")]
    public Input<string>? DeviceName { get; set; }

    [Input("ebs")]
    public Input<Inputs.LaunchTemplateBlockDeviceMappingEbsArgs>? Ebs { get; set; }

    public LaunchTemplateBlockDeviceMappingArgs()
    {
    }
}

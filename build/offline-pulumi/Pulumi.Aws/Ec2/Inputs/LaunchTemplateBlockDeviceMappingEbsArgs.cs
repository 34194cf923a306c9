// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.Aws.Ec2.Inputs;

public sealed class LaunchTemplateBlockDeviceMappingEbsArgs : global::Pulumi.ResourceArgs
{
    [Input("deleteOnTermination")]
    public Input<string>? DeleteOnTermination { get; set; }

    [Input("encrypted")]
    public Input<string>? Encrypted { get; set; }

    [Input("iops")]
    public Input<int>? Iops { get; set; }

    [Input("kmsKeyId")]
    public Input<string>? KmsKeyId { get; set; }

    [Input("throughput")]
    public Input<int>? Throughput { get; set; }

    [Input("volumeSize")]
    public Input<int>? VolumeSize { get; set; }

    [Input("volumeType")]
    public Input<string>? VolumeType { get; set; }

    public LaunchTemplateBlockDeviceMappingEbsArgs()
    {
    }
}

// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.Aws.Ec2.Inputs;

public sealed class LaunchTemplateMetadataOptionsArgs : global::Pulumi.ResourceArgs
{
    [Input("httpEndpoint")]
    public Input<string>? HttpEndpoint { get; set; }

    [Input("httpPutResponseHopLimit")]
    public Input<int>? HttpPutResponseHopLimit { get; set; }

    [Input("httpTokens")]
    public Input<string>? HttpTokens { get; set; }

    [Input("instanceMetadataTags")]
    public Input<string>? InstanceMetadataTags { get; set; }

    public LaunchTemplateMetadataOptionsArgs()
    {
    }
}

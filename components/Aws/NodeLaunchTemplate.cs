using System.Collections.Immutable;
using Pulumi;
using Pulumi.Aws.Ec2;
using Pulumi.Aws.Ec2.Inputs;
using Pulumi.Aws.Eks;

namespace MlPlatform.Components.Aws;

/// <summary>Declares the launch template of a node group from <see cref="LaunchTemplateSettings"/>.</summary>
internal static class NodeLaunchTemplate
{
    public static LaunchTemplate Create(string name, LaunchTemplateSettings settings, Input<string> nodeSecurityGroupId, Input<string> clusterSecurityGroupId, ImmutableDictionary<string, string> tags, Resource parent) =>
        new(name, new LaunchTemplateArgs
        {
            Description = $"Nodes of {name}",
            UpdateDefaultVersion = true,
            MetadataOptions = new LaunchTemplateMetadataOptionsArgs
            {
                HttpEndpoint = settings.HttpEndpoint,
                HttpTokens = settings.HttpTokens,
                HttpPutResponseHopLimit = settings.HttpPutResponseHopLimit,
            },
            BlockDeviceMappings =
            {
                new LaunchTemplateBlockDeviceMappingArgs
                {
                    DeviceName = settings.RootDeviceName,
                    Ebs = new LaunchTemplateBlockDeviceMappingEbsArgs
                    {
                        VolumeSize = settings.RootVolumeGiB,
                        VolumeType = settings.RootVolumeType,
                        Encrypted = settings.RootVolumeEncrypted ? "true" : "false",
                        Iops = settings.RootVolumeIops,
                        Throughput = settings.RootVolumeThroughputMiBps,
                        DeleteOnTermination = "true",
                    },
                },
            },
            // EKS adds the cluster security group only when the template names none; name both.
            VpcSecurityGroupIds = { nodeSecurityGroupId, clusterSecurityGroupId },
            UserData = settings.UserDataBase64,
            TagSpecifications =
            {
                new LaunchTemplateTagSpecificationArgs { ResourceType = "instance", Tags = tags },
                new LaunchTemplateTagSpecificationArgs { ResourceType = "volume", Tags = tags },
            },
            Tags = tags,
        }, new CustomResourceOptions { Parent = parent });

    public static LaunchTemplate Create(string name, LaunchTemplateSettings settings, SecurityGroup nodeSecurityGroup, Cluster cluster, ImmutableDictionary<string, string> tags, Resource parent) =>
        Create(name, settings, nodeSecurityGroup.Id, cluster.VpcConfig.Apply(v => v.ClusterSecurityGroupId), tags, parent);
}

// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Aws.Rds;

[AwsResourceType("aws:rds/instance:Instance")]
public partial class Instance : global::Pulumi.CustomResource
{
    [Output("address")]
    public Output<string> Address { get; private set; } = null!;

    [Output("arn")]
    public Output<string> Arn { get; private set; } = null!;

    [Output("endpoint")]
    public Output<string> Endpoint { get; private set; } = null!;

    [Output("port")]
    public Output<int> Port { get; private set; } = null!;

    public Instance(string name, InstanceArgs args, CustomResourceOptions? options = null)
        : base("aws:rds/instance:Instance", name, args ?? new InstanceArgs(), MakeResourceOptions(options, ""))
    {
    }

    private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
    {
        var defaultOptions = new CustomResourceOptions
        {
            AdditionalSecretOutputs =
            {
                "password",
                "passwordWo",
            },
        };
        var merged = CustomResourceOptions.Merge(defaultOptions, options);
        merged.Id = id ?? merged.Id;
        return merged;
    }
}

public sealed class InstanceArgs : global::Pulumi.ResourceArgs
{
    [Input("allocatedStorage")]
    public Input<int>? AllocatedStorage { get; set; }

    [Input("autoMinorVersionUpgrade")]
    public Input<bool>? AutoMinorVersionUpgrade { get; set; }

    [Input("backupRetentionPeriod")]
    public Input<int>? BackupRetentionPeriod { get; set; }

    [Input("copyTagsToSnapshot")]
    public Input<bool>? CopyTagsToSnapshot { get; set; }

    [Input("dbName")]
    public Input<string>? DbName { get; set; }

    [Input("dbSubnetGroupName")]
    public Input<string>? DbSubnetGroupName { get; set; }

    [Input("deletionProtection")]
    public Input<bool>? DeletionProtection { get; set; }

    [Input("engine")]
    public Input<string>? Engine { get; set; }

    [Input("engineVersion")]
    public Input<string>? EngineVersion { get; set; }

    [Input("finalSnapshotIdentifier")]
    public Input<string>? FinalSnapshotIdentifier { get; set; }

    [Input("instanceClass", required: true)]
    public InputUnion<string, Pulumi.Aws.Rds.InstanceType> InstanceClass { get; set; } = null!;

    [Input("kmsKeyId")]
    public Input<string>? KmsKeyId { get; set; }

    [Input("multiAz")]
    public Input<bool>? MultiAz { get; set; }

    [Input("parameterGroupName")]
    public Input<string>? ParameterGroupName { get; set; }

    [Input("password")]
    private Input<string>? _password;

    public Input<string>? Password
    {
        get => _password;
        set => _password = value is null ? null : (Input<string>)Output.CreateSecret(value.ToOutput());
    }

    [Input("performanceInsightsEnabled")]
    public Input<bool>? PerformanceInsightsEnabled { get; set; }

    [Input("publiclyAccessible")]
    public Input<bool>? PubliclyAccessible { get; set; }

    [Input("skipFinalSnapshot")]
    public Input<bool>? SkipFinalSnapshot { get; set; }

    [Input("storageEncrypted")]
    public Input<bool>? StorageEncrypted { get; set; }

    [Input("tags")]
    private InputMap<string>? _tags;

    public InputMap<string> Tags
    {
        get => _tags ?? (_tags = new InputMap<string>());
        set => _tags = value;
    }

    [Input("username")]
    public Input<string>? Username { get; set; }

    [Input("vpcSecurityGroupIds")]
    private InputList<string>? _vpcSecurityGroupIds;

    public InputList<string> VpcSecurityGroupIds
    {
        get => _vpcSecurityGroupIds ?? (_vpcSecurityGroupIds = new InputList<string>());
        set => _vpcSecurityGroupIds = value;
    }
}

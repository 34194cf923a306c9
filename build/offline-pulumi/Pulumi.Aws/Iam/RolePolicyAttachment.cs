// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Aws.Iam;

[AwsResourceType("aws:iam/rolePolicyAttachment:RolePolicyAttachment")]
public partial class RolePolicyAttachment : global::Pulumi.CustomResource
{
    [Output("policyArn")]
    public Output<string> PolicyArn { get; private set; } = null!;

    [Output("role")]
    public Output<string> Role { get; private set; } = null!;

    public RolePolicyAttachment(string name, RolePolicyAttachmentArgs args, CustomResourceOptions? options = null)
        : base("aws:iam/rolePolicyAttachment:RolePolicyAttachment", name, args ?? new RolePolicyAttachmentArgs(), options)
    {
    }
}

public sealed class RolePolicyAttachmentArgs : global::Pulumi.ResourceArgs
{
    [Input("policyArn", required: true)]
    public Input<string> PolicyArn { get; set; } = null!;

    [Input("role", required: true)]
    public Input<string> Role { get; set; } = null!;

    public RolePolicyAttachmentArgs()
    {
    }
}

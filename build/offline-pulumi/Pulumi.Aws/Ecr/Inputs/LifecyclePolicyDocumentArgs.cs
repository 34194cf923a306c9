// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.Aws.Ecr.Inputs;

/// <summary>
/// The typed form of a lifecycle policy document, the second half of the policy inputs' InputUnion&lt;string, LifecyclePolicyDocumentArgs&gt;. None of its
/// members are modelled: the repository passes policy documents as JSON strings.
/// </summary>
public sealed class LifecyclePolicyDocumentArgs : global::Pulumi.ResourceArgs
{
    public LifecyclePolicyDocumentArgs()
    {
    }
}

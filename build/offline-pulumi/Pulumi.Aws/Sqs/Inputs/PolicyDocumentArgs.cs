// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.Aws.Sqs.Inputs;

/// <summary>
/// The typed form of a queue policy document, the second half of the policy inputs' InputUnion&lt;string, PolicyDocumentArgs&gt;. None of its
/// members are modelled: the repository passes policy documents as JSON strings.
/// </summary>
public sealed class PolicyDocumentArgs : global::Pulumi.ResourceArgs
{
    public PolicyDocumentArgs()
    {
    }
}

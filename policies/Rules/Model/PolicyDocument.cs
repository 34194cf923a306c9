using MlPlatform.Stacks.Previews;

namespace MlPlatform.Policies;

/// <summary>
/// What the policy pack needs of a preview or stack export, as <see cref="PolicyDocumentReader"/> streams it.
/// </summary>
/// <param name="After">The resources the stack has after the change (an export: all of them, pending operations marked).</param>
/// <param name="Before">The resources it had before (a preview's old states; an export: the same as after).</param>
/// <param name="Operations">URN → step operation (previews; empty for exports).</param>
/// <param name="Config">The preview's <c>config</c> (empty for exports).</param>
/// <param name="Providers">Provider resources (their region or location).</param>
/// <param name="Count">Steps or resources in the document.</param>
/// <param name="Bytes">The document's size.</param>
public sealed record PolicyDocument(
    string Source,
    PlanFileKind Kind,
    IReadOnlyList<PolicyResource> After,
    IReadOnlyList<PolicyResource> Before,
    IReadOnlyDictionary<string, string> Operations,
    IReadOnlyDictionary<string, string> Config,
    IReadOnlyList<PolicyResource> Providers,
    int Count,
    long Bytes);

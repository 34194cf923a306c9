namespace Pulumi;

/// <summary>An explicitly configured provider (for example a Kubernetes provider for one cluster).</summary>
public class ProviderResource : CustomResource
{
    public ProviderResource(string package, string name, ResourceArgs args, CustomResourceOptions? options = null)
        : base($"pulumi:providers:{package}", name, args, options)
    {
        Package = package;
    }

    internal string Package { get; }

    /// <summary>The reference the engine uses for a provider: <c>urn::id</c>, with the unknown marker for an unknown id.</summary>
    internal async Task<string> ReferenceAsync()
    {
        var urn = await Urn.GetValueAsync(string.Empty).ConfigureAwait(false);
        var id = await Id.GetValueAsync(Serialization.Constants.UnknownValue).ConfigureAwait(false);
        return $"{urn}::{(string.IsNullOrEmpty(id) ? Serialization.Constants.UnknownValue : id)}";
    }
}

namespace Pulumi;

/// <summary>An explicitly configured provider (for example a Kubernetes provider for one cluster).</summary>
public class ProviderResource : CustomResource
{
    private string? _registrationId;

    public ProviderResource(string package, string name, ResourceArgs args, CustomResourceOptions? options = null)
        : base($"pulumi:providers:{package}", name, args, options)
    {
        Package = package;
    }

    internal string Package { get; }

    /// <summary>
    /// The reference the engine uses for a provider: <c>urn::id</c>, with the unknown marker for an unknown id. As in
    /// the real SDK it is formed in a continuation on the thread pool, so a resource registered through a provider
    /// completes there, after its constructor has returned, even when everything it waits for is already known.
    /// </summary>
    internal Task<string> Ref =>
        Task.WhenAll(Urn.GetValueAsync(whenUnknown: default!), Id.GetValueAsync(whenUnknown: default!))
            .ContinueWith(
                t =>
                {
                    var (urn, id) = (t.Result[0], t.Result[1]);
                    return $"{urn}::{(string.IsNullOrEmpty(id) ? Serialization.Constants.UnknownValue : id)}";
                },
                TaskScheduler.Current);

    /// <summary>The provider's reference, formed once: later registrations reuse it without waiting.</summary>
    internal static async Task<string?> RegisterAsync(ProviderResource? provider)
    {
        if (provider is null)
        {
            return null;
        }

        if (provider._registrationId is null)
        {
            provider._registrationId = await provider.Ref.ConfigureAwait(false);
        }

        return provider._registrationId;
    }
}

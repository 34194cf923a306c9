using System.Collections.Immutable;

namespace MlPlatform.Components.Kubernetes;

/// <summary>
/// The inference runtime's repository configuration (<c>Inference:Repository</c>) for a model store URI, as environment
/// variables. The runtime's layout is <c>models/&lt;name&gt;/&lt;version&gt;/model.onnx</c> and <c>aliases/&lt;name&gt;/&lt;alias&gt;</c> under the store.
/// </summary>
public static class ModelRepositoryEnvironment
{
    /// <summary>The writable volume the runtime's image documents for pulled models.</summary>
    public const string CacheDirectory = "/var/cache/inference";

    /// <summary>Environment of the runtime for <paramref name="storeUri"/>: S3 (<c>s3://bucket[/prefix]</c>) or Azure Blob (<c>https://…/container</c>).</summary>
    public static ImmutableDictionary<string, string> For(string storeUri)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(storeUri);
        var builder = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        builder["Inference__Repository__CacheDirectory"] = CacheDirectory;
        if (storeUri.StartsWith("s3://", StringComparison.Ordinal))
        {
            var rest = storeUri["s3://".Length..].TrimEnd('/');
            var slash = rest.IndexOf('/', StringComparison.Ordinal);
            builder["Inference__Repository__Kind"] = "S3";
            builder["Inference__Repository__Bucket"] = slash < 0 ? rest : rest[..slash];
            if (slash >= 0)
            {
                builder["Inference__Repository__Prefix"] = rest[(slash + 1)..];
            }
        }
        else if (Uri.TryCreate(storeUri, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps)
        {
            builder["Inference__Repository__Kind"] = "AzureBlob";
            builder["Inference__Repository__ContainerUri"] = storeUri;
        }
        else
        {
            throw new ArgumentException($"model store URI must be s3://bucket or https://account.blob.core.windows.net/container (got '{storeUri}')", nameof(storeUri));
        }

        return builder.ToImmutable();
    }

    /// <summary>
    /// Environment of the runtime when an init container has already copied the version into the cache volume: a local
    /// repository rooted there, so the runtime loads exactly that version and needs no store credentials itself.
    /// </summary>
    public static ImmutableDictionary<string, string> ForPulledCopy() => ImmutableDictionary<string, string>.Empty
        .Add("Inference__Repository__Kind", "Local")
        .Add("Inference__Repository__Path", CacheDirectory);

    /// <summary>The command of the optional puller init container: copy one version into the cache volume.</summary>
    public static ImmutableArray<string> PullCommand(string storeUri, string model, string version)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(storeUri);
        var target = $"{CacheDirectory}/models/{model}/{version}";
        return storeUri.StartsWith("s3://", StringComparison.Ordinal)
            ? ["aws", "s3", "sync", $"{storeUri.TrimEnd('/')}/models/{model}/{version}/", target]
            : ["azcopy", "copy", $"{storeUri.TrimEnd('/')}/models/{model}/{version}/*", target, "--recursive"];
    }
}

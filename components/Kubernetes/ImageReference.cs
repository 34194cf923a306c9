using System.Text.RegularExpressions;

namespace MlPlatform.Components.Kubernetes;

/// <summary>
/// Container images are referenced by digest (<c>repository@sha256:&lt;64 hex&gt;</c>) so that what runs is exactly what was
/// reviewed and scanned; a tag (above all <c>:latest</c>) can move under a running deployment.
/// </summary>
public static partial class ImageReference
{
    /// <summary>Problems with <paramref name="image"/>, each naming <paramref name="path"/>; empty when it is pinned by digest.</summary>
    public static IReadOnlyList<SpecError> Validate(string? image, string path)
    {
        if (string.IsNullOrWhiteSpace(image))
        {
            return [new SpecError(path, "is required: an image pinned by digest (repository@sha256:<64 hex>)")];
        }

        var errors = new List<SpecError>();
        var repository = image.Split('@')[0];
        var lastSlash = repository.LastIndexOf('/');
        if (repository[(lastSlash + 1)..].EndsWith(":latest", StringComparison.Ordinal))
        {
            errors.Add(new SpecError(path, $"must not use the ':latest' tag (got '{image}')"));
        }

        if (!Pinned().IsMatch(image))
        {
            errors.Add(new SpecError(path, $"must be pinned by digest as repository@sha256:<64 lowercase hex> (got '{image}')"));
        }

        return errors;
    }

    /// <summary>Whether <paramref name="image"/> is pinned by a sha256 digest.</summary>
    public static bool IsPinned(string? image) => image is not null && Validate(image, "image").Count == 0;

    /// <summary>Throws <see cref="InvalidSpecException"/> unless <paramref name="image"/> is pinned.</summary>
    public static string Require(string? image, string path)
    {
        InvalidSpecException.ThrowIfAny(Validate(image, path));
        return image!;
    }

    // registry[:port]/path[:tag]@sha256:<64 hex>; a tag beside the digest is allowed by the runtime but ignored, so refuse it.
    [GeneratedRegex("^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*@sha256:[0-9a-f]{64}$")]
    private static partial Regex Pinned();
}

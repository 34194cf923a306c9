using System.Text.RegularExpressions;

namespace MlPlatform.Scheduler.Api.Endpoints;

/// <summary>
/// The container image reference grammar (distribution/reference, which containerd and the kubelet apply), checked at
/// submit so that a name the kubelet would refuse (<c>InvalidImageName</c>, after the node was already reserved) is a
/// 400 instead: <c>[host[:port]/]path[:tag]@sha256:&lt;64 hex&gt;</c>, lowercase path components, at most 255
/// characters of name. This platform runs images by digest only.
/// </summary>
internal static partial class ImageReferenceGrammar
{
    private const int MaxNameLength = 255;

    /// <summary>What is wrong with <paramref name="image"/>, or null when it is a digest-pinned reference.</summary>
    public static string? Problem(string image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var at = image.IndexOf('@', StringComparison.Ordinal);
        if (at < 0 || !Digest().IsMatch(image[(at + 1)..]))
        {
            return "must be pinned by digest: <repository>@sha256:<64 hex digits>";
        }

        var reference = image[..at];
        var lastSlash = reference.LastIndexOf('/');
        var colon = reference.IndexOf(':', lastSlash + 1);
        var name = colon < 0 ? reference : reference[..colon];
        if (colon >= 0 && !Tag().IsMatch(reference[(colon + 1)..]))
        {
            return $"has an invalid tag '{reference[(colon + 1)..]}' (letters, digits, '_', '.', '-', at most 128, not starting with '.' or '-')";
        }

        if (name.Length is 0 or > MaxNameLength)
        {
            return $"must have a repository name of 1 to {MaxNameLength} characters";
        }

        var components = name.Split('/');
        var first = 0;
        if (components.Length > 1 && (components[0].Contains('.', StringComparison.Ordinal) || components[0].Contains(':', StringComparison.Ordinal) || components[0] == "localhost"))
        {
            if (!Domain().IsMatch(components[0]))
            {
                return $"has an invalid registry host '{components[0]}'";
            }

            first = 1;
        }

        for (var i = first; i < components.Length; i++)
        {
            if (!PathComponent().IsMatch(components[i]))
            {
                return $"has an invalid repository path component '{components[i]}' (lowercase letters and digits, separated by '.', '_', '__' or '-')";
            }
        }

        return null;
    }

    [GeneratedRegex("^sha256:[0-9a-f]{64}$")]
    private static partial Regex Digest();

    [GeneratedRegex(@"^[\w][\w.-]{0,127}$")]
    private static partial Regex Tag();

    [GeneratedRegex(@"^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*(?::[0-9]+)?$")]
    private static partial Regex Domain();

    [GeneratedRegex("^[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*$")]
    private static partial Regex PathComponent();
}

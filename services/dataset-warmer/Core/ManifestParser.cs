using System.Collections.Immutable;
using System.Text.Json;

namespace MlPlatform.DatasetWarmer;

/// <summary>
/// Reads a manifest:
/// <code>{"name":"imagenet","version":"v3","entries":[{"key":"blobs/sha256/ab…","path":"train/0001.jpg","sha256":"ab…","size":1234}]}</code>
/// <c>path</c> is optional (defaults to the key). Every problem is reported at once, with its JSON path.
/// </summary>
public static class ManifestParser
{
    public static DatasetManifest Parse(string json, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json ?? string.Empty);
        }
        catch (JsonException e)
        {
            throw new ManifestFormatException(source, [$"$: not valid JSON ({e.Message})"]);
        }

        using (document)
        {
            var problems = new List<string>();
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new ManifestFormatException(source, ["$: must be a JSON object"]);
            }

            var name = RequiredString(root, "name", "$", problems);
            var version = RequiredString(root, "version", "$", problems);
            var entries = ImmutableArray.CreateBuilder<ManifestEntry>();
            if (!root.TryGetProperty("entries", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                problems.Add("$.entries: required, an array");
            }
            else
            {
                var paths = new HashSet<string>(StringComparer.Ordinal);
                var index = 0;
                foreach (var item in list.EnumerateArray())
                {
                    var at = $"$.entries[{index++}]";
                    if (item.ValueKind != JsonValueKind.Object)
                    {
                        problems.Add($"{at}: must be an object");
                        continue;
                    }

                    var key = RequiredString(item, "key", at, problems);
                    var path = item.TryGetProperty("path", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString()! : key;
                    var sha = RequiredString(item, "sha256", at, problems);
                    long size = -1;
                    if (!item.TryGetProperty("size", out var s) || s.ValueKind != JsonValueKind.Number || !s.TryGetInt64(out size) || size < 0)
                    {
                        problems.Add($"{at}.size: required, a whole number of bytes >= 0");
                    }

                    if (sha is not null && !IsSha256(sha))
                    {
                        problems.Add($"{at}.sha256: must be 64 lowercase hexadecimal characters (got '{sha}')");
                    }

                    if (path is not null && !IsSafeRelativePath(path))
                    {
                        problems.Add($"{at}.path: must be a relative path without '..' or empty segments (got '{path}')");
                    }
                    else if (path is not null && !paths.Add(path))
                    {
                        problems.Add($"{at}.path: '{path}' appears more than once");
                    }

                    if (key is not null && sha is not null && path is not null && size >= 0)
                    {
                        entries.Add(new ManifestEntry(key, path, sha, size));
                    }
                }
            }

            if (problems.Count > 0)
            {
                throw new ManifestFormatException(source, problems);
            }

            return new DatasetManifest(name!, version!, entries.ToImmutable());
        }
    }

    public static bool IsSha256(string value) =>
        value.Length == 64 && value.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));

    public static bool IsSafeRelativePath(string path) =>
        path.Length > 0
        && !path.StartsWith('/')
        && !path.Contains('\\', StringComparison.Ordinal)
        && path.Split('/').All(segment => segment.Length > 0 && segment != "." && segment != "..");

    private static string? RequiredString(JsonElement element, string property, string at, List<string> problems)
    {
        if (element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text)
        {
            return text;
        }

        problems.Add($"{at}.{property}: required, a non-empty string");
        return null;
    }
}

using System.Text.Json;
using MlPlatform.CostModel;

namespace MlPlatform.PulumiSurface.Tests;

/// <summary>
/// One file of data/pulumi-sdk-surface/ (see its README): the real public surface of a Pulumi provider package, as far as
/// the project uses it.
/// </summary>
public sealed record SurfacePackage(
    string Package,
    string Version,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Namespaces,
    IReadOnlyList<string> ImportedNamespaces,
    IReadOnlyDictionary<string, SurfaceType> Types,
    IReadOnlyDictionary<string, string> ResourceTokens)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Skip };

    /// <summary>Reads data/pulumi-sdk-surface/<paramref name="fileName"/> of the repository the tests run in.</summary>
    public static SurfacePackage Load(string fileName)
    {
        var path = RepositoryData.Find([AppContext.BaseDirectory, Directory.GetCurrentDirectory()], "pulumi-sdk-surface", fileName);
        var package = JsonSerializer.Deserialize<SurfacePackage>(File.ReadAllText(path), Options);
        return package is { Package: not null, Namespaces: not null, Types: not null, ResourceTokens: not null, ImportedNamespaces: not null }
            ? package
            : throw new InvalidDataException($"{path}: expected the fields package, namespaces, importedNamespaces, types and resourceTokens");
    }
}

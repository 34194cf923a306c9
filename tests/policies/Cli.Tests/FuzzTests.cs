using System.Text;
using System.Text.Json.Nodes;
using MlPlatform.CostModel;

namespace MlPlatform.Policies.Cli.Tests;

/// <summary>
/// Generated, seeded mutations of real Pulumi documents (the CLI samples and the recorded third-party exports):
/// truncations, byte flips, nulls and type swaps at random positions, deep nesting, re-encodings. Whatever the input,
/// the CLI answers 0, 1 or 2 — and on 2 exactly one line that is not an internal error.
/// </summary>
public sealed class FuzzTests
{
    private static readonly Lazy<CostCatalog> Costs = new(() =>
        new CostCatalog(PriceCatalogLoader.LoadDirectory(PriceCatalogLoader.DefaultDirectory(CliRun.Root)), ListPriceLoader.LoadEmbedded()));

    public static TheoryData<string> Samples => new(
        Directory.EnumerateFiles(Path.Combine(CliRun.Root, "data", "pulumi"), "*.json", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(CliRun.Root, p))
            .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Samples))]
    public void NoMutationOfARealDocumentCrashesTheCli(string sample)
    {
        var original = File.ReadAllBytes(Path.Combine(CliRun.Root, sample));
        var random = new Random(sample.GetHashCode(StringComparison.Ordinal) ^ 20261205);
        var failures = new List<string>();
        foreach (var (name, mutated) in Mutations(original, random).Take(400))
        {
            var run = Run(mutated);
            var lines = run.Stderr.TrimEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            if (run.ExitCode is < 0 or > 2 || (run.ExitCode == 2 && lines.Length != 1) || run.Stderr.Contains("internal error", StringComparison.Ordinal) || run.Stderr.Contains("   at ", StringComparison.Ordinal))
            {
                failures.Add($"{name}: exit {run.ExitCode}: {run.Stderr.Trim()}");
            }
        }

        Assert.True(failures.Count == 0, $"{sample}: {failures.Count} crashing mutations, e.g.\n{string.Join('\n', failures.Take(5))}");
    }

    private static CliRun Run(byte[] document)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        using var input = new MemoryStream(document);
        var code = PolicyCommand.Run(["-"], stdout, stderr, CliRun.Root, input, Costs.Value);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    private static IEnumerable<(string Name, byte[] Document)> Mutations(byte[] original, Random random)
    {
        var text = Encoding.UTF8.GetString(original);
        yield return ("utf-16", Encoding.Unicode.GetBytes(text));
        yield return ("utf-8 bom", [0xEF, 0xBB, 0xBF, .. original]);
        yield return ("deep", Encoding.ASCII.GetBytes("{\"deployment\":" + new string('{', 0) + string.Concat(Enumerable.Repeat("{\"a\":", 400)) + "1" + new string('}', 401)));
        for (var i = 0; ; i++)
        {
            switch (i % 5)
            {
                case 0:
                    yield return ($"truncate@{i}", original[..random.Next(original.Length)]);
                    break;
                case 1:
                    var flipped = (byte[])original.Clone();
                    for (var k = 0; k < 1 + random.Next(4); k++)
                    {
                        flipped[random.Next(flipped.Length)] = (byte)random.Next(256);
                    }

                    yield return ($"flip@{i}", flipped);
                    break;
                default:
                    var node = JsonNode.Parse(original)!;
                    var (parent, key) = Pick(node, random);
                    if (parent is null)
                    {
                        continue;
                    }

                    JsonNode? replacement = (i % 5) switch
                    {
                        2 => null,
                        3 => random.Next(4) switch { 0 => JsonValue.Create(1e12), 1 => JsonValue.Create("x"), 2 => new JsonArray(), _ => new JsonObject() },
                        _ => JsonValue.Create(-1),
                    };
                    if (parent is JsonObject obj)
                    {
                        obj[(string)key] = replacement;
                    }
                    else
                    {
                        parent.AsArray()[(int)key] = replacement;
                    }

                    yield return ($"swap({(i % 5)})@{parent.GetPath()}/{key}", Encoding.UTF8.GetBytes(node.ToJsonString()));
                    break;
            }
        }
    }

    // A random position in the document: walk down a random path, stopping at a random depth.
    private static (JsonNode? Parent, object Key) Pick(JsonNode root, Random random)
    {
        JsonNode? parent = null;
        object key = string.Empty;
        var current = root;
        for (var depth = 0; depth < 8 && current is JsonObject or JsonArray; depth++)
        {
            if (current is JsonObject obj && obj.Count > 0)
            {
                var name = obj.ElementAt(random.Next(obj.Count)).Key;
                (parent, key, current) = (obj, name, obj[name]!);
            }
            else if (current is JsonArray array && array.Count > 0)
            {
                var index = random.Next(array.Count);
                (parent, key, current) = (array, index, array[index]!);
            }
            else
            {
                break;
            }

            if (current is null || (parent is not null && random.Next(4) == 0))
            {
                break;
            }
        }

        return (parent, key);
    }
}

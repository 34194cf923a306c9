using System.Text;
using System.Text.Json.Nodes;

namespace MlPlatform.Policies.Cli.Tests;

/// <summary>Every malformed document is one line naming the problem and exit 2; a UTF-8 byte-order mark is fine.</summary>
public sealed class HostileInputTests
{
    private static readonly byte[] Preview = File.ReadAllBytes(CliRun.Fixture("sample-preview-creates.json"));
    private static readonly byte[] Export = File.ReadAllBytes(CliRun.Fixture("sample-export.json"));

    public static TheoryData<string, byte[], string> Hostile => new()
    {
        { "invalid UTF-8", Replace(Preview, "\"steps\"", [(byte)'"', (byte)'s', 0xFF, 0xFE, (byte)'"']), "is not valid UTF-8 (byte 0xFF at offset" },
        { "UTF-16 LE with BOM", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(Preview))).ToArray(), "is UTF-16; save it as UTF-8" },
        { "UTF-16 BE without BOM", Encoding.BigEndianUnicode.GetBytes(Encoding.UTF8.GetString(Export)), "is UTF-16; save it as UTF-8" },
        { "version out of range", Edit(Export, d => d["version"] = 1e12), "does not have the expected shape at $.version (has a value of the wrong type or out of range)" },
        { "null steps", Edit(Preview, d => d["steps"] = null), "has null at $.steps, where a value is required" },
        { "null step", Edit(Preview, d => d["steps"]!.AsArray()[2] = null), "has null at $.steps[2]" },
        { "null deployment", Edit(Export, d => d["deployment"] = null), "has null at $.deployment" },
        { "null resource", Edit(Export, d => d["deployment"]!["resources"]!.AsArray()[3] = null), "has null at $.deployment.resources[3]" },
        { "null type", Edit(Export, d => d["deployment"]!["resources"]![1]!["type"] = null), "has null at $.deployment.resources[1].type" },
        { "null urn in a step's state", Edit(Preview, d => d["steps"]![0]!["newState"]!["urn"] = null), "has null at $.steps[0].newState.urn" },
        { "a create step with a null newState", Edit(Preview, d => d["steps"]![1]!["newState"] = null), "has no newState at $.steps[1] for its 'create' step" },
        { "a create step without newState", Edit(Preview, d => d["steps"]![1]!.AsObject().Remove("newState")), "has no newState at $.steps[1] for its 'create' step" },
        { "nesting beyond the limit", Encoding.ASCII.GetBytes("{\"steps\":[{\"op\":\"create\",\"urn\":\"u\",\"newState\":{\"urn\":\"u\",\"type\":\"t\",\"inputs\":{\"a\":" + new string('[', 300) + new string(']', 300) + "}}}]}"), "is nested deeper than 256 levels" },
        { "a step that is not an object", Encoding.ASCII.GetBytes("{\"steps\":[[1]]}"), "does not have the expected shape at $.steps[0] (expected an object, got an array)" },
        { "truncated", Preview[..(Preview.Length / 2)], "is not valid JSON" },
        { "empty", [], "is not valid JSON" },
        { "a number", "42"u8.ToArray(), "starts with a number" },
        { "JSON null", "null"u8.ToArray(), "starts with null" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void AHostileDocumentIsOneLineAndExitTwo(string name, byte[] content, string expected)
    {
        var path = Path.Combine(Path.GetTempPath(), $"hostile-{Guid.NewGuid():N}.json");
        File.WriteAllBytes(path, content);
        try
        {
            var run = CliRun.Of(path);

            Assert.True(run.ExitCode == 2, $"{name}: exit {run.ExitCode}");
            Assert.Single(run.Stderr.TrimEnd().Split('\n'));
            Assert.Contains(expected, run.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("internal error", run.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AUtf8ByteOrderMarkIsAccepted()
    {
        var run = CliRun.WithInput([0xEF, 0xBB, 0xBF, .. Preview], "-");

        Assert.NotEqual(2, run.ExitCode);
        Assert.Contains("preview from standard input", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void ADirectoryIsNamedAsOne()
    {
        var run = CliRun.Of(Path.GetTempPath());

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is a directory; give the JSON file", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void StandardInputGivesTheSameAnswerAsTheFile()
    {
        var fromFile = CliRun.Of(CliRun.Fixture("sample-export.json"));
        var fromInput = CliRun.WithInput(Export, "-");

        Assert.Equal(fromFile.ExitCode, fromInput.ExitCode);
        Assert.Equal(fromFile.Stdout.Split('\n').Skip(1), fromInput.Stdout.Split('\n').Skip(1));
    }

    private static byte[] Replace(byte[] content, string find, byte[] with)
    {
        var at = content.AsSpan().IndexOf(Encoding.UTF8.GetBytes(find));
        return [.. content[..at], .. with, .. content[(at + find.Length)..]];
    }

    private static byte[] Edit(byte[] content, Action<JsonNode> edit)
    {
        var node = JsonNode.Parse(content)!;
        edit(node);
        return Encoding.UTF8.GetBytes(node.ToJsonString());
    }
}

using System.Collections;
using MlPlatform.Stacks.Previews;

namespace MlPlatform.Policies.Tests;

/// <summary>
/// The streaming reader gives exactly what the document model gives (<see cref="ResourceModel"/> over
/// <see cref="PulumiJson"/>) on every real document, whatever the buffer size and however the stream delivers its bytes.
/// </summary>
public sealed class PolicyDocumentReaderTests
{
    public static TheoryData<string, int> Documents()
    {
        var data = new TheoryData<string, int>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repository.Root, "data", "pulumi"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            foreach (var buffer in new[] { 1 << 20, 256, 7 })
            {
                data.Add(Path.GetRelativePath(Repository.Root, file), buffer);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void TheStreamGivesWhatTheDocumentModelGives(string file, int bufferSize)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Repository.Root, file));
        var model = PulumiJson.Read(bytes, file);

        using var stream = new TrickleStream(bytes, maxRead: bufferSize == 7 ? 3 : int.MaxValue);
        var streamed = PolicyDocumentReader.Read(stream, file, bufferSize);

        Assert.Equal(model.Kind, streamed.Kind);
        AssertSame(ResourceModel.After(model), streamed.After);
        if (model.Kind == PlanFileKind.Preview)
        {
            AssertSame(ResourceModel.Before(model), streamed.Before);
            Assert.Equal(model.Preview!.Steps.Count, streamed.Operations.Count > 0 ? streamed.Count : 0);
        }

        Assert.Equal(bytes.Length, streamed.Bytes);
    }

    [Fact]
    public void AnInvalidByteSplitAcrossChunksIsStillFound()
    {
        var bytes = File.ReadAllBytes(Repository.Fixture("sample-export.json"));
        var at = bytes.Length / 2;
        bytes[at] = 0xC3;
        bytes[at + 1] = 0x28;

        var error = Assert.Throws<PulumiJsonException>(() => PolicyDocumentReader.Read(new TrickleStream(bytes, 5), "x.json", 16));

        Assert.Contains("is not valid UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AValueLargerThanTheBufferGrowsIt()
    {
        var big = new string('x', 100_000);
        var json = "{\"version\":3,\"deployment\":{\"resources\":[{\"urn\":\"urn:pulumi:s::p::aws:s3/bucket:Bucket::b\",\"type\":\"aws:s3/bucket:Bucket\",\"inputs\":{\"tags\":{\"t\":\"" + big + "\"}}}]}}";

        var document = PolicyDocumentReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), "big.json", 1024);

        Assert.Equal(big, Values.AsString(Assert.Single(document.After).Input("tags", "t")));
    }

    private static void AssertSame(IReadOnlyList<PolicyResource> expected, IReadOnlyList<PolicyResource> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var (e, a) = (expected[i], actual[i]);
            Assert.Equal((e.Urn, e.Type, e.Name, e.Parent, e.PendingOperation), (a.Urn, a.Type, a.Name, a.Parent, a.PendingOperation));
            Assert.True(Same(e.Inputs, a.Inputs), $"{e.Urn}: inputs differ");
            Assert.True(Same(e.Outputs, a.Outputs), $"{e.Urn}: outputs differ");
            Assert.Equal(e.PropertyDependencies?.Count ?? 0, a.PropertyDependencies?.Count ?? 0);
        }
    }

    private static bool Same(object? x, object? y) => (x, y) switch
    {
        (null, null) => true,
        (UnknownValue, UnknownValue) => true,
        (SecretValue s, SecretValue t) => Same(s.Plain, t.Plain),
        (string s, string t) => s == t,
        (IReadOnlyDictionary<string, object?> m, IReadOnlyDictionary<string, object?> n) => m.Count == n.Count && m.All(p => n.TryGetValue(p.Key, out var v) && Same(p.Value, v)),
        (IList l, IList k) => l.Count == k.Count && Enumerable.Range(0, l.Count).All(i => Same(l[i], k[i])),
        _ => Equals(x, y),
    };

    /// <summary>A stream that hands out at most <c>maxRead</c> bytes per read, as a pipe might.</summary>
    private sealed class TrickleStream(byte[] content, int maxRead) : MemoryStream(content)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, maxRead));
    }
}

namespace MlPlatform.DatasetWarmer.Tests;

public sealed class ManifestParserTests
{
    private const string Digest = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    [Fact]
    public void ValidManifestIsRead()
    {
        var manifest = ManifestParser.Parse(
            $$"""{"name":"imagenet","version":"v3","entries":[{"key":"blobs/sha256/{{Digest}}","path":"train/a.jpg","sha256":"{{Digest}}","size":4},{"key":"labels.csv","sha256":"{{Digest}}","size":6}]}""",
            "m.json");

        Assert.Equal("imagenet", manifest.Name);
        Assert.Equal(2, manifest.Entries.Length);
        Assert.Equal("train/a.jpg", manifest.Entries[0].Path);
        Assert.Equal("labels.csv", manifest.Entries[1].Path);
        Assert.Equal(10, manifest.TotalBytes);
    }

    [Fact]
    public void MalformedJsonIsAClearError()
    {
        var error = Assert.Throws<ManifestFormatException>(() => ManifestParser.Parse("{\"name\": ", "datasets/x/1/manifest.json"));

        Assert.Equal("datasets/x/1/manifest.json", error.ManifestSource);
        Assert.StartsWith("$: not valid JSON", Assert.Single(error.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryProblemIsReportedWithItsPath()
    {
        var json = $$"""
            {"version":"v1","entries":[
              {"key":"a","sha256":"ABC","size":1},
              {"key":"b","path":"../etc/passwd","sha256":"{{Digest}}","size":-5},
              {"sha256":"{{Digest}}","size":1},
              {"key":"c","path":"dup","sha256":"{{Digest}}","size":1},
              {"key":"d","path":"dup","sha256":"{{Digest}}","size":1},
              7
            ]}
            """;

        var error = Assert.Throws<ManifestFormatException>(() => ManifestParser.Parse(json, "m"));

        var fields = error.Problems.Select(p => p[..p.IndexOf(':', StringComparison.Ordinal)]).ToList();
        Assert.Equal(
            ["$.name", "$.entries[0].sha256", "$.entries[1].size", "$.entries[1].path", "$.entries[2].key", "$.entries[4].path", "$.entries[5]"],
            fields);
    }

    [Fact]
    public void MissingEntriesIsAnError()
    {
        var error = Assert.Throws<ManifestFormatException>(() => ManifestParser.Parse("""{"name":"a","version":"1"}""", "m"));

        Assert.StartsWith("$.entries", Assert.Single(error.Problems), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a/b.bin", true)]
    [InlineData("/abs", false)]
    [InlineData("a//b", false)]
    [InlineData("a/./b", false)]
    [InlineData("a\\b", false)]
    public void OnlySafeRelativePathsAreAccepted(string path, bool safe)
    {
        Assert.Equal(safe, ManifestParser.IsSafeRelativePath(path));
    }

    [Theory]
    [InlineData("imagenet@v3", "imagenet", "v3")]
    [InlineData("coco-2017@1.0.2", "coco-2017", "1.0.2")]
    public void DatasetRefsParse(string text, string name, string version)
    {
        Assert.Equal(new DatasetRef(name, version), DatasetRef.Parse(text));
    }

    [Theory]
    [InlineData("imagenet")]
    [InlineData("ImageNet@v3")]
    [InlineData("a@b@c")]
    public void BadDatasetRefsAreRejected(string text)
    {
        Assert.Throws<FormatException>(() => DatasetRef.Parse(text));
    }
}

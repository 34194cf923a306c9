using System.Security.Cryptography;
using System.Text;

namespace MlPlatform.DatasetWarmer.Tests;

public sealed class VerifiedCopyTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("warmer-copy-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static ManifestEntry EntryFor(byte[] content) =>
        new("k", "p", Convert.ToHexStringLower(SHA256.HashData(content)), content.Length);

    [Fact]
    public async Task MatchingContentIsKept()
    {
        var content = Encoding.UTF8.GetBytes("hello dataset");
        var target = Path.Combine(_dir, "ok");

        var bytes = await VerifiedCopy.CopyAsync(new MemoryStream(content), target, EntryFor(content), CancellationToken.None);

        Assert.Equal(content.Length, bytes);
        Assert.Equal(content, await File.ReadAllBytesAsync(target));
    }

    [Fact]
    public async Task WrongDigestIsRejectedAndTheFileRemoved()
    {
        var entry = EntryFor(Encoding.UTF8.GetBytes("hello dataset"));
        var target = Path.Combine(_dir, "bad");

        await Assert.ThrowsAsync<DigestMismatchException>(() => VerifiedCopy.CopyAsync(new MemoryStream(Encoding.UTF8.GetBytes("HELLO DATASET")), target, entry, CancellationToken.None));

        Assert.False(File.Exists(target));
    }

    [Theory]
    [InlineData("short")]
    [InlineData("hello dataset, with more bytes than the manifest says")]
    public async Task WrongSizeIsRejected(string actual)
    {
        var entry = EntryFor(Encoding.UTF8.GetBytes("hello dataset"));
        var target = Path.Combine(_dir, "size");

        await Assert.ThrowsAsync<DigestMismatchException>(() => VerifiedCopy.CopyAsync(new MemoryStream(Encoding.UTF8.GetBytes(actual)), target, entry, CancellationToken.None));

        Assert.False(File.Exists(target));
    }
}

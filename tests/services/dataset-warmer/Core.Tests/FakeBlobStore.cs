using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace MlPlatform.DatasetWarmer.Tests;

/// <summary>An in-memory store with helpers to publish dataset versions, and a count of reads per key.</summary>
internal sealed class FakeBlobStore : IBlobStore
{
    private readonly Dictionary<string, byte[]> _objects = new(StringComparer.Ordinal);

    public Dictionary<string, int> Reads { get; } = new(StringComparer.Ordinal);

    public string Location => "memory://datasets/";

    public void Put(string key, byte[] content) => _objects[key] = content;

    /// <summary>Publishes a version with the given files (path → content), content-addressed, and returns its manifest entries.</summary>
    public DatasetRef Publish(string name, string version, IReadOnlyDictionary<string, string> files, Func<string, byte[], byte[]>? tamper = null)
    {
        var entries = new List<object>();
        foreach (var (path, text) in files)
        {
            var content = Encoding.UTF8.GetBytes(text);
            var digest = Convert.ToHexStringLower(SHA256.HashData(content));
            var key = $"blobs/sha256/{digest}";
            Put(key, tamper?.Invoke(path, content) ?? content);
            entries.Add(new { key, path, sha256 = digest, size = content.Length });
        }

        var dataset = new DatasetRef(name, version);
        Put(DatasetManifest.StoreKey(dataset), JsonSerializer.SerializeToUtf8Bytes(new { name, version, entries }));
        return dataset;
    }

    public Task<Stream> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        Reads[key] = Reads.GetValueOrDefault(key) + 1;
        return _objects.TryGetValue(key, out var content)
            ? Task.FromResult<Stream>(new MemoryStream(content, writable: false))
            : throw new BlobNotFoundException(Location, key);
    }
}

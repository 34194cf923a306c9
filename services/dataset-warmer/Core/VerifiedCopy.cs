using System.Security.Cryptography;

namespace MlPlatform.DatasetWarmer;

/// <summary>Copies a stream to a file while hashing it, and accepts the file only if size and SHA-256 match.</summary>
public static class VerifiedCopy
{
    /// <summary>Writes <paramref name="source"/> to <paramref name="destination"/>; on mismatch deletes it and throws.</summary>
    /// <returns>Bytes written.</returns>
    public static async Task<long> CopyAsync(Stream source, string destination, ManifestEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(entry);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long total = 0;
        await using (var target = new FileStream(destination, FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            int read;
            while ((read = await source.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                total += read;
                if (total > entry.Size)
                {
                    break;
                }

                hash.AppendData(buffer, 0, read);
                await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            }
        }

        if (total != entry.Size)
        {
            File.Delete(destination);
            throw new DigestMismatchException(entry.Key, $"{entry.Size} bytes", total > entry.Size ? $"more than {entry.Size} bytes" : $"{total} bytes");
        }

        var actual = Convert.ToHexStringLower(hash.GetHashAndReset());
        if (!string.Equals(actual, entry.Sha256, StringComparison.Ordinal))
        {
            File.Delete(destination);
            throw new DigestMismatchException(entry.Key, $"sha256 {entry.Sha256}", $"sha256 {actual}");
        }

        return total;
    }
}

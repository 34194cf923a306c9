using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace MlPlatform.Registry.Tests;

/// <summary>
/// The object semantics S3 and Azure Blob both give: a put replaces atomically and gets a new entity tag; a put with
/// If-Match / If-None-Match: * fails with 412 when the condition does not hold (checked and applied under one lock).
/// </summary>
public sealed class InMemoryBucket
{
    private readonly ConcurrentDictionary<string, (byte[] Content, string ETag)> _objects = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    private TaskCompletionSource? _stallReleased;
    private int _stallWaiting;
    private string _stallSuffix = string.Empty;

    public int PreconditionFailures { get; private set; }

    /// <summary>
    /// Makes the first <paramref name="readers"/> reads of a key ending in <paramref name="suffix"/> wait for each other, so
    /// that many writers hold the same version and the conditional write has a race to decide.
    /// </summary>
    public void StallFirstReads(string suffix, int readers)
    {
        _stallSuffix = suffix;
        _stallWaiting = readers;
        _stallReleased = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    public (byte[] Content, string ETag)? Get(string key)
    {
        // The value is taken before waiting: every stalled reader holds the same version, whoever writes first.
        (byte[] Content, string ETag)? found = _objects.TryGetValue(key, out var value) ? value : null;
        if (_stallReleased is { } released && key.EndsWith(_stallSuffix, StringComparison.Ordinal) && !released.Task.IsCompleted)
        {
            if (Interlocked.Decrement(ref _stallWaiting) <= 0)
            {
                released.TrySetResult();
            }

            released.Task.Wait(TimeSpan.FromSeconds(5));
        }

        return found;
    }

    /// <summary>Stores <paramref name="content"/> or returns false (412) when the condition fails.</summary>
    public bool TryPut(string key, byte[] content, string? ifMatch, bool ifNoneMatchAny, out string etag)
    {
        lock (_gate)
        {
            var exists = _objects.TryGetValue(key, out var current);
            if ((ifNoneMatchAny && exists) || (ifMatch is not null && (!exists || current.ETag != ifMatch)))
            {
                PreconditionFailures++;
                etag = string.Empty;
                return false;
            }

            etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(content))[..32]}-{Guid.NewGuid():N}\"";
            _objects[key] = (content, etag);
            return true;
        }
    }

    public IReadOnlyList<string> Keys(string prefix) => [.. _objects.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
}

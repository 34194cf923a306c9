using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace MlPlatform.Policies;

/// <summary>
/// A read-only string-keyed map stored as one exact-length array of alternating keys and values: a resource's inputs
/// are mostly small objects, and a <see cref="Dictionary{TKey, TValue}"/> costs several times their size in buckets,
/// entries and slack. Lookups scan (small maps) or binary-search the sorted keys (larger ones).
/// </summary>
internal sealed class CompactMap : IReadOnlyDictionary<string, object?>
{
    private const int ScanLimit = 8;
    private readonly object?[] _entries;

    private CompactMap(object?[] entries) => _entries = entries;

    public int Count => _entries.Length / 2;

    public IEnumerable<string> Keys => Enumerable.Range(0, Count).Select(i => (string)_entries[2 * i]!);

    public IEnumerable<object?> Values => Enumerable.Range(0, Count).Select(i => _entries[(2 * i) + 1]);

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    /// <summary>A map of <paramref name="entries"/> (a later duplicate key wins, as JSON readers do).</summary>
    public static CompactMap From(List<KeyValuePair<string, object?>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count > ScanLimit)
        {
            // Sorted for binary search.
            var sorted = new SortedDictionary<string, object?>(StringComparer.Ordinal);
            foreach (var (key, value) in entries)
            {
                sorted[key] = value;
            }

            var pairs = new object?[sorted.Count * 2];
            var at = 0;
            foreach (var (key, value) in sorted)
            {
                pairs[at++] = key;
                pairs[at++] = value;
            }

            return new CompactMap(pairs);
        }

        var flat = new object?[entries.Count * 2];
        var count = 0;
        foreach (var (key, value) in entries)
        {
            var existing = ScanFor(flat, count, key);
            if (existing >= 0)
            {
                flat[(2 * existing) + 1] = value;
                continue;
            }

            flat[2 * count] = key;
            flat[(2 * count) + 1] = value;
            count++;
        }

        return new CompactMap(count == entries.Count ? flat : flat[..(2 * count)]);
    }

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? _entries[(2 * index) + 1] : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _entries.Length; i += 2)
        {
            yield return new KeyValuePair<string, object?>((string)_entries[i]!, _entries[i + 1]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static int ScanFor(object?[] entries, int count, string key)
    {
        for (var i = 0; i < count; i++)
        {
            if (string.Equals((string)entries[2 * i]!, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private int IndexOf(string key)
    {
        var count = Count;
        if (count <= ScanLimit)
        {
            return ScanFor(_entries, count, key);
        }

        int low = 0, high = count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var comparison = string.CompareOrdinal((string)_entries[2 * middle]!, key);
            if (comparison == 0)
            {
                return middle;
            }

            if (comparison < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return -1;
    }
}

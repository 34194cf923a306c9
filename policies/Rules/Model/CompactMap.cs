using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace MlPlatform.Policies;

/// <summary>
/// A read-only string-keyed map stored as two exact-length arrays: a resource's inputs are mostly small objects, and a
/// <see cref="Dictionary{TKey, TValue}"/> costs several times their size in buckets, entries and slack. Lookups scan
/// (small maps) or binary-search the sorted keys (larger ones).
/// </summary>
internal sealed class CompactMap : IReadOnlyDictionary<string, object?>
{
    private const int ScanLimit = 8;
    private readonly string[] _keys;
    private readonly object?[] _values;

    private CompactMap(string[] keys, object?[] values)
    {
        _keys = keys;
        _values = values;
    }

    public int Count => _keys.Length;

    public IEnumerable<string> Keys => _keys;

    public IEnumerable<object?> Values => _values;

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    /// <summary>A map of <paramref name="count"/> entries from the start of the given arrays (later duplicates win).</summary>
    public static CompactMap From(List<KeyValuePair<string, object?>> entries)
    {
        if (entries.Count > ScanLimit)
        {
            // Sorted for binary search; a duplicate key keeps its last value, as JSON readers do.
            var sorted = new SortedDictionary<string, object?>(StringComparer.Ordinal);
            foreach (var (key, value) in entries)
            {
                sorted[key] = value;
            }

            return new CompactMap([.. sorted.Keys], [.. sorted.Values]);
        }

        var keys = new string[entries.Count];
        var values = new object?[entries.Count];
        var count = 0;
        foreach (var (key, value) in entries)
        {
            var at = Array.IndexOf(keys, key, 0, count);
            if (at >= 0)
            {
                values[at] = value;
                continue;
            }

            keys[count] = key;
            values[count++] = value;
        }

        return count == keys.Length ? new CompactMap(keys, values) : new CompactMap(keys[..count], values[..count]);
    }

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? _values[index] : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(_keys[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        if (_keys.Length <= ScanLimit)
        {
            for (var i = 0; i < _keys.Length; i++)
            {
                if (string.Equals(_keys[i], key, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            return -1;
        }

        var found = Array.BinarySearch(_keys, key, StringComparer.Ordinal);
        return found >= 0 ? found : -1;
    }
}

namespace MlPlatform.Policies;

/// <summary>
/// Strings by their UTF-8 bytes: a document's keys, type tokens and enum values repeat hundreds of thousands of times,
/// and a hit costs a hash of the bytes and one comparison, with no transcoding and no allocation.
/// </summary>
internal sealed class Utf8StringPool
{
    private readonly int _maxEntries;
    private Entry[] _table = new Entry[1 << 12];
    private int _count;

    public Utf8StringPool(int maxEntries) => _maxEntries = maxEntries;

    /// <summary>The shared string for <paramref name="utf8"/> (unescaped JSON text), decoded on a miss.</summary>
    public string Get(ReadOnlySpan<byte> utf8)
    {
        var hash = Hash(utf8);
        var mask = _table.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            ref var entry = ref _table[i];
            if (entry.Text is null)
            {
                var text = System.Text.Encoding.UTF8.GetString(utf8);
                if (_count < _maxEntries)
                {
                    entry = new Entry(hash, utf8.ToArray(), text);
                    if (++_count * 2 > _table.Length)
                    {
                        Grow();
                    }
                }

                return text;
            }

            if (entry.Hash == hash && utf8.SequenceEqual(entry.Utf8))
            {
                return entry.Text;
            }
        }
    }

    private static int Hash(ReadOnlySpan<byte> utf8)
    {
        var hash = default(HashCode);
        hash.AddBytes(utf8);
        return hash.ToHashCode() & int.MaxValue;
    }

    private void Grow()
    {
        var old = _table;
        _table = new Entry[old.Length * 2];
        var mask = _table.Length - 1;
        foreach (var entry in old)
        {
            if (entry.Text is null)
            {
                continue;
            }

            var i = entry.Hash & mask;
            while (_table[i].Text is not null)
            {
                i = (i + 1) & mask;
            }

            _table[i] = entry;
        }
    }

    private readonly record struct Entry(int Hash, byte[] Utf8, string? Text);
}

using System.Text.Json;
using System.Text.Unicode;
using MlPlatform.Stacks.Previews;

namespace MlPlatform.Policies;

/// <summary>
/// A <see cref="Utf8JsonReader"/> over a stream, a buffer at a time: the reader is refilled when it runs out, and a
/// value (a step, a resource) can be made whole in the buffer to be read on its own. Memory stays at the largest single
/// value, not the document. Each chunk is checked to be UTF-8 before the parser sees it; a UTF-8 byte-order mark is
/// skipped and UTF-16 is named.
/// </summary>
internal sealed class JsonChunks
{
    private readonly Stream _stream;
    private readonly string _source;
    private readonly JsonReaderOptions _options;
    private byte[] _buffer;
    private int _start;
    private int _length;
    private long _offset; // the stream offset of _buffer[0]
    private int _unvalidated;

    public JsonChunks(Stream stream, string source, int maxDepth, int bufferSize = 1 << 20)
    {
        _stream = stream;
        _source = source;
        _options = new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = maxDepth };
        _buffer = new byte[bufferSize];
    }

    /// <summary>A reader position to come back to: its state and absolute offset in the stream.</summary>
    public readonly record struct Mark(JsonReaderState State, long Position);

    /// <summary>Bytes read from the stream so far.</summary>
    public long BytesRead { get; private set; }

    public bool IsFinal { get; private set; }

    /// <summary>The first reader, after the encoding checks.</summary>
    public Utf8JsonReader Start()
    {
        Fill();
        var span = _buffer.AsSpan(0, _length);
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            _start = 3;
        }

        var body = _buffer.AsSpan(_start, _length - _start);
        if (body.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || body.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
            || (body.Length >= 2 && ((body[0] != 0 && body[1] == 0) || (body[0] == 0 && body[1] != 0))))
        {
            throw new PulumiJsonException(_source, 1, "is UTF-16; save it as UTF-8 (in PowerShell: `pulumi preview --json | Out-File -Encoding utf8 FILE`)");
        }

        Validate(_start);
        return new Utf8JsonReader(_buffer.AsSpan(_start, _length - _start), IsFinal, new JsonReaderState(_options));
    }

    /// <summary>Reads the next token, refilling the buffer as needed; false at the end of the document.</summary>
    public bool Read(ref Utf8JsonReader reader)
    {
        while (!reader.Read())
        {
            if (IsFinal)
            {
                return false;
            }

            Refill(ref reader, reader.BytesConsumed, reader.CurrentState, reread: false);
        }

        return true;
    }

    /// <summary>Where the reader is now, to read the next value again from if it has to be made whole first.</summary>
    public Mark Here(ref Utf8JsonReader reader) => new(reader.CurrentState, _offset + _start + reader.BytesConsumed);

    /// <summary>
    /// The whole value whose first token the reader was just moved to (by a <see cref="Read"/> from
    /// <paramref name="before"/>), leaving the reader after it.
    /// </summary>
    public ReadOnlySpan<byte> Value(ref Utf8JsonReader reader, Mark before)
    {
        while (true)
        {
            var start = (int)reader.TokenStartIndex;
            if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
            {
                var scalarEnd = (int)reader.BytesConsumed;
                return _buffer.AsSpan(_start + start, scalarEnd - start);
            }

            var probe = reader;
            if (probe.TrySkip())
            {
                var end = (int)probe.BytesConsumed;
                reader = probe;
                return _buffer.AsSpan(_start + start, end - start);
            }

            if (IsFinal)
            {
                // Let the parser say where the document ends early.
                probe = reader;
                probe.Skip();
                throw new PulumiJsonException(_source, null, "ends in the middle of a value (truncated?)");
            }

            // Keep the value's bytes, read more, and read its first token again from the state before it.
            Refill(ref reader, before.Position - _offset - _start, before.State, reread: true);
        }
    }

    /// <summary>Reads more and puts the reader back on the first token of the value that starts after <paramref name="before"/>.</summary>
    public void Reload(ref Utf8JsonReader reader, Mark before)
    {
        if (IsFinal)
        {
            throw new PulumiJsonException(_source, null, "ends in the middle of a value (truncated?)");
        }

        Refill(ref reader, before.Position - _offset - _start, before.State, reread: true);
    }

    private void Refill(ref Utf8JsonReader reader, long keepFrom, JsonReaderState state, bool reread)
    {
        var keep = _start + (int)keepFrom;
        var remaining = _length - keep;
        if (keep == 0 && _length == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        else if (remaining > 0)
        {
            Buffer.BlockCopy(_buffer, keep, _buffer, 0, remaining);
        }

        _offset += keep;
        _start = 0;
        _length = remaining;
        var validateFrom = Math.Max(0, remaining - _unvalidated);
        Fill();
        Validate(validateFrom);
        reader = new Utf8JsonReader(_buffer.AsSpan(0, _length), IsFinal, state);
        if (reread)
        {
            reader.Read();
        }
    }

    private void Fill()
    {
        while (_length < _buffer.Length && !IsFinal)
        {
            var read = _stream.Read(_buffer, _length, _buffer.Length - _length);
            if (read == 0)
            {
                IsFinal = true;
                break;
            }

            _length += read;
            BytesRead += read;
        }
    }

    // Whole sequences only: a multi-byte character cut by the chunk's end is checked with the next chunk.
    private void Validate(int from)
    {
        var span = _buffer.AsSpan(from, _length - from);
        var complete = IsFinal ? span.Length : CompleteLength(span);
        if (!Utf8.IsValid(span[..complete]))
        {
            var at = FirstInvalid(span[..complete]);
            throw new PulumiJsonException(_source, null, $"is not valid UTF-8 (byte 0x{span[at]:X2} at offset {_offset + from + at})");
        }

        _unvalidated = span.Length - complete;
    }

    private static int CompleteLength(ReadOnlySpan<byte> span)
    {
        // Step back over at most three continuation bytes to the start of the last sequence.
        for (var back = 1; back <= Math.Min(4, span.Length); back++)
        {
            var b = span[^back];
            if ((b & 0b1100_0000) == 0b1000_0000)
            {
                continue;
            }

            var needed = b < 0x80 ? 1 : (b & 0b1110_0000) == 0b1100_0000 ? 2 : (b & 0b1111_0000) == 0b1110_0000 ? 3 : (b & 0b1111_1000) == 0b1111_0000 ? 4 : 1;
            return back >= needed ? span.Length : span.Length - back;
        }

        return span.Length;
    }

    private static int FirstInvalid(ReadOnlySpan<byte> span)
    {
        var offset = 0;
        Span<char> scratch = stackalloc char[256];
        while (offset < span.Length)
        {
            var status = Utf8.ToUtf16(span[offset..], scratch, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            offset += read;
            if (status is System.Buffers.OperationStatus.InvalidData or System.Buffers.OperationStatus.NeedMoreData or System.Buffers.OperationStatus.Done)
            {
                break;
            }
        }

        return Math.Min(offset, span.Length - 1);
    }
}

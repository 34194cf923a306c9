using System.Buffers;
using System.Text.Unicode;

namespace MlPlatform.Stacks.Previews;

/// <summary>
/// The encoding checks a Pulumi document passes before it is parsed: UTF-8 (a byte-order mark is skipped), never UTF-16
/// (PowerShell's <c>&gt;</c> writes it), never invalid UTF-8, which the JSON parser would otherwise read silently inside
/// names.
/// </summary>
public static class TextEncodings
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary><paramref name="bytes"/> without a UTF-8 byte-order mark, or an error naming the encoding problem.</summary>
    public static ReadOnlySpan<byte> CheckUtf8(ReadOnlySpan<byte> bytes, string source)
    {
        if (bytes.StartsWith(Utf8Bom))
        {
            bytes = bytes[Utf8Bom.Length..];
        }

        if (LooksLikeUtf16(bytes))
        {
            throw new PulumiJsonException(source, 1, "is UTF-16; save it as UTF-8 (in PowerShell: `pulumi preview --json | Out-File -Encoding utf8 FILE`)");
        }

        if (!Utf8.IsValid(bytes))
        {
            var offset = FirstInvalid(bytes);
            throw new PulumiJsonException(source, LineOf(bytes, offset), $"is not valid UTF-8 (byte 0x{bytes[offset]:X2} at offset {offset})");
        }

        return bytes;
    }

    // A UTF-16 byte-order mark, or JSON's first character followed (LE) or preceded (BE) by a zero byte.
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
        || (bytes.Length >= 2 && ((bytes[0] != 0 && bytes[1] == 0) || (bytes[0] == 0 && bytes[1] != 0)));

    private static int FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        Span<char> scratch = stackalloc char[512];
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = Utf8.ToUtf16(bytes[offset..], scratch, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            offset += read;
            if (status == OperationStatus.InvalidData || status == OperationStatus.NeedMoreData)
            {
                return Math.Min(offset, bytes.Length - 1);
            }

            if (status == OperationStatus.Done)
            {
                break;
            }
        }

        return Math.Min(offset, bytes.Length - 1);
    }

    private static long LineOf(ReadOnlySpan<byte> bytes, int offset) => bytes[..offset].Count((byte)'\n') + 1;
}

using System.Text.Json;

namespace MlPlatform.Policies;

/// <summary>
/// Token steps for decoding a value straight from a stream's buffer: running out of buffer in the middle of a value is
/// a <see cref="PartialValueException"/> (the caller refills and decodes the value again), not a silent end.
/// </summary>
internal static class Tokens
{
    public static bool Next(ref Utf8JsonReader reader)
    {
        if (reader.Read())
        {
            return true;
        }

        return reader.IsFinalBlock ? false : throw PartialValueException.Instance;
    }

    public static void Skip(ref Utf8JsonReader reader)
    {
        if (!reader.TrySkip())
        {
            throw PartialValueException.Instance;
        }
    }
}

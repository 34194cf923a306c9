using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace MlPlatform.Scheduler.Core;

/// <summary>
/// Where a page of a job listing ended: the last job's submission time (milliseconds, as stores keep it) and id, the
/// listing's own order. The next page starts strictly after it, so jobs submitted meanwhile neither repeat nor shift
/// the pages (keyset paging). Clients see it as an opaque string.
/// </summary>
public sealed record JobCursor(long SubmittedAtMs, string Id)
{
    /// <summary>The cursor after <paramref name="job"/>.</summary>
    public static JobCursor After(Job job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return new JobCursor(job.SubmittedAt.ToUnixTimeMilliseconds(), job.Id);
    }

    /// <summary>Whether <paramref name="job"/> comes after this cursor in the listing's order (newest first).</summary>
    public bool Precedes(Job job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var at = job.SubmittedAt.ToUnixTimeMilliseconds();
        return at < SubmittedAtMs || (at == SubmittedAtMs && string.CompareOrdinal(job.Id, Id) < 0);
    }

    /// <summary>The opaque form.</summary>
    public string Encode() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"v1:{SubmittedAtMs}:{Id}")));

    /// <summary>The cursor <paramref name="text"/> encodes, or null when it is not one of ours.</summary>
    public static JobCursor? TryDecode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length is 0 or > 512)
        {
            return null;
        }

        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text)).Split(':', 3);
            return parts is ["v1", var at, { Length: > 0 } id] && long.TryParse(at, NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
                ? new JobCursor(ms, id)
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}

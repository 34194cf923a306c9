namespace MlPlatform.Stacks.Previews;

/// <summary>
/// Parts of a Pulumi URN: <c>urn:pulumi:&lt;stack&gt;::&lt;project&gt;::&lt;parent types $-joined&gt;$&lt;type&gt;::&lt;name&gt;</c>.
/// </summary>
public static class PulumiUrn
{
    private const string Separator = "::";

    /// <summary>Builds the URN of a top-level resource (or one below <paramref name="parentTypes"/>).</summary>
    public static string Create(string stack, string project, string type, string name, string? parentTypes = null) =>
        $"urn:pulumi:{stack}{Separator}{project}{Separator}{(string.IsNullOrEmpty(parentTypes) ? string.Empty : parentTypes + "$")}{type}{Separator}{name}";

    /// <summary>The resource's own type token (the last <c>$</c>-separated part of the type section).</summary>
    public static string TypeOf(string urn)
    {
        var typeSection = Section(urn, 2);
        var dollar = typeSection.LastIndexOf('$');
        return dollar < 0 ? typeSection : typeSection[(dollar + 1)..];
    }

    /// <summary>The resource's name (everything after the third <c>::</c>; names may themselves contain <c>::</c>).</summary>
    public static string NameOf(string urn)
    {
        ArgumentNullException.ThrowIfNull(urn);
        var index = -1;
        for (var i = 0; i < 3; i++)
        {
            index = urn.IndexOf(Separator, index + 1, StringComparison.Ordinal);
            if (index < 0)
            {
                return string.Empty;
            }

            index += Separator.Length - 1;
        }

        return urn[(index + 1)..];
    }

    /// <summary>The stack name (after <c>urn:pulumi:</c>).</summary>
    public static string StackOf(string urn)
    {
        var first = Section(urn, 0);
        return first.StartsWith("urn:pulumi:", StringComparison.Ordinal) ? first["urn:pulumi:".Length..] : first;
    }

    private static string Section(string urn, int index)
    {
        ArgumentNullException.ThrowIfNull(urn);
        var start = 0;
        for (var i = 0; i < index; i++)
        {
            var next = urn.IndexOf(Separator, start, StringComparison.Ordinal);
            if (next < 0)
            {
                return string.Empty;
            }

            start = next + Separator.Length;
        }

        var end = urn.IndexOf(Separator, start, StringComparison.Ordinal);
        return end < 0 ? urn[start..] : urn[start..end];
    }
}

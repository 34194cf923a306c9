namespace MlPlatform.Stacks.Previews;

/// <summary>A preview or export document could not be read; names the file, the line (when known) and the problem.</summary>
public sealed class PulumiJsonException : Exception
{
    public PulumiJsonException(string source, long? line, string problem, Exception? inner = null)
        : base(line is { } l ? $"{source}:{l}: {OneLine(problem)}" : $"{source}: {OneLine(problem)}", inner)
    {
        Source = source;
        Line = line;
        Problem = problem;
    }

    public PulumiJsonException()
        : this("<unknown>", null, "unreadable document")
    {
    }

    public PulumiJsonException(string message)
        : this("<unknown>", null, message)
    {
    }

    public PulumiJsonException(string message, Exception innerException)
        : this("<unknown>", null, message, innerException)
    {
    }

    // Parser messages quote the offending text, newlines included; an error stays one line for CI logs and scripts.
    private static string OneLine(string problem)
    {
        var flat = string.Join(' ', problem.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim()));
        return flat.Length <= 300 ? flat : string.Concat(flat.AsSpan(0, 300), "…");
    }

    /// <summary>The file (or name) that failed.</summary>
    public new string Source { get; }

    /// <summary>1-based line of the problem, when the parser knows it.</summary>
    public long? Line { get; }

    /// <summary>What is wrong.</summary>
    public string Problem { get; }
}

namespace MlPlatform.CostModel;

/// <summary>A price table could not be read; names the file, the line and the problem.</summary>
public sealed class PriceDataException : Exception
{
    public PriceDataException(string source, int line, string problem)
        : base($"{source}:{line}: {problem}")
    {
        Source = source;
        Line = line;
        Problem = problem;
    }

    public PriceDataException()
    {
        Problem = string.Empty;
    }

    public PriceDataException(string message)
        : base(message)
    {
        Problem = message;
    }

    public PriceDataException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problem = message;
    }

    /// <summary>The file that failed.</summary>
    public new string? Source { get; }

    /// <summary>1-based line in that file.</summary>
    public int Line { get; }

    /// <summary>What is wrong with it.</summary>
    public string Problem { get; }
}

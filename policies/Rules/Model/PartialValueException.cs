namespace MlPlatform.Policies;

/// <summary>The buffer ended inside a value: refill and decode it again. Never leaves the document reader.</summary>
internal sealed class PartialValueException : Exception
{
    public static readonly PartialValueException Instance = new();

    public PartialValueException()
        : base("the buffer ended inside a value")
    {
    }

    public PartialValueException(string message)
        : base(message)
    {
    }

    public PartialValueException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

namespace MlPlatform.Policies;

/// <summary>A value marked secret; <see cref="Plain"/> is its plaintext when the source had it, else null.</summary>
public sealed record SecretValue(object? Plain)
{
    public override string ToString() => "[secret]";
}

namespace MlPlatform.Inference.Protocol;

/// <summary>An output the client asked for, and whether it wants it as binary data.</summary>
/// <param name="Name">The model output name.</param>
/// <param name="Binary">True to return the data in the binary section rather than JSON.</param>
public sealed record RequestedOutput(string Name, bool Binary);

namespace MlPlatform.Inference.Repository;

/// <summary>A sample infer request stored beside a version's model file, used as its warm-up.</summary>
/// <param name="File">The file name inside the version folder (a plain name, no path).</param>
/// <param name="JsonHeaderLength">For the binary tensor form: the length of the JSON header; null for a pure OIP JSON request.</param>
public sealed record WarmupRequestFile(string File, long? JsonHeaderLength);

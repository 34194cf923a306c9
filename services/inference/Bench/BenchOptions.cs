using System.Globalization;

namespace MlPlatform.Inference.Bench;

/// <summary>Command line: <c>[--repository DIR] [--json FILE] [--seconds N] [--max-batch N]</c>.</summary>
/// <param name="Repository">The model repository holding <c>ocr-cls</c> (default <c>MLPLATFORM_MODEL_REPOSITORY</c>).</param>
/// <param name="JsonPath">Where to write flat name → number pairs, or null.</param>
/// <param name="Duration">Measured time per scenario.</param>
/// <param name="MaxBatch">The runtime's maximum batch size in the batching-on scenarios (default 32, the largest in-process batch measured).</param>
public sealed record BenchOptions(string Repository, string? JsonPath, TimeSpan Duration, int MaxBatch = BenchOptions.DefaultMaxBatch)
{
    /// <summary>The default maximum batch size of the batching-on scenarios.</summary>
    public const int DefaultMaxBatch = 32;

    /// <summary>Parses the arguments; throws <see cref="ArgumentException"/> naming the bad one.</summary>
    public static BenchOptions Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var repository = Environment.GetEnvironmentVariable("MLPLATFORM_MODEL_REPOSITORY");
        string? json = null;
        var seconds = 4.0;
        var maxBatch = DefaultMaxBatch;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--repository": repository = value; i++; break;
                case "--json": json = value; i++; break;
                case "--seconds" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s is > 0 and <= 120: seconds = s; i++; break;
                case "--max-batch" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var b) && b is >= 2 and <= 256: maxBatch = b; i++; break;
                default: throw new ArgumentException($"unknown or invalid argument '{args[i]} {value}' (use --repository DIR, --json FILE, --seconds 0-120, --max-batch 2-256)");
            }
        }

        if (string.IsNullOrEmpty(repository) || !File.Exists(Path.Combine(repository, "models", "ocr-cls", "1", "model.onnx")))
        {
            throw new ArgumentException($"--repository must hold models/ocr-cls/1/model.onnx (got '{repository}'); ./build.sh bench inference prepares it");
        }

        return new BenchOptions(repository, json, TimeSpan.FromSeconds(seconds), maxBatch);
    }
}

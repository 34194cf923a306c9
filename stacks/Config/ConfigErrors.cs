namespace MlPlatform.Stacks.Config;

/// <summary>Collects every problem found while reading a stack's config, each with the full key path.</summary>
public sealed class ConfigErrors
{
    private readonly List<string> _errors = [];

    public IReadOnlyList<string> All => _errors;

    public bool Any => _errors.Count > 0;

    public void Add(string path, string problem) => _errors.Add($"{path} {problem}");
}

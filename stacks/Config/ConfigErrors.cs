using MlPlatform.Components;

namespace MlPlatform.Stacks.Config;

/// <summary>
/// Collects every problem found while binding or checking a stack's config, each with the full key path, and every
/// key the binder looked for (the keys it accepts, which the documentation test compares with the docs).
/// </summary>
public sealed partial class ConfigErrors
{
    private readonly List<SpecError> _errors = [];
    private readonly HashSet<string> _keysRead = new(StringComparer.Ordinal);

    /// <summary>Every problem as <c>path problem</c>, in the order found.</summary>
    public IReadOnlyList<string> All => [.. _errors.Select(e => e.ToString())];

    /// <summary>Every problem with its path.</summary>
    public IReadOnlyList<SpecError> Errors => _errors;

    public bool Any => _errors.Count > 0;

    public void Add(string path, string problem) => _errors.Add(new SpecError(path, problem));

    public void Add(SpecError error) => _errors.Add(error);

    /// <summary>Every key the binder looked for, list indices as <c>[]</c> (<c>mlplatform:gpuPools[].name</c>).</summary>
    public IReadOnlyCollection<string> KeysRead => _keysRead;

    /// <summary>Records that the binder looked for <paramref name="path"/>, present or not.</summary>
    public void KeyRead(string path) => _keysRead.Add(Index().Replace(path, "[]"));

    [System.Text.RegularExpressions.GeneratedRegex(@"\[\d+\]")]
    private static partial System.Text.RegularExpressions.Regex Index();
}

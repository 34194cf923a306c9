using MlPlatform.Components;

namespace MlPlatform.Stacks.Config;

/// <summary>Collects every problem found while binding or checking a stack's config, each with the full key path.</summary>
public sealed class ConfigErrors
{
    private readonly List<SpecError> _errors = [];

    /// <summary>Every problem as <c>path problem</c>, in the order found.</summary>
    public IReadOnlyList<string> All => [.. _errors.Select(e => e.ToString())];

    /// <summary>Every problem with its path.</summary>
    public IReadOnlyList<SpecError> Errors => _errors;

    public bool Any => _errors.Count > 0;

    public void Add(string path, string problem) => _errors.Add(new SpecError(path, problem));

    public void Add(SpecError error) => _errors.Add(error);
}

namespace Pulumi;

/// <summary>Options of a provider function call (invoke), as in the real SDK.</summary>
public class InvokeOptions
{
    /// <summary>An optional parent to use for default options for this invoke (e.g. the default provider).</summary>
    public Resource? Parent { get; set; }

    /// <summary>An optional provider to use for this invocation.</summary>
    public ProviderResource? Provider { get; set; }

    /// <summary>An optional version of the provider plugin to use for this invoke.</summary>
    public string? Version { get; set; }

    /// <summary>An optional download URL of the provider plugin to use for this invoke.</summary>
    public string? PluginDownloadURL { get; set; }
}

/// <summary>Options of an output-form invoke: <see cref="InvokeOptions"/> plus explicit dependencies.</summary>
public class InvokeOutputOptions : InvokeOptions
{
    private InputList<Resource>? _dependsOn;

    /// <summary>Optional additional explicit dependencies on resources.</summary>
    public InputList<Resource> DependsOn
    {
        get => _dependsOn ??= new InputList<Resource>();
        set => _dependsOn = value;
    }
}

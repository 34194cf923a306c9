using System.Text.Json;

namespace MlPlatform.Testing;

/// <summary>
/// Sets the stack configuration a test run sees (the <c>PULUMI_CONFIG</c> and <c>PULUMI_CONFIG_SECRET_KEYS</c> environment
/// variables that the Pulumi CLI passes, read by both SDKs when a deployment starts) and restores the previous values
/// on dispose. Environment variables are process-wide: Pulumi test assemblies run their tests serially.
/// </summary>
public sealed class StackConfigScope : IDisposable
{
    private readonly string? _previousConfig;
    private readonly string? _previousSecretKeys;

    public StackConfigScope(IReadOnlyDictionary<string, string> config, IEnumerable<string>? secretKeys = null)
    {
        _previousConfig = Environment.GetEnvironmentVariable("PULUMI_CONFIG");
        _previousSecretKeys = Environment.GetEnvironmentVariable("PULUMI_CONFIG_SECRET_KEYS");
        Environment.SetEnvironmentVariable("PULUMI_CONFIG", JsonSerializer.Serialize(config));
        Environment.SetEnvironmentVariable("PULUMI_CONFIG_SECRET_KEYS", JsonSerializer.Serialize(secretKeys?.ToArray() ?? []));
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("PULUMI_CONFIG", _previousConfig);
        Environment.SetEnvironmentVariable("PULUMI_CONFIG_SECRET_KEYS", _previousSecretKeys);
    }
}

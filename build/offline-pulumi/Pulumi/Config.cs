using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;

namespace Pulumi;

/// <summary>
/// The configuration of one namespace (by default the project's), as set with <c>pulumi config set</c> and passed to the
/// program in <c>PULUMI_CONFIG</c>. Keys are read as <c>namespace:key</c>.
/// </summary>
public sealed class Config
{
    private readonly string _name;

    public Config(string? name = null)
    {
        name ??= Deployment.InternalInstance.ProjectName;
        if (name.EndsWith(":config", StringComparison.Ordinal))
        {
            name = name[..^":config".Length];
        }

        _name = name;
    }

    public string? Get(string key) => GetImpl(key);

    public Output<string>? GetSecret(string key) => GetImpl(key) is { } v ? Output.CreateSecret(v) : null;

    public bool? GetBoolean(string key)
    {
        var v = GetImpl(key);
        return v switch
        {
            null => null,
            "true" => true,
            "false" => false,
            _ => throw new ConfigTypeException(FullKey(key), v, nameof(Boolean)),
        };
    }

    public Output<bool>? GetSecretBoolean(string key) => GetBoolean(key) is { } v ? Output.CreateSecret(v) : null;

    public int? GetInt32(string key)
    {
        var v = GetImpl(key);
        return v is null
            ? null
            : int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var result) ? result : throw new ConfigTypeException(FullKey(key), v, nameof(Int32));
    }

    public Output<int>? GetSecretInt32(string key) => GetInt32(key) is { } v ? Output.CreateSecret(v) : null;

    public double? GetDouble(string key)
    {
        var v = GetImpl(key);
        return v is null
            ? null
            : double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var result) ? result : throw new ConfigTypeException(FullKey(key), v, nameof(Double));
    }

    public Output<double>? GetSecretDouble(string key) => GetDouble(key) is { } v ? Output.CreateSecret(v) : null;

    [return: MaybeNull]
    public T GetObject<T>(string key, JsonSerializerOptions options) => GetObjectImpl<T>(key, options);

    [return: MaybeNull]
    public T GetObject<T>(string key) => GetObjectImpl<T>(key, null);

    public Output<T>? GetSecretObject<T>(string key, JsonSerializerOptions options)
    {
        var v = GetObjectImpl<T>(key, options);
        return v is null ? null : Output.CreateSecret(v);
    }

    public Output<T>? GetSecretObject<T>(string key)
    {
        // Unlike the overload with options, the real SDK checks the raw value here: JSON null still gives an output.
        return GetImpl(key) is null ? null : Output.CreateSecret(GetObjectImpl<T>(key, null));
    }

    public string Require(string key) => GetImpl(key) ?? throw new ConfigMissingException(FullKey(key));

    public Output<string> RequireSecret(string key) => Output.CreateSecret(Require(key));

    public bool RequireBoolean(string key) => GetBoolean(key) ?? throw new ConfigMissingException(FullKey(key));

    public Output<bool> RequireSecretBoolean(string key) => Output.CreateSecret(RequireBoolean(key));

    public int RequireInt32(string key) => GetInt32(key) ?? throw new ConfigMissingException(FullKey(key));

    public Output<int> RequireSecretInt32(string key) => Output.CreateSecret(RequireInt32(key));

    public double RequireDouble(string key) => GetDouble(key) ?? throw new ConfigMissingException(FullKey(key));

    public Output<double> RequireSecretDouble(string key) => Output.CreateSecret(RequireDouble(key));

    public T RequireObject<T>(string key, JsonSerializerOptions options) => RequireObjectImpl<T>(key, options);

    public T RequireObject<T>(string key) => RequireObjectImpl<T>(key, null);

    public Output<T> RequireSecretObject<T>(string key, JsonSerializerOptions options) => Output.CreateSecret(RequireObjectImpl<T>(key, options));

    public Output<T> RequireSecretObject<T>(string key) => Output.CreateSecret(RequireObjectImpl<T>(key, null));

    private string? GetImpl(string key) => Deployment.InternalInstance.GetConfig(FullKey(key));

    private T GetObjectImpl<T>(string key, JsonSerializerOptions? options)
    {
        var v = GetImpl(key);
        try
        {
            return v is null ? default! : JsonSerializer.Deserialize<T>(v, options)!;
        }
        catch (JsonException ex)
        {
            throw new ConfigTypeException(FullKey(key), v, typeof(T).FullName!, ex);
        }
    }

    private T RequireObjectImpl<T>(string key, JsonSerializerOptions? options) =>
        GetImpl(key) is null ? throw new ConfigMissingException(FullKey(key)) : GetObjectImpl<T>(key, options);

    private string FullKey(string key) => $"{_name}:{key}";

    private sealed class ConfigTypeException : RunException
    {
        public ConfigTypeException(string key, object? v, string expectedType, Exception? innerException = null)
            : base($"Configuration '{key}' value '{v}' is not a valid {expectedType}", innerException)
        {
        }
    }

    private sealed class ConfigMissingException : RunException
    {
        public ConfigMissingException(string key)
            : base($"Missing Required configuration variable '{key}'\n\tplease set a value using the command `pulumi config set {key} <value>`")
        {
        }
    }
}

using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MlPlatform.Stacks.Config;

/// <summary>
/// A <c>Pulumi.&lt;stack&gt;.yaml</c> file read the way the Pulumi CLI hands config to a program: every key of
/// <c>config:</c> with its value as text, structured values (maps, lists) as JSON, and <c>secure:</c> values — which
/// only the CLI can decrypt — replaced by <see cref="SecretPlaceholder"/> and listed in <see cref="SecretKeys"/>.
/// </summary>
public sealed record StackFile(string StackName, string Path, ImmutableDictionary<string, string> Values, ImmutableHashSet<string> SecretKeys)
{
    public const string SecretPlaceholder = "[secret]";

    /// <summary>The values of one namespace, keyed without the namespace (<c>mlplatform:cloud</c> → <c>cloud</c>).</summary>
    public ImmutableDictionary<string, string> Namespace(string name) =>
        Values.Where(v => v.Key.StartsWith(name + ":", StringComparison.Ordinal))
            .ToImmutableDictionary(v => v.Key[(name.Length + 1)..], v => v.Value);

    /// <summary>The stacks of a project: every <c>Pulumi.&lt;stack&gt;.yaml</c> in <paramref name="projectDirectory"/>.</summary>
    public static ImmutableArray<string> StacksIn(string projectDirectory) =>
        Directory.EnumerateFiles(projectDirectory, "Pulumi.*.yaml")
            .Select(f => System.IO.Path.GetFileName(f)["Pulumi.".Length..^".yaml".Length])
            .Order(StringComparer.Ordinal)
            .ToImmutableArray();

    /// <summary>Reads <c>Pulumi.&lt;stackName&gt;.yaml</c> from <paramref name="projectDirectory"/>.</summary>
    public static StackFile Load(string projectDirectory, string stackName)
    {
        var path = System.IO.Path.Combine(projectDirectory, $"Pulumi.{stackName}.yaml");
        using var reader = new StreamReader(path);
        return Parse(stackName, path, reader);
    }

    public static StackFile Parse(string stackName, string path, TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var stream = new YamlStream();
        try
        {
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            throw new StackConfigException([$"{path}:{e.Start.Line}: not valid YAML ({e.Message})"]);
        }

        var values = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var secrets = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return new StackFile(stackName, path, values.ToImmutable(), secrets.ToImmutable());
        }

        if (!root.Children.TryGetValue(new YamlScalarNode("config"), out var configNode) || configNode is not YamlMappingNode config)
        {
            return new StackFile(stackName, path, values.ToImmutable(), secrets.ToImmutable());
        }

        foreach (var (keyNode, valueNode) in config.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? string.Empty;
            if (ContainsSecure(valueNode))
            {
                secrets.Add(key);
            }

            values[key] = valueNode switch
            {
                YamlScalarNode scalar => scalar.Value ?? string.Empty,
                _ when IsSecure(valueNode) => SecretPlaceholder,
                _ => JsonSerializer.Serialize(ToPlain(valueNode)),
            };
        }

        return new StackFile(stackName, path, values.ToImmutable(), secrets.ToImmutable());
    }

    private static bool IsSecure(YamlNode node) =>
        node is YamlMappingNode map && map.Children.Count == 1 && map.Children.ContainsKey(new YamlScalarNode("secure"));

    private static bool ContainsSecure(YamlNode node) => node switch
    {
        _ when IsSecure(node) => true,
        YamlMappingNode map => map.Children.Values.Any(ContainsSecure),
        YamlSequenceNode list => list.Children.Any(ContainsSecure),
        _ => false,
    };

    // YAML scalars keep their type in JSON: unquoted numbers and booleans as such, quoted ones as strings.
    private static object? ToPlain(YamlNode node) => node switch
    {
        _ when IsSecure(node) => SecretPlaceholder,
        YamlMappingNode map => map.Children.ToDictionary(c => ((YamlScalarNode)c.Key).Value ?? string.Empty, c => ToPlain(c.Value)),
        YamlSequenceNode list => list.Children.Select(ToPlain).ToList(),
        YamlScalarNode scalar => Scalar(scalar),
        _ => null,
    };

    private static object? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value;
        if (text is null || scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded)
        {
            return text;
        }

        if (text is "true" or "false")
        {
            return text == "true";
        }

        if (text is "null" or "~" or "")
        {
            return null;
        }

        if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var integer))
        {
            return integer;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : text;
    }
}

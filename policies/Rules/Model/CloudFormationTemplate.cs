using System.Collections.Immutable;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MlPlatform.Policies;

/// <summary>
/// An AWS CloudFormation template (the <c>templateBody</c> of an <c>aws:cloudformation/stack:Stack</c>) read into the
/// neutral values of <see cref="Values"/>. JSON and YAML templates both parse (JSON is YAML); the YAML short forms of
/// intrinsic functions become their long forms (<c>!Ref X</c> → <c>{"Ref": "X"}</c>, <c>!GetAtt A.B</c> →
/// <c>{"Fn::GetAtt": ["A", "B"]}</c>, <c>!Sub s</c> → <c>{"Fn::Sub": "s"}</c>) so one reader serves both.
/// </summary>
/// <param name="Resources">Logical id → <c>{"Type": …, "Properties": …}</c>.</param>
/// <param name="Parameters">Logical id → parameter declaration (its <c>Default</c>).</param>
public sealed record CloudFormationTemplate(
    ImmutableDictionary<string, IReadOnlyDictionary<string, object?>> Resources,
    ImmutableDictionary<string, IReadOnlyDictionary<string, object?>> Parameters)
{
    /// <summary>Parses <paramref name="body"/>, or returns null and why not ("is not valid YAML …", "has no Resources section").</summary>
    public static CloudFormationTemplate? TryParse(string body, out string? error)
    {
        ArgumentNullException.ThrowIfNull(body);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(body));
        }
        catch (YamlException e)
        {
            error = $"is not valid YAML or JSON at line {e.Start.Line}, column {e.Start.Column}: {e.Message}";
            return null;
        }

        if (stream.Documents.Count != 1 || Convert(stream.Documents[0].RootNode) is not IReadOnlyDictionary<string, object?> root)
        {
            error = "is not a template (expected one document holding a mapping)";
            return null;
        }

        if (Values.AsMap(Values.Get(root, "Resources")) is not { } resources)
        {
            error = "has no Resources section";
            return null;
        }

        error = null;
        return new CloudFormationTemplate(Section(resources), Section(Values.AsMap(Values.Get(root, "Parameters"))));
    }

    /// <summary>The resources of <paramref name="type"/> (e.g. <c>AWS::AutoScaling::AutoScalingGroup</c>) by logical id.</summary>
    public IEnumerable<KeyValuePair<string, IReadOnlyDictionary<string, object?>>> OfType(string type) =>
        Resources.Where(r => string.Equals(Values.AsString(Values.Get(r.Value, "Type")), type, StringComparison.Ordinal)).OrderBy(r => r.Key, StringComparer.Ordinal);

    /// <summary>
    /// <paramref name="value"/> with a <c>Ref</c> to a parameter resolved from the stack's <paramref name="parameters"/>
    /// (the <c>parameters</c> input) or the parameter's <c>Default</c>; any other intrinsic function stays as it is
    /// (a map), which readers treat as unreadable.
    /// </summary>
    public object? Resolve(object? value, IReadOnlyDictionary<string, object?>? parameters)
    {
        if (Values.AsMap(value) is { Count: 1 } map && map.TryGetValue("Ref", out var reference) && Values.AsString(reference) is { } name
            && Parameters.TryGetValue(name, out var declaration))
        {
            return parameters is not null && parameters.TryGetValue(name, out var given) ? given : Values.Get(declaration, "Default");
        }

        return value;
    }

    /// <summary>The logical id a <c>{"Ref": id}</c> names, or null when <paramref name="value"/> is not a Ref.</summary>
    public static string? RefTarget(object? value) =>
        Values.AsMap(value) is { Count: 1 } map && map.TryGetValue("Ref", out var target) ? Values.AsString(target) : null;

    private static ImmutableDictionary<string, IReadOnlyDictionary<string, object?>> Section(IReadOnlyDictionary<string, object?>? section) =>
        (section ?? ImmutableDictionary<string, object?>.Empty)
            .Select(p => (p.Key, Map: Values.AsMap(p.Value)))
            .Where(p => p.Map is not null)
            .ToImmutableDictionary(p => p.Key, p => p.Map!, StringComparer.Ordinal);

    private static object? Convert(YamlNode node)
    {
        object? value = node switch
        {
            YamlMappingNode mapping => mapping.Children
                .GroupBy(c => (c.Key as YamlScalarNode)?.Value ?? string.Empty, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => Convert(g.Last().Value), StringComparer.Ordinal),
            YamlSequenceNode sequence => sequence.Children.Select(Convert).ToList(),
            YamlScalarNode scalar => Scalar(scalar),
            _ => null,
        };

        var tag = node.Tag.IsEmpty ? null : node.Tag.Value;
        if (tag is null || !tag.StartsWith('!') || tag.StartsWith("!!", StringComparison.Ordinal) || tag.StartsWith("tag:", StringComparison.Ordinal))
        {
            return value;
        }

        var function = tag[1..];
        return function switch
        {
            "Ref" => new Dictionary<string, object?>(StringComparer.Ordinal) { ["Ref"] = value },
            "Condition" => new Dictionary<string, object?>(StringComparer.Ordinal) { ["Condition"] = value },
            "GetAtt" when value is string dotted && dotted.IndexOf('.', StringComparison.Ordinal) is > 0 and var dot =>
                new Dictionary<string, object?>(StringComparer.Ordinal) { ["Fn::GetAtt"] = new List<object?> { dotted[..dot], dotted[(dot + 1)..] } },
            _ => new Dictionary<string, object?>(StringComparer.Ordinal) { [$"Fn::{function}"] = value },
        };
    }

    // Plain scalars stay strings ("2", "true"): Values.AsNumber and AsBool read numeric and boolean strings, and
    // CloudFormation itself accepts MinSize: '1' and MinSize: 1 alike.
    private static string? Scalar(YamlScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is "null" or "~" or "" && scalar.Tag.IsEmpty ? null : scalar.Value;
}

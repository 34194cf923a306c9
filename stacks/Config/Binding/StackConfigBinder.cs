using System.Collections.Immutable;
using System.Text.Json;
using MlPlatform.CostModel;

namespace MlPlatform.Stacks.Config.Binding;

/// <summary>
/// First step of the configuration pipeline: turns the <c>mlplatform:</c> values of a stack into a typed
/// <see cref="PlatformConfig"/> with defaults. Reports only what is wrong with one field by itself (type, range,
/// format, required, unknown key); rules between fields and sections are <see cref="StackConfigValidator"/>'s.
/// </summary>
public static class StackConfigBinder
{
    /// <summary>
    /// Binds <paramref name="values"/> (top-level key without namespace → the raw config value: plain text for scalars,
    /// JSON for objects and lists, as Pulumi passes structured config). Keys outside <see cref="StackConfigReader.Keys"/>
    /// are errors. Never throws for bad values: they are in <see cref="BoundStackConfig.Errors"/>.
    /// </summary>
    public static BoundStackConfig Bind(IReadOnlyDictionary<string, string> values, string stackName) =>
        Bind(values, stackName, new ConfigErrors());

    /// <summary>
    /// Every key the binder looks for while binding <paramref name="values"/>, present or not, list indices as
    /// <c>[]</c>: the keys it accepts (items of a list are looked for only when the list has items).
    /// </summary>
    public static IReadOnlyCollection<string> KeysLookedFor(IReadOnlyDictionary<string, string> values, string stackName)
    {
        var errors = new ConfigErrors();
        _ = Bind(values, stackName, errors);
        return errors.KeysRead;
    }

    private static BoundStackConfig Bind(IReadOnlyDictionary<string, string> values, string stackName, ConfigErrors errors)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var key in values.Keys.Where(k => !StackConfigReader.Keys.Contains(k)).Order(StringComparer.Ordinal))
        {
            errors.Add($"{StackConfigReader.Namespace}:{key}", $"is not a known setting (known: {string.Join(", ", StackConfigReader.Keys)})");
        }

        var element = Parse(values, errors);
        var root = new ConfigNode(element, StackConfigReader.Namespace, errors);
        var config = BindRoot(root, stackName, errors);
        root.RejectUnknownKeys();
        return new BoundStackConfig(config, KeyPaths(element), errors.Errors);
    }

    private static PlatformConfig BindRoot(ConfigNode root, string stackName, ConfigErrors errors)
    {
        var ns = StackConfigReader.Namespace;
        var environment = root.String("environment", stackName);
        if (!ConfigPatterns.IsName(environment, 20))
        {
            errors.Add($"{ns}:environment", $"must be lowercase letters, digits and '-', at most 20 characters (got '{environment}')");
        }

        if (!root.Has("cloud"))
        {
            errors.Add($"{ns}:cloud", "is required");
        }

        var cloud = root.Enum("cloud", Cloud.Aws);
        var region = root.String("region", string.Empty);
        if (region.Length == 0)
        {
            errors.Add($"{ns}:region", "is required (for example us-east-1 on aws, eastus on azure)");
        }

        var context = new BindContext(cloud, PlatformConfig.IsProductionEnvironment(environment), errors);
        return new PlatformConfig(
            environment,
            cloud,
            region,
            ClusterBinder.Bind(root.Object("cluster"), environment, context),
            PoolsBinder.Bind(root, context),
            StorageBinder.BindDatasetCache(root.Object("datasetCache"), context),
            StorageBinder.BindRegistry(root.Object("registry"), context),
            StorageBinder.BindModelStore(root.Object("modelStore")),
            StorageBinder.BindNetwork(root.Object("network"), context),
            AddonsBinder.BindKarpenter(root.Object("karpenter")),
            AddonsBinder.BindIngress(root.Object("ingress", required: true), context),
            AddonsBinder.BindAddons(root.Object("addons"), context),
            BudgetBinder.Bind(root.Object("budget", required: true), context),
            TeamsBinder.Bind(root, context),
            ServicesBinder.Bind(root.Object("services", required: true), context),
            ModelsBinder.Bind(root, context),
            PolicyBinder.BindPolicy(root.Object("policy"), context),
            PolicyBinder.BindTags(root.Object("tags", required: true), environment))
        {
            Observability = ObservabilityBinder.Bind(root.Object("observability"), context),
        };
    }

    // One JSON object of every known key: structured values as they are, scalars as strings.
    private static JsonElement Parse(IReadOnlyDictionary<string, string> values, ConfigErrors errors)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            foreach (var (key, raw) in values.Where(v => StackConfigReader.Keys.Contains(v.Key)))
            {
                writer.WritePropertyName(key);
                var text = raw.Trim();
                if (text.StartsWith('{') || text.StartsWith('['))
                {
                    try
                    {
                        using var document = JsonDocument.Parse(text);
                        document.RootElement.WriteTo(writer);
                        continue;
                    }
                    catch (JsonException e)
                    {
                        errors.Add($"{StackConfigReader.Namespace}:{key}", $"is not valid JSON ({e.Message})");
                        writer.WriteNullValue();
                        continue;
                    }
                }

                writer.WriteStringValue(raw);
            }

            writer.WriteEndObject();
        }

        return JsonDocument.Parse(stream.ToArray()).RootElement;
    }

    // Paths as errors name them: mlplatform:key, then .field and [index].
    private static ImmutableHashSet<string> KeyPaths(JsonElement root)
    {
        var paths = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);

        void Walk(JsonElement element, string path)
        {
            if (element.ValueKind == JsonValueKind.Null)
            {
                return;
            }

            paths.Add(path);
            if (element.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value, $"{path}.{property.Name}");
                }
            }
            else if (element.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, $"{path}[{i++}]");
                }
            }
        }

        foreach (var property in root.EnumerateObject())
        {
            Walk(property.Value, $"{StackConfigReader.Namespace}:{property.Name}");
        }

        return paths.ToImmutable();
    }
}

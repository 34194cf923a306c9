using System.Collections.Immutable;
using System.Reflection;

namespace Pulumi;

/// <summary>The root component of a program; its [Output] properties are the stack outputs.</summary>
public class Stack : ComponentResource
{
    internal const string RootPulumiStackTypeName = "pulumi:pulumi:Stack";

    public Stack(StackOptions? options = null)
        : base(RootPulumiStackTypeName, Deployment.InternalInstance.GetCurrentStackName(), ConvertOptions(options))
    {
        Deployment.InternalInstance.Stack = this;
    }

    internal IDictionary<string, object?> Outputs { get; private set; } = ImmutableDictionary<string, object?>.Empty;

    internal void RegisterPropertyOutputs()
    {
        var outputs = (from property in GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
                       let attribute = property.GetCustomAttribute<OutputAttribute>()
                       where attribute is not null
                       where property.DeclaringType?.IsAssignableFrom(typeof(Stack)) != true
                       select new KeyValuePair<string, object?>(attribute.Name ?? property.Name, property.GetValue(this))).ToList();

        var nulls = outputs.Where(kv => kv.Value is null).Select(kv => kv.Key).ToList();
        if (nulls.Count > 0)
        {
            throw new RunException($"Output(s) '{string.Join(", ", nulls)}' have no value assigned. [Output] attributed properties must be assigned inside Stack constructor.");
        }

        var wrongTypes = outputs.Where(kv => !(kv.Value!.GetType() is { IsGenericType: true } t && t.GetGenericTypeDefinition() == typeof(Output<>)))
            .Select(kv => kv.Key).ToList();
        if (wrongTypes.Count > 0)
        {
            throw new RunException($"Output(s) '{string.Join(", ", wrongTypes)}' have incorrect type. [Output] attributed properties must be instances of Output<T>.");
        }

        Outputs = new Dictionary<string, object?>(outputs);
        RegisterOutputs(Outputs);
    }

    private static ComponentResourceOptions? ConvertOptions(StackOptions? options) =>
        options is null ? null : new ComponentResourceOptions { ResourceTransformations = options.ResourceTransformations };
}

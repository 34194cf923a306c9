using System.Collections.Immutable;
using System.Reflection;

namespace Pulumi.Serialization;

/// <summary>Resolves one [Output] property of a resource once the engine answers.</summary>
internal interface IOutputCompletionSource
{
    Type TargetType { get; }

    void SetPlainValue(object? plain, bool isKnown, bool isSecret, string context);

    void TrySetException(Exception exception);

    void TrySetDefaultResult(bool isKnown);
}

internal sealed class OutputCompletionSource<T> : IOutputCompletionSource
{
    // As in the real SDK, whatever awaits the output runs inline when the engine's answer completes it.
    private readonly TaskCompletionSource<OutputData<T>> _source = new();
    private readonly ImmutableHashSet<Resource> _resources;

    public OutputCompletionSource(Resource resource)
    {
        _resources = ImmutableHashSet.Create(resource);
        Output = new Output<T>(_source.Task);
    }

    public Output<T> Output { get; }

    public Type TargetType => typeof(T);

    public void SetPlainValue(object? plain, bool isKnown, bool isSecret, string context)
    {
        T value;
        try
        {
            value = (T)OutputConverter.Convert(plain, typeof(T), context)!;
        }
        catch (InvalidOperationException e)
        {
            Log.Warn(e.Message);
            value = default!;
        }

        _source.TrySetResult(new OutputData<T>(_resources, value, isKnown, isSecret));
    }

    public void SetStringValue(T value, bool isKnown) =>
        _source.TrySetResult(new OutputData<T>(_resources, value, isKnown, false));

    public void TrySetException(Exception exception) => _source.TrySetException(exception);

    public void TrySetDefaultResult(bool isKnown) =>
        _source.TrySetResult(new OutputData<T>(_resources, default!, isKnown, false));
}

internal static class OutputCompletionSources
{
    /// <summary>
    /// Gives every [Output] property of a custom <paramref name="resource"/> an output that the engine's answer
    /// resolves. A component's own outputs are left to the component (the real SDK does not overwrite them: property
    /// initializers may have set them already).
    /// </summary>
    public static ImmutableDictionary<string, IOutputCompletionSource> Initialize(Resource resource)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, IOutputCompletionSource>();
        if (resource is ComponentResource)
        {
            return builder.ToImmutable();
        }

        for (var type = resource.GetType(); type is not null && type != typeof(Resource); type = type.BaseType)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                var attribute = property.GetCustomAttribute<OutputAttribute>();
                if (attribute is null || !property.PropertyType.IsGenericType || property.PropertyType.GetGenericTypeDefinition() != typeof(Output<>))
                {
                    continue;
                }

                var name = attribute.Name ?? property.Name;
                if (builder.ContainsKey(name) || name is Resource.UrnPropertyName or Resource.IdPropertyName)
                {
                    continue;
                }

                var valueType = property.PropertyType.GetGenericArguments()[0];
                var source = (IOutputCompletionSource)Activator.CreateInstance(typeof(OutputCompletionSource<>).MakeGenericType(valueType), resource)!;
                var output = source.GetType().GetProperty(nameof(OutputCompletionSource<object>.Output))!.GetValue(source);
                var setter = property.GetSetMethod(nonPublic: true);
                if (setter is null)
                {
                    continue;
                }

                setter.Invoke(resource, [output]);
                builder[name] = source;
            }
        }

        return builder.ToImmutable();
    }
}

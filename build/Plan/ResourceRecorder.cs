using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using Pulumi;

namespace MlPlatform.Plan;

/// <summary>
/// A stack-level transformation that records every resource as it is declared: its parent, which inputs are set and
/// which of them are secret. It changes nothing. Uses public reflection only (the [Input] wire name is the attribute's
/// constructor argument), so it works the same on the real SDK and the offline stand-in.
/// </summary>
internal sealed class ResourceRecorder
{
    private readonly ConcurrentQueue<DeclaredResource> _declared = new();
    private readonly ConcurrentQueue<Task> _secretChecks = new();
    private readonly ConcurrentDictionary<Resource, ConcurrentBag<string>> _secretInputs = new();

    /// <summary>The most recently declared resource: where an exception in the program most likely came from.</summary>
    public DeclaredResource? Last => _declared.LastOrDefault();

    public ResourceTransformationResult? Record(ResourceTransformationArgs args)
    {
        var inputs = InputValues(args.Args);
        var secret = _secretInputs.GetOrAdd(args.Resource, _ => []);
        foreach (var (name, value) in inputs)
        {
            if (SecretCheck(value) is { } check)
            {
                _secretChecks.Enqueue(RecordSecretAsync(check, name, secret));
            }
        }

        var options = args.Options;
        _declared.Enqueue(new DeclaredResource(
            args.Resource,
            options.Parent,
            args.Resource is CustomResource,
            [.. inputs.Select(i => i.Name)],
            [],
            options.Provider,
            options.Protect ?? false,
            (options as CustomResourceOptions)?.DeleteBeforeReplace ?? false));
        return null;
    }

    /// <summary>Waits for the secret checks and returns the declared resources, in order, with their secret inputs.</summary>
    public async Task<IReadOnlyList<DeclaredResource>> CompleteAsync()
    {
        await Task.WhenAll(_secretChecks).ConfigureAwait(false);
        return _declared.Select(d => d with
        {
            SecretInputs = _secretInputs.TryGetValue(d.Resource, out var s) ? [.. s.Order(StringComparer.Ordinal)] : [],
        }).ToList();
    }

    private static async Task RecordSecretAsync(Func<Task<bool>> check, string name, ConcurrentBag<string> secret)
    {
        if (await check().ConfigureAwait(false))
        {
            secret.Add(name);
        }
    }

    private static List<(string Name, object Value)> InputValues(ResourceArgs args)
    {
        var result = new List<(string, object)>();
        const BindingFlags flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance;
        var members = args.GetType().GetProperties(flags).Cast<MemberInfo>().Concat(args.GetType().GetFields(flags));
        foreach (var member in members)
        {
            var attribute = member.CustomAttributes.FirstOrDefault(a => a.AttributeType.FullName == "Pulumi.InputAttribute");
            if (attribute is null || attribute.ConstructorArguments.Count == 0 || attribute.ConstructorArguments[0].Value is not string name)
            {
                continue;
            }

            var value = member switch
            {
                PropertyInfo p => p.GetValue(args),
                FieldInfo f => f.GetValue(args),
                _ => null,
            };
            if (value is not null)
            {
                result.Add((name, value));
            }
        }

        return result;
    }

    // Input<T> and Output<T> values can be asked whether they are secret; plain values cannot be.
    private static Func<Task<bool>>? SecretCheck(object value)
    {
        for (var t = value.GetType(); t is not null; t = t.BaseType)
        {
            if (!t.IsGenericType)
            {
                continue;
            }

            var definition = t.GetGenericTypeDefinition();
            if (definition != typeof(Input<>) && definition != typeof(Output<>))
            {
                continue;
            }

            var valueType = t.GetGenericArguments()[0];
            var outputType = typeof(Output<>).MakeGenericType(valueType);
            var output = definition == typeof(Output<>)
                ? value
                : t.GetMethods(BindingFlags.Public | BindingFlags.Static)
                    .First(m => m.Name == "op_Implicit" && m.ReturnType == outputType && m.GetParameters()[0].ParameterType == t)
                    .Invoke(null, [value]);
            var isSecret = typeof(Output).GetMethod(nameof(Output.IsSecretAsync))!.MakeGenericMethod(valueType);
            return () => (Task<bool>)isSecret.Invoke(null, [output])!;
        }

        return null;
    }
}

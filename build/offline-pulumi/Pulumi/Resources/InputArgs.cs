using System.Collections.Immutable;
using System.Reflection;
using System.Text.Json;

namespace Pulumi;

/// <summary>The base of resource and invoke args: the members marked <see cref="InputAttribute"/>.</summary>
public abstract class InputArgs
{
    private readonly ImmutableArray<(InputAttribute Attribute, string MemberName, Func<object, object?> GetValue)> _inputs;

    protected InputArgs()
    {
        var type = GetType();
        const BindingFlags flags = BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Instance;
        var fields = type.GetFields(flags)
            .Select(f => (Attribute: f.GetCustomAttribute<InputAttribute>(), f.Name, GetValue: (Func<object, object?>)f.GetValue));
        var properties = type.GetProperties(flags)
            .Select(p => (Attribute: p.GetCustomAttribute<InputAttribute>(), p.Name, GetValue: (Func<object, object?>)p.GetValue));
        _inputs = fields.Concat(properties)
            .Where(m => m.Attribute is not null)
            .Select(m => (m.Attribute!, m.Name, m.GetValue))
            .ToImmutableArray();
    }

    internal ImmutableDictionary<string, object?> ToDictionary()
    {
        var builder = ImmutableDictionary.CreateBuilder<string, object?>();
        foreach (var (attribute, memberName, getValue) in _inputs)
        {
            var value = getValue(this);
            if (attribute.IsRequired && value is null)
            {
                throw new ArgumentNullException(memberName, $"[Input] {GetType().FullName}.{memberName} is required but was not given a value");
            }

            builder[attribute.Name] = attribute.Json && value is not null ? ToJson(value) : value;
        }

        return builder.ToImmutable();
    }

    /// <summary>The wire names of the inputs that have a value.</summary>
    internal IEnumerable<string> SetInputNames() =>
        _inputs.Where(i => i.GetValue(this) is not null).Select(i => i.Attribute.Name);

    private static Output<string> ToJson(object value)
    {
        var output = value is IInput input ? input.ToOutput().ToUntypedOutput() : Output.Create<object?>(value);
        return output.Apply(async v =>
        {
            var plain = await Serialization.PropertySerializer.ToPlainAsync(v).ConfigureAwait(false);
            return JsonSerializer.Serialize(plain.Value);
        });
    }
}

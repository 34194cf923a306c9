using System.Collections;
using System.Collections.Immutable;
using MlPlatform.Policies;

namespace MlPlatform.Plan;

/// <summary>How a plan writes values it cannot show, as the Pulumi CLI does.</summary>
public static class PlanValues
{
    /// <summary>The engine's marker for a value computed only when the resource is created.</summary>
    public const string Unknown = MlPlatform.Stacks.Previews.PropertyValues.UnknownString;

    /// <summary>How secret values are shown: <c>pulumi preview --json</c> writes this string in place of each secret.</summary>
    public const string Secret = MlPlatform.Stacks.Previews.PropertyValues.SecretString;

    /// <summary>
    /// A value read from args (<see cref="Values"/>' neutral form) as the CLI shows it: each unknown becomes
    /// <see cref="Unknown"/> and each secret <see cref="Secret"/> where it sits, maps are sorted by key, lists stay lists.
    /// </summary>
    public static object? Shown(object? value) => value switch
    {
        UnknownValue => Unknown,
        SecretValue => Secret,
        string => value,
        IDictionary map => ShownMap(map),
        IEnumerable items => items.Cast<object?>().Select(Shown).ToImmutableArray(),
        _ => value,
    };

    /// <summary>Every input of a resource as <see cref="Shown(object?)"/> shows it.</summary>
    public static ImmutableDictionary<string, object?> Shown(IReadOnlyDictionary<string, object?> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return inputs.ToImmutableDictionary(i => i.Key, i => Shown(i.Value), StringComparer.Ordinal);
    }

    private static ImmutableSortedDictionary<string, object?> ShownMap(IDictionary map)
    {
        var shown = ImmutableSortedDictionary.CreateBuilder<string, object?>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in map)
        {
            shown[Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty] = Shown(entry.Value);
        }

        return shown.ToImmutable();
    }
}

using System.Reflection;
using MlPlatform.Testing;
using Pulumi;
using Pulumi.Testing;

namespace MlPlatform.PulumiSurface.Tests;

/// <summary>
/// The checks that go through the engine: each resource class is registered under mocks with its Args as the
/// constructor leaves them (required inputs given placeholders), and the type token and the inputs the mock sees are
/// compared with the real token and the real constructor defaults. Nested input types with defaults are registered
/// inside a <see cref="ProbeResource"/>.
/// </summary>
public static class Registrations
{
    /// <summary>The engine sees each resource under its real type token.</summary>
    public static async Task CheckTokensAsync(PackageUnderTest package, Differences differences)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(differences);
        await foreach (var (fullName, expected, registered, _) in RegisterResourcesAsync(package, differences))
        {
            if (!string.Equals(registered.Type, expected.Token, StringComparison.Ordinal))
            {
                differences.Add(fullName, "(type token the engine sees)", expected.Token ?? "(none)", registered.Type ?? "(none)");
            }
        }
    }

    /// <summary>
    /// The engine sees every real constructor default: of resource Args as the resource registers, of nested input
    /// types inside a <see cref="ProbeResource"/>.
    /// </summary>
    public static async Task CheckDefaultsAsync(PackageUnderTest package, Differences differences)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(differences);
        await foreach (var (fullName, _, registered, placeholders) in RegisterResourcesAsync(package, differences))
        {
            if (package.Data.Types.TryGetValue(fullName + "Args", out var argsExpected))
            {
                CheckDefaults(fullName + "Args", argsExpected, registered.Inputs, placeholders, differences);
            }
        }

        await CheckNestedDefaultsAsync(package, differences);
    }

    private static async Task CheckNestedDefaultsAsync(PackageUnderTest package, Differences differences)
    {
        foreach (var (fullName, expected) in package.Data.Types.Where(t => t.Value.Kind == "input" && t.Value.Members.Values.Any(m => m.Default is not null)))
        {
            if (package.Find(fullName) is not { } type)
            {
                continue; // reported by the member checks
            }

            IReadOnlySet<string> placeholders = new HashSet<string>();
            var (registered, error) = await RegisterAsync(() => new ProbeResource("probe", new ProbeArgs { Value = SampleInputs.Create(type, out placeholders) }));
            if (registered?.Inputs.GetValueOrDefault("value") is not IReadOnlyDictionary<string, object> inputs)
            {
                differences.Add(fullName, "(registration)", "serializes inside a resource", error ?? "no value");
                continue;
            }

            CheckDefaults(fullName, expected, inputs, placeholders, differences);
        }
    }

    /// <summary>
    /// Every member with a real constructor default reaches the engine with that value; a member only a placeholder
    /// filled counts as unset.
    /// </summary>
    public static void CheckDefaults(
        string fullName, SurfaceType expected, IReadOnlyDictionary<string, object> inputs, IReadOnlySet<string> placeholders, Differences differences)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(placeholders);
        ArgumentNullException.ThrowIfNull(differences);
        foreach (var member in expected.Members.Values.Where(m => m.Default is not null && m.Wire is not null))
        {
            var actual = placeholders.Contains(member.Wire!) ? null : inputs.GetValueOrDefault(member.Wire!);
            if (!SurfaceComparer.SameValue(member.Default!.Value, actual))
            {
                differences.Add(fullName, $"{member.Name} (constructor default)", member.Default.Value.GetRawText(), SurfaceComparer.Format(actual));
            }
        }
    }

    /// <summary>Each resource class the data describes, registered with its Args as constructed plus placeholders.</summary>
    private static async IAsyncEnumerable<(string FullName, SurfaceType Expected, MockResourceArgs Registered, IReadOnlySet<string> Placeholders)> RegisterResourcesAsync(
        PackageUnderTest package, Differences differences)
    {
        foreach (var (fullName, expected) in package.Data.Types.Where(t => t.Value.Kind == "resource").OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var argsType = package.Find(fullName + "Args");
            var constructor = package.Find(fullName)?.GetConstructors()
                .FirstOrDefault(c => c.GetParameters() is [{ } n, { } a, ..] && n.ParameterType == typeof(string) && a.ParameterType == argsType);
            if (argsType is null || constructor is null)
            {
                continue; // reported by the reflection checks
            }

            IReadOnlySet<string> placeholders = new HashSet<string>();
            var (registered, error) = await RegisterAsync(() =>
            {
                var arguments = constructor.GetParameters().Select(p => p.HasDefaultValue ? p.DefaultValue : null).ToArray();
                arguments[0] = "probe";
                arguments[1] = SampleInputs.Create(argsType, out placeholders);
                return (Resource)constructor.Invoke(arguments);
            });
            if (registered is null)
            {
                differences.Add(fullName, "(registration)", "registers with its required inputs set", error ?? "nothing registered");
                continue;
            }

            yield return (fullName, expected, registered, placeholders);
        }
    }

    private static async Task<(MockResourceArgs? Registered, string? Error)> RegisterAsync(Func<Resource> create)
    {
        var mocks = new EchoMocks();
        try
        {
            await Deployment.TestAsync(mocks, new TestOptions(), () =>
            {
                _ = create();
            });
        }
#pragma warning disable CA1031 // Any failure to register is a difference to report, not a reason to stop checking the rest.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return (null, (e is TargetInvocationException { InnerException: { } inner } ? inner : e).Message);
        }

        return (mocks.Resources.Count > 0 ? mocks.Resources[0] : null, null);
    }
}

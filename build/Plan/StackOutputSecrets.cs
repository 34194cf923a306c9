using System.Collections.Immutable;
using System.Reflection;
using Pulumi;

namespace MlPlatform.Plan;

/// <summary>
/// Which outputs of a stack are secret, asked of the stack's own <c>[Output]</c> properties. The engine (and so a
/// mock) is sent an unknown secret as a plain unknown, so during a preview only the program's outputs know that
/// they are secret. Public API and reflection only, as on the real SDK.
/// </summary>
internal static class StackOutputSecrets
{
    private static readonly MethodInfo IsSecret = typeof(Output).GetMethod(nameof(Output.IsSecretAsync))!;

    public static async Task<ImmutableHashSet<string>> NamesAsync(Stack stack)
    {
        ArgumentNullException.ThrowIfNull(stack);
        var names = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        foreach (var property in stack.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var attribute = property.CustomAttributes.FirstOrDefault(a => a.AttributeType.FullName == "Pulumi.OutputAttribute");
            if (attribute is null
                || property.PropertyType is not { IsGenericType: true } type
                || type.GetGenericTypeDefinition() != typeof(Output<>)
                || property.GetValue(stack) is not { } output)
            {
                continue;
            }

            if (await ((Task<bool>)IsSecret.MakeGenericMethod(type.GetGenericArguments()[0]).Invoke(null, [output])!).ConfigureAwait(false))
            {
                names.Add(attribute.ConstructorArguments.FirstOrDefault().Value as string ?? property.Name);
            }
        }

        return names.ToImmutable();
    }
}

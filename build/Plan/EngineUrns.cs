using System.Collections.Immutable;

namespace MlPlatform.Plan;

/// <summary>URNs and provider references as the Pulumi engine forms them (not the mock monitor's shortened form).</summary>
public static class EngineUrns
{
    /// <summary>The provider package versions the program is built against; default providers are named after them.</summary>
    public static readonly ImmutableDictionary<string, string> ProviderVersions = ImmutableDictionary<string, string>.Empty
        .Add("aws", "7.48.0")
        .Add("azure-native", "3.28.0")
        .Add("kubernetes", "4.32.0")
        .Add("random", "4.21.1");

    public const string StackType = "pulumi:pulumi:Stack";

    /// <summary>
    /// <c>urn:pulumi:&lt;stack&gt;::&lt;project&gt;::&lt;qualified type&gt;::&lt;name&gt;</c>, where the qualified type is the
    /// chain of ancestor types below the root stack, joined by <c>$</c>, then the resource's own type.
    /// </summary>
    public static string For(string stack, string project, IEnumerable<string> ancestorTypesBelowStack, string type, string name)
    {
        var qualified = string.Join('$', ancestorTypesBelowStack.Append(type));
        return $"urn:pulumi:{stack}::{project}::{qualified}::{name}";
    }

    public static string Stack(string stack, string project) => $"urn:pulumi:{stack}::{project}::{StackType}::{project}-{stack}";

    /// <summary>The package of a type token (<c>aws:s3/bucket:Bucket</c> → <c>aws</c>).</summary>
    public static string Package(string type) => type.Split(':')[0];

    /// <summary>The URN of the default provider of a package.</summary>
    public static string DefaultProvider(string stack, string project, string package) =>
        $"urn:pulumi:{stack}::{project}::pulumi:providers:{package}::default_{(ProviderVersions.TryGetValue(package, out var v) ? v.Replace('.', '_') : "0_0_0")}";

    /// <summary>The qualified type part of a URN.</summary>
    public static string QualifiedType(string urn) => urn.Split("::")[2];
}

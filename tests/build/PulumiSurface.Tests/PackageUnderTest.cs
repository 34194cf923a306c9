using System.Reflection;

namespace MlPlatform.PulumiSurface.Tests;

/// <summary>
/// A provider assembly the project builds against (the offline stand-in or the real package, whichever defines the
/// marker type) and the reference data it is checked with.
/// </summary>
public sealed class PackageUnderTest
{
    /// <summary>The assembly metadata key the offline stand-ins carry; the real packages do not.</summary>
    public const string StandInMetadataKey = "MlPlatform.PulumiStandIn";

    private static readonly Dictionary<string, PackageUnderTest> ByKey = new(StringComparer.Ordinal)
    {
        ["aws"] = new(typeof(Pulumi.Aws.S3.Bucket).Assembly, "aws-7.48.0.json"),
        ["azure-native"] = new(typeof(Pulumi.AzureNative.Resources.ResourceGroup).Assembly, "azure-native-3.28.0.json"),
    };

    private readonly Lazy<SurfacePackage> _data;

    private PackageUnderTest(Assembly assembly, string dataFile)
    {
        Assembly = assembly;
        _data = new Lazy<SurfacePackage>(() => SurfacePackage.Load(dataFile));
    }

    /// <summary>The keys theories run over.</summary>
    public static TheoryData<string> Keys => new(ByKey.Keys);

    public Assembly Assembly { get; }

    public SurfacePackage Data => _data.Value;

    /// <summary>
    /// Whether this is our stand-in. Only the stand-in must model every typed class through the data; the real package
    /// has many more typed classes than the data describes.
    /// </summary>
    public bool IsStandIn => Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Any(a => a.Key == StandInMetadataKey);

    public static PackageUnderTest Get(string key) => ByKey[key];

    /// <summary>The public type of this assembly with this full name, or null.</summary>
    public Type? Find(string fullName) => Assembly.GetType(fullName) is { IsPublic: true } type ? type : null;
}

namespace MlPlatform.PulumiSurface.Tests;

/// <summary>
/// The Pulumi.Aws and Pulumi.AzureNative assemblies the project compiles against have the real 7.48.0 and 3.28.0
/// surface (data/pulumi-sdk-surface/): offline this checks the stand-in, with the real packages the packages themselves.
/// </summary>
public sealed class SurfaceTests
{
    public static TheoryData<string> Packages => PackageUnderTest.Keys;

    [Theory]
    [MemberData(nameof(Packages))]
    public void Every_real_type_name_of_the_listed_namespaces_exists_and_no_other_does(string key)
    {
        var package = PackageUnderTest.Get(key);
        var differences = new Differences();

        SurfaceComparer.CheckTypeNames(package.Data, package.Assembly, differences);

        differences.AssertNone(package.Data.Package);
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void Members_have_the_real_wire_names_csharp_names_types_and_required_ness(string key)
    {
        var package = PackageUnderTest.Get(key);
        var differences = new Differences();

        SurfaceComparer.CheckTypes(package.Data, package.Assembly, differences);

        differences.AssertNone(package.Data.Package);
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void Every_class_of_the_stand_in_that_declares_members_is_described_by_the_data(string key)
    {
        var package = PackageUnderTest.Get(key);
        var differences = new Differences();

        // The real package has far more typed classes than the data describes; only the stand-in must stay inside it.
        if (package.IsStandIn)
        {
            SurfaceComparer.CheckEveryTypedClassIsDescribed(package.Data, package.Assembly, differences);
        }

        differences.AssertNone(package.Data.Package);
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public async Task Resources_have_the_real_type_tokens_and_constructors(string key)
    {
        var package = PackageUnderTest.Get(key);
        var differences = new Differences();

        SurfaceComparer.CheckResourceClasses(package.Data, package.Assembly, differences);
        await Registrations.CheckTokensAsync(package, differences);

        differences.AssertNone(package.Data.Package);
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public async Task Constructor_defaults_reach_the_engine_as_the_real_ones_do(string key)
    {
        var package = PackageUnderTest.Get(key);
        var differences = new Differences();

        await Registrations.CheckDefaultsAsync(package, differences);

        differences.AssertNone(package.Data.Package);
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void Enum_members_have_the_real_names_and_values(string key)
    {
        var package = PackageUnderTest.Get(key);
        var differences = new Differences();

        SurfaceComparer.CheckEnums(package.Data, package.Assembly, differences);

        differences.AssertNone(package.Data.Package);
    }
}

using System.Collections.Immutable;
using System.Text.Json;
using MlPlatform.PulumiSurface.Tests.Fixtures;

namespace MlPlatform.PulumiSurface.Tests;

/// <summary>The checks themselves, on fixtures shaped like generated provider classes: they read what is declared and report each difference.</summary>
public sealed class CheckerTests
{
    private const string Ns = "MlPlatform.PulumiSurface.Tests.Fixtures";

    private static readonly SurfaceType RealArgs = new("resourceArgs", Members(
        Input("Mode", "mode", $"InputUnion<string, {Ns}.FixtureMode>", required: false, defaultValue: "Fast"),
        Input("Name", "name", "Input<string>", required: true),
        Input("Size", "sizeGb", "Input<int>", required: false),
        Input("Tags", "tags", "InputMap<string>", required: false)));

    [Fact]
    public void Members_are_read_with_wire_names_and_types_written_as_the_data_writes_them()
    {
        var inputs = DeclaredMembers.Inputs(typeof(FixtureArgs)).OrderBy(m => m.Wire, StringComparer.Ordinal).ToList();
        var outputs = DeclaredMembers.Outputs(typeof(FixtureResource)).OrderBy(m => m.Wire, StringComparer.Ordinal).ToList();
        var fields = DeclaredMembers.OutputFields(typeof(FixtureOutput)).OrderBy(m => m.Wire, StringComparer.Ordinal).ToList();

        Assert.Equal(
            [
                new DeclaredMember("mode", "Mode", $"InputUnion<string, {Ns}.FixtureMode>", false, true),
                new DeclaredMember("name", "Name", "Input<string>", true, false),
                new DeclaredMember("sizeGb", "Size", "Input<int>", false, true),
                new DeclaredMember("tags", "Tags", "InputMap<string>", false),
            ],
            inputs);
        Assert.Equal([new DeclaredMember("arn", "Arn", "Output<string>"), new DeclaredMember("tags", "Tags", "Output<ImmutableDictionary<string, string>?>")], outputs);
        Assert.Equal(
            [new DeclaredMember("enabled", "Enabled", "bool?"), new DeclaredMember("id", "Id", "string"), new DeclaredMember("zones", "Zones", "ImmutableArray<string>")],
            fields);
    }

    [Fact]
    public void Declarations_that_match_the_real_surface_report_nothing()
    {
        var differences = new Differences();

        SurfaceComparer.CheckType($"{Ns}.FixtureArgs", RealArgs, typeof(FixtureArgs), differences);
        SurfaceComparer.CheckType($"{Ns}.FixtureResource", RealResource(argsRequired: true), typeof(FixtureResource), differences);
        SurfaceComparer.CheckResourceClass($"{Ns}.FixtureResource", RealResource(argsRequired: true), typeof(FixtureResource), differences);
        SurfaceComparer.CheckEnum($"{Ns}.FixtureMode", RealEnum(("Fast", "Fast"), ("Slow", "Slow"), ("Auto", "Auto")), typeof(FixtureMode), differences);

        Assert.Empty(differences.All);
    }

    [Fact]
    public void Every_input_difference_is_reported_not_only_the_first()
    {
        var real = new SurfaceType("resourceArgs", Members(
            Input("Mode", "mode", $"InputUnion<string, {Ns}.FixtureMode>", required: true),
            Input("Name", "name", "Input<string>", required: true),
            Input("SizeGb", "sizeGb", "Input<double>", required: false),
            Input("Region", "region", "Input<string>", required: true),
            Input("Labels", "labels", "InputMap<string>", required: false, defaultValue: "none")));
        var differences = new Differences();

        SurfaceComparer.CheckType($"{Ns}.FixtureArgs", real, typeof(FixtureArgs), differences);

        AssertSameItems(
            [
                ("Labels", "missing"),
                ("Mode (declaration)", "nullable"),
                ("Mode (required)", "optional"),
                ("Region", "missing"),
                ("SizeGb (type)", "Input<int>"),
                ("Tags", "wire name 'tags'"),
                ("'sizeGb' (C# name)", "Size"),
            ],
            differences.All.Select(d => (d.Member, d.Actual)));
    }

    [Fact]
    public void Output_and_constructor_differences_are_reported()
    {
        var real = RealResource(argsRequired: false) with
        {
            Members = Members(new SurfaceMember("Arn", "arn", "Output<string>"), new SurfaceMember("Tags", "tags", "Output<ImmutableDictionary<string, string>>")),
            Token = "fixture:index:Other",
        };
        var differences = new Differences();

        SurfaceComparer.CheckType($"{Ns}.FixtureResource", real, typeof(FixtureResource), differences);
        SurfaceComparer.CheckResourceClass($"{Ns}.FixtureResource", real, typeof(FixtureResource), differences);

        AssertSameItems(["(constructor args)", "(constructor)", "Tags (type)", "[ResourceType]"], differences.All.Select(d => d.Member));
        Assert.Contains(differences.All, d => d.Member == "(constructor)" && d.Actual == "FixtureResource(string name, FixtureArgs args, CustomResourceOptions? options = null)");
    }

    [Fact]
    public void Enum_values_that_differ_or_do_not_exist_are_reported()
    {
        var differences = new Differences();

        SurfaceComparer.CheckEnum($"{Ns}.FixtureMode", RealEnum(("Fast", "fast")), typeof(FixtureMode), differences);

        AssertSameItems([("Fast", "\"fast\"", "\"Fast\""), ("Slow", "no such member in the real enum", "\"Slow\"")],
            differences.All.Select(d => (d.Member, d.Expected, d.Actual)));
    }

    [Fact]
    public void Missing_real_type_names_and_types_the_real_package_lacks_are_reported()
    {
        var fixtures = typeof(FixtureArgs).Assembly.GetExportedTypes().Where(t => t.Namespace == Ns).Select(t => t.Name).ToList();
        var data = Package(new Dictionary<string, IReadOnlyList<string>>
        {
            [Ns] = [.. fixtures.Where(n => n != nameof(FixtureOutput)), "FixtureState"],
        });
        var differences = new Differences();

        SurfaceComparer.CheckTypeNames(data, typeof(FixtureArgs).Assembly, differences);

        AssertSameItems([($"{Ns}.FixtureOutput", "defined"), ($"{Ns}.FixtureState", "missing")], differences.All.Select(d => (d.Type, d.Actual)));
    }

    [Fact]
    public void A_class_with_members_but_no_reference_data_is_reported()
    {
        var data = Package(new Dictionary<string, IReadOnlyList<string>>(), new Dictionary<string, SurfaceType> { [$"{Ns}.FixtureArgs"] = RealArgs });
        var differences = new Differences();

        SurfaceComparer.CheckEveryTypedClassIsDescribed(data, typeof(FixtureArgs).Assembly, differences);

        Assert.Contains(differences.All, d => d.Type == $"{Ns}.FixtureResource");
        Assert.Contains(differences.All, d => d.Type == $"{Ns}.FixtureMode");
        Assert.DoesNotContain(differences.All, d => d.Type == $"{Ns}.FixtureArgs");
    }

    [Fact]
    public void Placeholders_fill_only_required_inputs_the_constructor_left_unset()
    {
        var args = (FixtureArgs)SampleInputs.Create(typeof(FixtureArgs), out var placeholders);

        Assert.Equal("name", Assert.Single(placeholders));
        Assert.NotNull(args.Name);
        Assert.Null(args.Size);
        Assert.NotNull(args.Mode);
    }

    [Theory]
    [InlineData("Fast", null, "")]
    [InlineData("Slow", null, "Mode (constructor default)")]
    [InlineData(null, null, "Mode (constructor default)")]
    [InlineData("Fast", "mode", "Mode (constructor default)")]
    public void A_default_counts_only_if_the_engine_sees_the_real_value_and_no_placeholder_set_it(string? seen, string? placeholder, string reported)
    {
        var inputs = seen is null ? ImmutableDictionary<string, object>.Empty : ImmutableDictionary<string, object>.Empty.Add("mode", seen);
        var differences = new Differences();

        Registrations.CheckDefaults($"{Ns}.FixtureArgs", RealArgs, inputs, placeholder is null ? new HashSet<string>() : [placeholder], differences);

        Assert.Equal(reported, string.Join(",", differences.All.Select(d => d.Member)));
    }

    private static void AssertSameItems<T>(IEnumerable<T> expected, IEnumerable<T> actual) =>
        Assert.Equal(expected.Select(e => e!.ToString()).Order(StringComparer.Ordinal), actual.Select(a => a!.ToString()).Order(StringComparer.Ordinal));

    private static SurfaceType RealResource(bool argsRequired) => new(
        "resource",
        Members(new SurfaceMember("Arn", "arn", "Output<string>"), new SurfaceMember("Tags", "tags", "Output<ImmutableDictionary<string, string>?>")),
        Token: FixtureResource.Token,
        Constructor: argsRequired
            ? "FixtureResource(string name, FixtureArgs args, CustomResourceOptions? options = null)"
            : "FixtureResource(string name, FixtureArgs? args = null, CustomResourceOptions? options = null)",
        ArgsRequired: argsRequired);

    private static SurfaceType RealEnum(params (string Name, string Value)[] values) =>
        new("enum", values.ToDictionary(v => v.Name, v => new SurfaceMember(v.Name, Value: JsonSerializer.SerializeToElement(v.Value))), Underlying: "string");

    private static SurfaceMember Input(string name, string wire, string type, bool required, string? defaultValue = null) =>
        new(name, wire, type, required, defaultValue is null ? null : JsonSerializer.SerializeToElement(defaultValue));

    private static Dictionary<string, SurfaceMember> Members(params SurfaceMember[] members) => members.ToDictionary(m => m.Name);

    private static SurfacePackage Package(IReadOnlyDictionary<string, IReadOnlyList<string>> namespaces, IReadOnlyDictionary<string, SurfaceType>? types = null) =>
        new("Fixture", "1.0.0", namespaces, [], types ?? new Dictionary<string, SurfaceType>(), new Dictionary<string, string>());
}

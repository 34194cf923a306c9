using MlPlatform.Infra;
using MlPlatform.Stacks.Previews;
using Pulumi;

namespace MlPlatform.Plan.Tests;

public sealed class PlanRunnerTests
{
    [Fact]
    public async Task ChildUrnsAreFormedAsTheEngineFormsThem()
    {
        var plan = await PlanRunner.RunAsync(PlanFixture.Root, "dev", hooks => new NestedStack(hooks));

        var urns = plan.Resources.Select(r => r.Urn).ToList();
        Assert.Contains("urn:pulumi:dev::mlplatform::pulumi:pulumi:Stack::mlplatform-dev", urns);
        Assert.Contains("urn:pulumi:dev::mlplatform::test:plan:Outer::outer", urns);
        Assert.Contains("urn:pulumi:dev::mlplatform::test:plan:Outer$test:plan:Inner::outer-inner", urns);
        Assert.Contains("urn:pulumi:dev::mlplatform::test:plan:Outer$test:plan:Inner$test:index/thing:Thing::outer-inner-thing", urns);
    }

    [Fact]
    public async Task UnknownAndSecretInputsAreMarkedAsTheCliMarksThem()
    {
        var plan = await PlanRunner.RunAsync(PlanFixture.Root, "dev", hooks => new NestedStack(hooks));

        var second = plan.Resources.Single(r => r.Name == "second");
        Assert.Equal(PlanValues.Unknown, second.Inputs["size"]);
        Assert.Equal(PlanValues.Secret, second.Inputs["label"]);
        // Inside nested args each value is marked where it sits; an unknown secret is sent as a plain unknown.
        var settings = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(second.Inputs["settings"]);
        Assert.Equal(PlanValues.Secret, settings["password"]);
        Assert.Equal(PlanValues.Unknown, settings["endpoint"]);
        Assert.Equal(PlanValues.Unknown, settings["token"]);
        Assert.Equal("admin", settings["user"]);
        Assert.False(settings.ContainsKey("comment"));
        var thing = plan.Resources.Single(r => r.Name == "outer-inner-thing");
        Assert.Equal("plain", thing.Inputs["label"]);
        Assert.Equal("urn:pulumi:dev::mlplatform::pulumi:providers:test::default_0_0_0::" + PlanValues.Unknown, thing.Provider);
    }

    [Fact]
    public async Task SecretStackOutputsAreSecretInThePlanEvenWhileUnknown()
    {
        var plan = await PlanRunner.RunAsync(PlanFixture.Root, "dev", hooks => new SecretOutputStack(hooks));

        Assert.Equal((false, true), (plan.Outputs["token"].Known, plan.Outputs["token"].Secret));
        Assert.Equal((true, true), (plan.Outputs["password"].Known, plan.Outputs["password"].Secret));
        Assert.Equal((true, false), (plan.Outputs["label"].Known, plan.Outputs["label"].Secret));
    }

    [Fact]
    public async Task TheDevPlanShowsTheKubeconfigAsSecret()
    {
        var plan = await PlanRunner.RunAsync(PlanFixture.Root, "dev");
        var (console, output) = PlanFixture.Console();

        PlanRenderer.Render(plan, console);

        Assert.True(plan.Outputs["kubeconfig"].Secret);
        Assert.Contains(output.ToString().Split('\n'), line => line.Contains("kubeconfig", StringComparison.Ordinal) && line.Contains("[secret]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnExceptionInTheProgramNamesTheResourceBeingDeclared()
    {
        var error = await Assert.ThrowsAsync<PlanException>(() => PlanRunner.RunAsync(PlanFixture.Root, "dev", hooks => new FailingStack(hooks)));

        Assert.Equal(1, error.ExitCode);
        Assert.Contains("test:index/thing:Thing 'broken-inner-thing'", error.Message, StringComparison.Ordinal);
        Assert.Contains("no capacity for pool", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PreviewJsonHasTheShapeOfPulumiPreviewJson()
    {
        var plan = await PlanRunner.RunAsync(PlanFixture.Root, "dev", hooks => new NestedStack(hooks));
        var path = Path.Combine(Path.GetTempPath(), $"plan-{Guid.NewGuid():N}.json");

        await PreviewJson.WriteAsync(plan, path);
        var file = PulumiJson.ReadFile(path);

        Assert.Equal(PlanFileKind.Preview, file.Kind);
        var steps = file.Preview!.Steps;
        Assert.Equal(plan.Resources.Length, steps.Count);
        Assert.All(steps, s => Assert.Equal(StepOps.Create, s.Op));
        Assert.Equal(steps.Count, file.Preview.ChangeSummary![StepOps.Create]);
        var thing = steps.Single(s => s.Urn.EndsWith("::outer-inner-thing", StringComparison.Ordinal));
        Assert.Equal("test:index/thing:Thing", thing.NewState!.Type);
        Assert.Equal("urn:pulumi:dev::mlplatform::test:plan:Outer$test:plan:Inner::outer-inner", thing.NewState.Parent);
        Assert.Equal("plain", thing.NewState.Inputs!["label"]!.GetValue<string>());
    }

    // Static stack shapes for the tests: components nested two deep, an unknown input and a secret input.
    private sealed class NestedStack : Stack
    {
        public NestedStack(PlatformStackHooks hooks)
            : base(new StackOptions { ResourceTransformations = [.. hooks.Transformations] })
        {
            var outer = new Outer("outer");
            var first = new Thing("first", new ThingArgs { Label = "one" });
            _ = new Thing("second", new ThingArgs
            {
                Size = first.Size,
                Label = Output.CreateSecret("hidden"),
                Settings = new SettingsArgs
                {
                    User = "admin",
                    Password = Output.CreateSecret("hunter2"),
                    Endpoint = first.Size.Apply(s => $"https://thing:{s}"),
                    Token = Output.CreateSecret(first.Size.Apply(s => $"token-{s}")),
                },
            }, new CustomResourceOptions { Parent = outer });
        }
    }

    private sealed class SecretOutputStack : Stack
    {
        public SecretOutputStack(PlatformStackHooks hooks)
            : base(new StackOptions { ResourceTransformations = [.. hooks.Transformations] })
        {
            // The mock leaves the size unknown (only a provider computes it).
            Token = Output.CreateSecret(new Thing("vault", new ThingArgs { Label = "v" }).Size);
            Password = Output.CreateSecret("s3cret");
            Label = Output.Create("plain");
        }

        [Output("token")]
        public Output<int> Token { get; private set; }

        [Output("password")]
        public Output<string> Password { get; private set; }

        [Output("label")]
        public Output<string> Label { get; private set; }
    }

    private sealed class FailingStack : Stack
    {
        public FailingStack(PlatformStackHooks hooks)
            : base(new StackOptions { ResourceTransformations = [.. hooks.Transformations] })
        {
            _ = new Outer("broken");
            throw new InvalidOperationException("no capacity for pool 'train'");
        }
    }

    private sealed class Outer : ComponentResource
    {
        public Outer(string name)
            : base("test:plan:Outer", name)
        {
            _ = new Inner($"{name}-inner", new ComponentResourceOptions { Parent = this });
            RegisterOutputs();
        }
    }

    private sealed class Inner : ComponentResource
    {
        public Inner(string name, ComponentResourceOptions options)
            : base("test:plan:Inner", name, options)
        {
            _ = new Thing($"{name}-thing", new ThingArgs { Label = "plain" }, new CustomResourceOptions { Parent = this });
            RegisterOutputs();
        }
    }

    private sealed class Thing : CustomResource
    {
        public Thing(string name, ThingArgs args, CustomResourceOptions? options = null)
            : base("test:index/thing:Thing", name, args, options)
        {
        }

        [Output("size")]
        public Output<int> Size { get; private set; } = null!;
    }

    private sealed class ThingArgs : ResourceArgs
    {
        [Input("label")]
        public Input<string>? Label { get; set; }

        [Input("size")]
        public Input<int>? Size { get; set; }

        [Input("settings")]
        public Input<SettingsArgs>? Settings { get; set; }
    }

    private sealed class SettingsArgs : ResourceArgs
    {
        [Input("user")]
        public Input<string>? User { get; set; }

        [Input("password")]
        public Input<string>? Password { get; set; }

        [Input("endpoint")]
        public Input<string>? Endpoint { get; set; }

        [Input("token")]
        public Input<string>? Token { get; set; }

        [Input("comment")]
        public Input<string>? Comment { get; set; }
    }
}

using Pulumi;

namespace MlPlatform.Infra;

/// <summary>
/// The ML platform for one environment: the cloud's GPU cluster and pools, storage, registry and budgets, then the
/// Kubernetes layer with the bundled scheduler and inference runtime. Which cloud is chosen by <c>mlplatform:cloud</c>.
/// </summary>
#pragma warning disable CA1711 // Pulumi's convention names the program's root component a Stack.
public sealed class PlatformStack : Stack
#pragma warning restore CA1711
{
    /// <summary>Version of the stack-outputs contract apps read (see stacks/Outputs).</summary>
    public const string OutputsContractVersion = "1";

    public PlatformStack()
        : this(PlatformStackHooks.None)
    {
    }

    public PlatformStack(PlatformStackHooks hooks)
        : this(PlatformLoader.Load(), hooks ?? PlatformStackHooks.None)
    {
    }

    private PlatformStack(PlatformContext context, PlatformStackHooks hooks)
        : base(new StackOptions { ResourceTransformations = [.. hooks.Transformations] })
    {
        Context = context;
        var config = context.Config;
        Environment = Output.Create(config.Environment);
        Cloud = Output.Create(config.Cloud.ToString().ToLowerInvariant());
        Region = Output.Create(config.Region);
        ContractVersion = Output.Create(OutputsContractVersion);
    }

    /// <summary>The validated config and prices this stack was built from (for hosts such as the plan tool).</summary>
    public PlatformContext Context { get; }

    [Output("environment")]
    public Output<string> Environment { get; private set; }

    [Output("cloud")]
    public Output<string> Cloud { get; private set; }

    [Output("region")]
    public Output<string> Region { get; private set; }

    [Output("outputsContractVersion")]
    public Output<string> ContractVersion { get; private set; }
}

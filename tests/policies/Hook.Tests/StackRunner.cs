using System.Collections.Immutable;
using MlPlatform.CostModel;
using MlPlatform.Stacks.Config;
using MlPlatform.Testing;
using Pulumi;
using Pulumi.Testing;

namespace MlPlatform.Infra.Policy.Tests;

/// <summary>Runs a <see cref="HookedStack"/> under the mock engine with the dev stack's real config and prices.</summary>
internal static class StackRunner
{
    private static readonly Lazy<PriceCatalog> Prices = new(() => PriceCatalogLoader.LoadDirectory(PriceCatalogLoader.DefaultDirectory(AppContext.BaseDirectory)));

    public static PlatformContext Dev()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Pulumi.dev.yaml")))
        {
            root = root.Parent;
        }

        var file = StackFile.Load(root?.FullName ?? throw new DirectoryNotFoundException("no Pulumi.dev.yaml above the tests"), "dev");
        return new PlatformContext(StackConfigReader.Read(file.Namespace(StackConfigReader.Namespace), "dev", Prices.Value), Prices.Value);
    }

    /// <summary>Runs the stack; <paramref name="afterProgram"/>, if given, runs once its constructor has returned.</summary>
    public static async Task<ImmutableArray<Resource>> RunAsync(
        PolicyHook hook, Action declare, bool preview = true, Output<string>? kubeconfig = null, Action? afterProgram = null)
    {
        var provider = new Factory(() =>
        {
            var stack = new HookedStack(hook, declare, kubeconfig);
            afterProgram?.Invoke();
            return stack;
        });
        return await Deployment.TestWithServiceProviderAsync<HookedStack>(
            new EchoMocks(),
            provider,
            new TestOptions { StackName = "dev", ProjectName = "mlplatform", IsPreview = preview });
    }

    private sealed class Factory(Func<object> create) : IServiceProvider
    {
        public object? GetService(Type serviceType) => create();
    }
}

using System.Collections.Immutable;
using System.Text.Json;
using MlPlatform.CostModel;
using MlPlatform.Infra;
using MlPlatform.Stacks.Config;
using Pulumi;
using Pulumi.Testing;

namespace MlPlatform.Plan;

/// <summary>
/// Runs the real program for one stack under the mock engine, as <c>pulumi preview</c> would on an empty stack:
/// the stack's config is read from <c>Pulumi.&lt;stack&gt;.yaml</c> and validated first, then <see cref="PlatformStack"/>
/// is constructed inside <c>Deployment.TestWithServiceProviderAsync</c> with a recorder attached.
/// </summary>
public static class PlanRunner
{
    public const string Project = "mlplatform";

    public static Task<PlanResult> RunAsync(string root, string stack) =>
        RunAsync(root, stack, hooks => new PlatformStack(hooks));

    /// <summary>Plans <paramref name="stack"/> with the program that <paramref name="createStack"/> builds (the platform, or a test's).</summary>
    public static async Task<PlanResult> RunAsync<TStack>(string root, string stack, Func<PlatformStackHooks, TStack> createStack)
        where TStack : Stack
    {
        ArgumentNullException.ThrowIfNull(createStack);
        var stacks = StackFile.StacksIn(root);
        if (!stacks.Contains(stack))
        {
            throw new PlanException(2, $"unknown stack '{stack}'; stacks in {root}: {string.Join(", ", stacks)}");
        }

        StackFile file;
        PlatformConfig config;
        PriceCatalog prices;
        try
        {
            file = StackFile.Load(root, stack);
            prices = PriceCatalogLoader.LoadDirectory(PriceCatalogLoader.DefaultDirectory(root));
            config = PlatformConfigPipeline.Read(file.Namespace(StackConfigReader.Namespace), stack, prices);
        }
        catch (StackConfigException e)
        {
            throw new PlanException(2, $"{Path.GetFileName(Path.Combine(root, $"Pulumi.{stack}.yaml"))}: {e.Message}", e);
        }
        catch (Exception e) when (e is IOException or PriceDataException)
        {
            throw new PlanException(2, e.Message, e);
        }

        var recorder = new ResourceRecorder();
        var mocks = new PlanMocks();
        var services = new StackServices<TStack>(() => createStack(new PlatformStackHooks([recorder.Record])));
        var previousConfig = System.Environment.GetEnvironmentVariable("PULUMI_CONFIG");
        var previousSecrets = System.Environment.GetEnvironmentVariable("PULUMI_CONFIG_SECRET_KEYS");
        var previousDirectory = Directory.GetCurrentDirectory();
        try
        {
            System.Environment.SetEnvironmentVariable("PULUMI_CONFIG", JsonSerializer.Serialize(file.Values));
            System.Environment.SetEnvironmentVariable("PULUMI_CONFIG_SECRET_KEYS", JsonSerializer.Serialize(file.SecretKeys));
            Directory.SetCurrentDirectory(root);
            await Deployment.TestWithServiceProviderAsync<TStack>(
                mocks,
                services,
                new TestOptions { ProjectName = Project, StackName = stack, IsPreview = true, RootDirectory = root }).ConfigureAwait(false);
        }
        catch (Exception e) when (e is RunException or AggregateException or InvalidOperationException or ArgumentException)
        {
            var where = recorder.Last is { } last ? $" (while declaring {last.Resource.GetResourceType()} '{last.Resource.GetResourceName()}')" : string.Empty;
            throw new PlanException(1, $"the program failed{where}:\n{Describe(e)}", e);
        }
        finally
        {
            System.Environment.SetEnvironmentVariable("PULUMI_CONFIG", previousConfig);
            System.Environment.SetEnvironmentVariable("PULUMI_CONFIG_SECRET_KEYS", previousSecrets);
            Directory.SetCurrentDirectory(previousDirectory);
        }

        var declared = await recorder.CompleteAsync().ConfigureAwait(false);
        var resources = Build(stack, declared);
        var secretOutputs = services.Created is { } created ? await StackOutputSecrets.NamesAsync(created).ConfigureAwait(false) : [];
        var outputs = mocks.Outputs.ToImmutableDictionary(
            o => o.Key,
            o => new StackOutput(o.Key, o.Value.Known, o.Value.Value, o.Value.Secret || secretOutputs.Contains(o.Key)));
        return new PlanResult(Project, stack, config, resources, outputs, file.Values)
        {
            PriceTables = PriceTableAge.Of(prices, DateOnly.FromDateTime(DateTime.UtcNow)),
        };
    }

    private static string Describe(Exception e) => e switch
    {
        AggregateException aggregate => string.Join("\n", aggregate.InnerExceptions.Select(Describe)),
        _ => e.Message,
    };

    private static ImmutableArray<PlannedResource> Build(string stack, IReadOnlyList<DeclaredResource> declared)
    {
        var byResource = declared.ToDictionary(d => d.Resource);
        var urns = new Dictionary<Resource, string>();

        string UrnOf(DeclaredResource d)
        {
            if (urns.TryGetValue(d.Resource, out var known))
            {
                return known;
            }

            var ancestors = new List<string>();
            for (var p = d.Parent; p is not null && byResource.TryGetValue(p, out var parent); p = parent.Parent)
            {
                ancestors.Insert(0, p.GetResourceType());
            }

            var urn = EngineUrns.For(stack, Project, ancestors, d.Resource.GetResourceType(), d.Resource.GetResourceName());
            urns[d.Resource] = urn;
            return urn;
        }

        var stackUrn = EngineUrns.Stack(stack, Project);
        var result = ImmutableArray.CreateBuilder<PlannedResource>();
        result.Add(new PlannedResource(stackUrn, EngineUrns.StackType, $"{Project}-{stack}", false, null, null, ImmutableDictionary<string, object?>.Empty, PlanOperation.Create, [], []));
        var defaultProviders = new SortedSet<string>(StringComparer.Ordinal);
        // Stack transformations also see the stack itself, as in the real SDK; it is the root, not a step below it.
        foreach (var d in declared.Where(d => d.Resource.GetResourceType() != EngineUrns.StackType))
        {
            var type = d.Resource.GetResourceType();
            var name = d.Resource.GetResourceName();
            var inputs = PlanValues.Shown(d.Inputs);
            string? provider = null;
            var isProvider = type.StartsWith("pulumi:providers:", StringComparison.Ordinal);
            if (d.Custom && !isProvider)
            {
                var explicitProvider = d.ExplicitProvider is { } p && byResource.TryGetValue(p, out var pd) ? UrnOf(pd) : null;
                if (explicitProvider is null)
                {
                    var package = EngineUrns.Package(type);
                    defaultProviders.Add(package);
                    explicitProvider = EngineUrns.DefaultProvider(stack, Project, package);
                }

                provider = $"{explicitProvider}::{PlanValues.Unknown}";
            }

            var parentUrn = d.Parent is { } parentResource && byResource.TryGetValue(parentResource, out var parentDeclared) ? UrnOf(parentDeclared) : stackUrn;
            result.Add(new PlannedResource(UrnOf(d), type, name, d.Custom, parentUrn, provider, inputs, PlanOperation.Create, [], []));
        }

        // The engine creates a default provider per package the program uses without an explicit one.
        var index = 1;
        foreach (var package in defaultProviders)
        {
            var urn = EngineUrns.DefaultProvider(stack, Project, package);
            var version = EngineUrns.ProviderVersions.GetValueOrDefault(package, "0.0.0");
            result.Insert(index++, new PlannedResource(urn, $"pulumi:providers:{package}", urn.Split("::")[^1], true, null, null, ImmutableDictionary<string, object?>.Empty.Add("version", version), PlanOperation.Create, [], []));
        }

        return result.ToImmutable();
    }

    // Builds the stack inside the run, as Pulumi's runner asks the service provider for it, and keeps it.
    private sealed class StackServices<TStack>(Func<TStack> create) : IServiceProvider
        where TStack : Stack
    {
        public TStack? Created { get; private set; }

        public object? GetService(Type serviceType) => serviceType == typeof(TStack) ? Created = create() : null;
    }
}

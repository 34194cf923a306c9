using System.Collections.Immutable;
using System.Text.Json;
using Pulumi.Serialization;
using Pulumi.Testing;

namespace Pulumi;

/// <summary>
/// The running deployment. The offline SDK has no connection to a Pulumi engine: it runs programs only under
/// <see cref="TestAsync{TStack}(IMocks, TestOptions?)"/>, where an <see cref="IMocks"/> answers for the providers,
/// exactly as the real SDK's mock monitor does.
/// </summary>
public sealed partial class Deployment
{
    private const string ConfigEnvironmentVariable = "PULUMI_CONFIG";
    private const string ConfigSecretKeysEnvironmentVariable = "PULUMI_CONFIG_SECRET_KEYS";

    // The real SDK scopes the running deployment the same way, so concurrent test runs do not see each other.
    private static readonly AsyncLocal<Deployment?> Current = new();

    private readonly IMocks _mocks;
    private readonly TaskMonitoringHelper _inFlightTasks = new();
    private readonly List<Resource> _resources = [];
    private readonly List<string> _errors = [];
    private readonly object _gate = new();

    private Deployment(IMocks mocks, TestOptions? options)
    {
        _mocks = mocks;
        IsDryRun = options?.IsPreview ?? true;
        StackName = options?.StackName ?? "stack";
        ProjectName = options?.ProjectName ?? "project";
        _rootDirectory = options?.RootDirectory;
        OrganizationName = options?.OrganizationName ?? "organization";
        AllConfig = ParseConfig();
        ConfigSecretKeys = ParseConfigSecretKeys();
    }

    /// <summary>The deployment that is running; throws outside a run.</summary>
    public static DeploymentInstance Instance => new(InternalInstance);

    internal static Deployment InternalInstance =>
        Current.Value ?? throw new InvalidOperationException("Trying to acquire Deployment.Instance before 'Run' was called.");

    internal string StackName { get; }

    internal string ProjectName { get; }

    private readonly string? _rootDirectory;

    internal string RootDirectory =>
        _rootDirectory ?? throw new InvalidOperationException("The Pulumi CLI version does not support root directory. Please update the Pulumi CLI.");

    internal string OrganizationName { get; }

    internal bool IsDryRun { get; }

    internal Stack? Stack { get; set; }

    internal ImmutableDictionary<string, string> AllConfig { get; }

    internal ImmutableHashSet<string> ConfigSecretKeys { get; }

    internal static Deployment? TryGetInternalInstance() => Current.Value;

    internal string GetCurrentStackName() => $"{ProjectName}-{StackName}";

    internal string? GetConfig(string fullKey) => AllConfig.TryGetValue(fullKey, out var value) ? value : null;

    internal bool IsConfigSecret(string fullKey) => ConfigSecretKeys.Contains(fullKey);

    internal void RegisterTask(Task task) => _inFlightTasks.AddTask(task);

    internal void LogError(string message)
    {
        lock (_gate)
        {
            _errors.Add(message);
        }
    }

    internal void RegisterResource(Resource resource, bool custom, ResourceArgs args, ResourceOptions options, ImmutableDictionary<string, IOutputCompletionSource> completionSources)
    {
        lock (_gate)
        {
            _resources.Add(resource);
        }

        RegisterTask(CompleteResourceAsync(resource, custom, args, options, completionSources));
    }

    internal void RegisterResourceOutputs(ComponentResource resource, Output<IDictionary<string, object?>> outputs) =>
        RegisterTask(RegisterResourceOutputsAsync(resource, outputs));

    // The steps and the order of the real SDK's registration (read by ID, prepare, monitor call), so a resource waits
    // for what it waits for there, and completes where it completes there (see ProviderResource.Ref).
    private async Task CompleteResourceAsync(Resource resource, bool custom, ResourceArgs args, ResourceOptions options, ImmutableDictionary<string, IOutputCompletionSource> completionSources)
    {
        var type = resource.GetResourceType();
        var name = resource.GetResourceName();
        try
        {
            // A resource with an ID in its options is read, not created: the mock is told the ID, and it is the resource's ID.
            var readId = options.Id is null ? null : await options.Id.ToOutput().GetValueAsync(string.Empty).ConfigureAwait(false);
            if (!string.IsNullOrEmpty(readId) && !custom)
            {
                throw new ArgumentException($"Only custom resources can be read by ID ({type} '{name}')");
            }

            if (options.DeletedWith is not null)
            {
                await options.DeletedWith.Urn.GetValueAsync(string.Empty).ConfigureAwait(false);
            }

            var dependencies = new HashSet<Resource>(await ((Output<ImmutableArray<Resource>>)options.DependsOn).GetValueAsync(ImmutableArray<Resource>.Empty).ConfigureAwait(false));
            var (inputs, inputDependencies) = await MockInputsAsync(args).ConfigureAwait(false);
            dependencies.UnionWith(inputDependencies);

            var parentUrn = string.Empty;
            if (type != Stack.RootPulumiStackTypeName)
            {
                var parent = options.Parent ?? Stack ?? throw new InvalidOperationException("A resource was declared before the stack.");
                parentUrn = await parent.Urn.GetValueAsync(string.Empty).ConfigureAwait(false);
            }

            string? provider = null;
            if (custom)
            {
                provider = await ProviderResource.RegisterAsync(options.Provider).ConfigureAwait(false)
                    ?? await ProviderResource.RegisterAsync(options.Parent?.GetProvider(type)).ConfigureAwait(false);
            }

            // The engine is told the URNs of everything the resource depends on: it waits for them.
            await Task.WhenAll(TransitivelyReferencedCustomResources(dependencies).Select(r => r.Urn.GetValueAsync(string.Empty))).ConfigureAwait(false);

            var urn = NewUrn(parentUrn, type, name);
            if (type == Stack.RootPulumiStackTypeName)
            {
                ((OutputCompletionSource<string>)completionSources[Resource.UrnPropertyName]).SetStringValue(urn, isKnown: true);
                return;
            }

            var (id, state) = await _mocks.NewResourceAsync(new MockResourceArgs
            {
                Type = type,
                Name = name,
                Inputs = inputs,
                Provider = provider ?? string.Empty,
                Id = string.IsNullOrEmpty(readId) ? (options as CustomResourceOptions)?.ImportId ?? string.Empty : readId,
            }).ConfigureAwait(false);
            id = string.IsNullOrEmpty(readId) ? id ?? (options as CustomResourceOptions)?.ImportId : readId;

            var stateData = await PropertySerializer.ToPlainAsync(state is IDictionary<string, object> d ? d.ToImmutableDictionary() : state).ConfigureAwait(false);
            var outputs = stateData.Value as IDictionary<string, object?> ?? throw new InvalidOperationException($"{state?.GetType().FullName} is not a supported argument type");

            ((OutputCompletionSource<string>)completionSources[Resource.UrnPropertyName]).SetStringValue(urn, isKnown: true);
            if (custom)
            {
                var resolvedId = id ?? string.Empty;
                ((OutputCompletionSource<string>)completionSources[Resource.IdPropertyName]).SetStringValue(resolvedId, isKnown: resolvedId.Length > 0);
            }

            foreach (var (fieldName, source) in completionSources)
            {
                if (fieldName is Resource.UrnPropertyName or Resource.IdPropertyName)
                {
                    continue;
                }

                if (outputs.TryGetValue(fieldName, out var value))
                {
                    source.SetPlainValue(value, isKnown: true, isSecret: false, $"{resource.GetType().FullName}.{fieldName}");
                }
            }
        }
        catch (Exception e)
        {
            foreach (var source in completionSources.Values)
            {
                source.TrySetException(e);
            }

            throw;
        }
        finally
        {
            // Outputs the engine did not answer for are unknown in a preview and empty in an update.
            foreach (var source in completionSources.Values)
            {
                source.TrySetDefaultResult(isKnown: !IsDryRun);
            }
        }
    }

    /// <summary>
    /// The custom resources among <paramref name="resources"/> and, through every component among them, the
    /// components' children (depending on a component means depending on everything it parents).
    /// </summary>
    private static HashSet<Resource> TransitivelyReferencedCustomResources(IEnumerable<Resource> resources)
    {
        var seen = new HashSet<Resource>();
        var pending = new Queue<Resource>(resources);
        while (pending.TryDequeue(out var resource))
        {
            if (!seen.Add(resource) || resource is not ComponentResource)
            {
                continue;
            }

            lock (resource.ChildResources)
            {
                foreach (var child in resource.ChildResources)
                {
                    pending.Enqueue(child);
                }
            }
        }

        seen.RemoveWhere(r => r is not CustomResource);
        return seen;
    }

    private async Task RegisterResourceOutputsAsync(ComponentResource resource, Output<IDictionary<string, object?>> outputs)
    {
        var urn = await resource.Urn.GetValueAsync(string.Empty).ConfigureAwait(false);
        var data = await outputs.DataTask.ConfigureAwait(false);
        var builder = ImmutableDictionary.CreateBuilder<string, Output<object?>>();
        foreach (var (key, value) in data.Value ?? ImmutableDictionary<string, object?>.Empty)
        {
            var plain = await PropertySerializer.ToPlainAsync(value).ConfigureAwait(false);
            if (plain.Value is null && plain.IsKnown)
            {
                continue;
            }

            builder[key] = new Output<object?>(Task.FromResult(plain with { Resources = ImmutableHashSet<Resource>.Empty }));
        }

        await _mocks.RegisterResourceOutputs(new MockRegisterResourceOutputsRequest(urn, builder.ToImmutable())).ConfigureAwait(false);
    }

    // The mock monitor forms URNs from the stack's type and the resource's own type, as the real one does.
    private string NewUrn(string parentUrn, string type, string name)
    {
        if (!string.IsNullOrEmpty(parentUrn))
        {
            var qualifiedType = parentUrn.Split("::")[2];
            var parentType = qualifiedType.Split('$')[0];
            type = parentType + "$" + type;
        }

        return "urn:pulumi:" + string.Join("::", StackName, ProjectName, type, name);
    }

    /// <summary>
    /// The inputs a mock sees, as the real mock monitor builds them: each top-level input whose value is known and not
    /// null. An input with an unknown anywhere inside it (say, metadata whose annotation is another resource's
    /// computed output during a preview) is left out whole, not passed with a hole in it. Also the resources the
    /// inputs depend on (every input, known or not).
    /// </summary>
    private static async Task<(ImmutableDictionary<string, object> Inputs, ImmutableHashSet<Resource> Dependencies)> MockInputsAsync(ResourceArgs args)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, object>();
        var dependencies = ImmutableHashSet<Resource>.Empty;
        foreach (var (key, raw) in args.ToDictionary())
        {
            var data = await PropertySerializer.ToPlainAsync(raw).ConfigureAwait(false);
            dependencies = OutputData.Union(dependencies, data.Resources);
            if (data.IsKnown && data.Value is not null)
            {
                builder[key] = data.Value;
            }
        }

        return (builder.ToImmutable(), dependencies);
    }

    private static ImmutableDictionary<string, object> KnownTopLevel(object? plain)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, object>();
        if (plain is IDictionary<string, object?> dictionary)
        {
            foreach (var (key, value) in dictionary)
            {
                if (value is not null)
                {
                    builder[key] = value;
                }
            }
        }

        return builder.ToImmutable();
    }

    private static ImmutableDictionary<string, string> ParseConfig()
    {
        var builder = ImmutableDictionary.CreateBuilder<string, string>();
        var json = Environment.GetEnvironmentVariable(ConfigEnvironmentVariable);
        if (json is not null)
        {
            using var document = JsonDocument.Parse(json);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                builder[CleanKey(property.Name)] = property.Value.ToString();
            }
        }

        return builder.ToImmutable();
    }

    private static ImmutableHashSet<string> ParseConfigSecretKeys()
    {
        var json = Environment.GetEnvironmentVariable(ConfigSecretKeysEnvironmentVariable);
        if (json is null)
        {
            return ImmutableHashSet<string>.Empty;
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray().Select(e => e.ToString()).ToImmutableHashSet();
    }

    // "project:config:key" is the legacy form of "project:key".
    private static string CleanKey(string key)
    {
        var index = key.IndexOf(':', StringComparison.Ordinal);
        return index > 0 && key[(index + 1)..].StartsWith("config:", StringComparison.Ordinal)
            ? string.Concat(key.AsSpan(0, index), ":", key.AsSpan(index + 1 + "config:".Length))
            : key;
    }
}

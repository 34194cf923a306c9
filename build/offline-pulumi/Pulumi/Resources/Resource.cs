using System.Collections.Immutable;
using Pulumi.Serialization;

namespace Pulumi;

/// <summary>A resource of the deployment: custom (managed by a provider) or a component grouping others.</summary>
public class Resource
{
    private readonly string _type;
    private readonly string _name;
    private readonly ImmutableArray<ResourceTransformation> _transformations;
    private readonly ImmutableDictionary<string, ProviderResource> _providers;
    private readonly bool? _protect;

    private protected Resource(string type, string name, bool custom, ResourceArgs args, ResourceOptions options)
    {
        if (string.IsNullOrEmpty(type))
        {
            throw new ArgumentException("'type' cannot be null or empty.", nameof(type));
        }

        if (string.IsNullOrEmpty(name))
        {
            throw new ArgumentException("'name' cannot be null or empty.", nameof(name));
        }

        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(options);
        _type = type;
        _name = name;
        var urnSource = new OutputCompletionSource<string>(this);
        Urn = urnSource.Output;
        var completionSources = OutputCompletionSources.Initialize(this).SetItem(UrnPropertyName, urnSource);
        if (this is CustomResource customResource)
        {
            var idSource = new OutputCompletionSource<string>(this);
            customResource.Id = idSource.Output;
            completionSources = completionSources.SetItem(IdPropertyName, idSource);
        }

        var deployment = Deployment.InternalInstance;
        Resource? parent = type == Stack.RootPulumiStackTypeName ? null : options.Parent ?? deployment.Stack;

        // Transformations of this resource first, then those inherited from every ancestor.
        var transformations = ImmutableArray.CreateBuilder<ResourceTransformation>();
        transformations.AddRange(options.ResourceTransformations);
        if (parent is not null)
        {
            transformations.AddRange(parent._transformations);
        }

        _transformations = transformations.ToImmutable();
        foreach (var transformation in _transformations)
        {
            var result = transformation(new ResourceTransformationArgs(this, args, options));
            if (result is { } transformed)
            {
                if (transformed.Options.Parent != options.Parent)
                {
                    throw new ArgumentException("Transformations cannot currently be used to change the 'parent' of a resource.");
                }

                args = transformed.Args;
                options = transformed.Options;
            }
        }

        options = options.Clone();
        var componentOptions = options as ComponentResourceOptions;
        if (options.Provider is not null && componentOptions?.Providers.Count > 0)
        {
            throw new ResourceException("Do not supply both 'provider' and 'providers' options to a ComponentResource.", options.Parent);
        }

        _providers = ImmutableDictionary<string, ProviderResource>.Empty;
        if (options.Parent is not null)
        {
            lock (options.Parent.ChildResources)
            {
                options.Parent.ChildResources.Add(this);
            }

            options.Protect ??= options.Parent._protect;
            _providers = options.Parent._providers;
        }

        if (custom)
        {
            if (options.Provider is null)
            {
                if (options.Parent is not null)
                {
                    options.Provider = options.Parent.GetProvider(type);
                }
            }
            else if (type.Split(':') is [var package, _, _])
            {
                _providers = _providers.SetItem(package, options.Provider);
            }
        }
        else
        {
            var providers = options.Provider is not null ? [options.Provider] : componentOptions?.Providers ?? [];
            foreach (var provider in providers)
            {
                _providers = _providers.SetItem(provider.Package, provider);
            }
        }

        _protect = options.Protect;
        deployment.RegisterResource(this, custom, args, options, completionSources);
    }

    internal const string UrnPropertyName = "urn";

    /// <summary>The resources declared with this one as their explicit parent (a dependency on a component waits for them).</summary>
    internal HashSet<Resource> ChildResources { get; } = [];

    internal const string IdPropertyName = "id";

    /// <summary>The resource's unique name in the deployment.</summary>
    [Output(UrnPropertyName)]
    public Output<string> Urn { get; private protected set; }

    public string GetResourceType() => _type;

    public string GetResourceName() => _name;

    internal ProviderResource? GetProvider(string moduleMember) =>
        moduleMember.Split(':') is [var package, _, _] && _providers.TryGetValue(package, out var provider) ? provider : null;
}

using System.Collections.Immutable;

namespace Pulumi;

/// <summary>A resource that groups other resources; it has no provider of its own.</summary>
public class ComponentResource : Resource
{
    public ComponentResource(string type, string name, ComponentResourceOptions? options = null)
        : this(type, name, ResourceArgs.Empty, options)
    {
    }

    public ComponentResource(string type, string name, ResourceArgs? args, ComponentResourceOptions? options = null, bool remote = false)
        : base(type, name, custom: false, args ?? ResourceArgs.Empty, options ?? new ComponentResourceOptions())
    {
        if (remote)
        {
            throw new NotSupportedException("Remote (multi-language) components need the Pulumi engine; the offline SDK cannot construct them.");
        }
    }

    protected void RegisterOutputs() => RegisterOutputs(ImmutableDictionary<string, object?>.Empty);

    protected void RegisterOutputs(IDictionary<string, object?> outputs) => RegisterOutputs(Task.FromResult(outputs ?? ImmutableDictionary<string, object?>.Empty));

    protected void RegisterOutputs(Task<IDictionary<string, object?>> outputs) => RegisterOutputs(Output.Create(outputs));

    protected void RegisterOutputs(Output<IDictionary<string, object?>> outputs)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        Deployment.InternalInstance.RegisterResourceOutputs(this, outputs);
    }
}

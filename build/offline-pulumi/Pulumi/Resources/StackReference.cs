using System.Collections.Immutable;

namespace Pulumi;

/// <summary>
/// Reads the outputs of another stack (offline stand-in mirroring Pulumi 3.112.1's <c>StackReference</c>: the same type
/// token, constructor, outputs and accessors; added for the stack-outputs contract's example app).
/// </summary>
public class StackReference : CustomResource
{
    /// <summary>The name of the referenced stack.</summary>
    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    /// <summary>The outputs of the referenced stack.</summary>
    [Output("outputs")]
    public Output<ImmutableDictionary<string, object>> Outputs { get; private set; } = null!;

    /// <summary>The names of any stack outputs which contain secrets.</summary>
    [Output("secretOutputNames")]
    public Output<ImmutableArray<string>> SecretOutputNames { get; private set; } = null!;

    public StackReference(string name, StackReferenceArgs? args = null, CustomResourceOptions? options = null)
        : base("pulumi:pulumi:StackReference",
              name,
              new StackReferenceArgs { Name = args?.Name ?? name },
              CustomResourceOptions.Merge(options, new CustomResourceOptions { Id = args?.Name ?? name }))
    {
    }

    /// <summary>An output of the referenced stack, or null when it has none of that name.</summary>
    public Output<object?> GetOutput(Input<string> name)
    {
        var value = Output.Tuple(name, (Input<ImmutableDictionary<string, object>>)Outputs)
            .Apply(v => v.Item2.TryGetValue(v.Item1, out var result) ? result : null);
        return value.WithIsSecret(IsSecretOutputNameAsync(name));
    }

    /// <summary>An output of the referenced stack; fails when it has none of that name.</summary>
    public Output<object> RequireOutput(Input<string> name)
    {
        var value = Output.Tuple(name, (Input<string>)Name, (Input<ImmutableDictionary<string, object>>)Outputs).Apply(v =>
            v.Item3.TryGetValue(v.Item1, out var result)
                ? result
                : throw new KeyNotFoundException($"Required output '{v.Item1}' does not exist on stack '{v.Item2}'."));
        return value.WithIsSecret(IsSecretOutputNameAsync(name));
    }

    public async Task<object?> GetValueAsync(Input<string> name)
    {
        var data = await GetOutput(name).DataTask.ConfigureAwait(false);
        if (data.IsSecret)
        {
            throw new InvalidOperationException("Cannot call 'GetOutputValueAsync' if the referenced stack has secret outputs. Use 'GetOutput' instead.");
        }

        return data.Value;
    }

    public async Task<object> RequireValueAsync(Input<string> name)
    {
        var data = await RequireOutput(name).DataTask.ConfigureAwait(false);
        if (data.IsSecret)
        {
            throw new InvalidOperationException("Cannot call 'RequireOutputValueAsync' if the referenced stack has secret outputs. Use 'RequireOutput' instead.");
        }

        return data.Value;
    }

    // If the name or the list of secret outputs is unknown, the whole outputs map decides; otherwise the list does.
    private async Task<bool> IsSecretOutputNameAsync(Input<string> name)
    {
        var nameData = await name.ToOutput().DataTask.ConfigureAwait(false);
        var secretNames = await SecretOutputNames.DataTask.ConfigureAwait(false);
        if (!(nameData.IsKnown && secretNames.IsKnown))
        {
            return (await Outputs.DataTask.ConfigureAwait(false)).IsSecret;
        }

        return secretNames.Value.Contains(nameData.Value);
    }
}

/// <summary>The arguments to a <see cref="StackReference"/>.</summary>
public class StackReferenceArgs : ResourceArgs
{
    /// <summary>The name of the stack to reference (<c>org/project/stack</c>).</summary>
    [Input("name", required: true)]
    public Input<string>? Name { get; set; }
}

using MlPlatform.Stacks.Outputs;
using Pulumi;

namespace MlPlatform.Stacks.ExampleApp;

/// <summary>
/// The platform stack as an app sees it: a StackReference whose outputs are read and checked against the outputs
/// contract once, so a missing or renamed output fails the app's preview with a clear message instead of deep inside it.
/// </summary>
public sealed class PlatformReference
{
    public PlatformReference(string platformStack)
    {
        Stack = new StackReference("platform", new StackReferenceArgs { Name = platformStack });
        Outputs = Stack.Outputs.Apply(values => PlatformOutputsReader.FromValues(values.ToDictionary(kv => kv.Key, kv => (object?)kv.Value)));
    }

    public StackReference Stack { get; }

    /// <summary>The checked outputs (secret as a whole, since they carry the kubeconfig).</summary>
    public Output<PlatformOutputs> Outputs { get; }

    /// <summary>The kubeconfig, kept secret.</summary>
    public Output<string> Kubeconfig => Output.CreateSecret(Outputs.Apply(o => o.Kubeconfig));

    /// <summary>A value that is not secret, unwrapped from the secret outputs (never use this for the kubeconfig).</summary>
    public Output<T> Public<T>(Func<PlatformOutputs, T> select) => Output.Unsecret(Outputs.Apply(select));
}

using MlPlatform.Infra.Policy;
using Pulumi;

namespace MlPlatform.Infra.Policy.Tests;

/// <summary>A stack with the policy hook installed as the program installs it, declaring what a test gives it.</summary>
#pragma warning disable CA1711 // Pulumi names the program's root component a Stack.
public sealed class HookedStack : Stack
#pragma warning restore CA1711
{
    public HookedStack(PolicyHook hook, Action declare, Output<string>? kubeconfig = null)
        : base(new StackOptions { ResourceTransformations = { hook?.Transformation ?? throw new ArgumentNullException(nameof(hook)) } })
    {
        ArgumentNullException.ThrowIfNull(declare);
        declare();
        Kubeconfig = kubeconfig ?? Output.CreateSecret("apiVersion: v1");
        Policy = hook.Finish(this);
    }

    [Output("kubeconfig")]
    public Output<string> Kubeconfig { get; private set; }

    [Output("policy")]
    public Output<string> Policy { get; private set; }
}

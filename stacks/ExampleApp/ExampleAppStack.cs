using System.Collections.Immutable;
using MlPlatform.Stacks.Outputs;
using Pulumi;
using Pulumi.Kubernetes.Core.V1;
using Pulumi.Kubernetes.Types.Inputs.Core.V1;
using Pulumi.Kubernetes.Types.Inputs.Meta.V1;

namespace MlPlatform.Stacks.ExampleApp;

/// <summary>
/// An app on the platform: deploys into the platform's cluster (a Kubernetes provider from the platform's kubeconfig
/// output) a ConfigMap that tells the app where to infer and where to submit GPU jobs.
/// </summary>
#pragma warning disable CA1711 // Pulumi's convention names a program's root component a Stack.
public sealed class ExampleAppStack : Stack
#pragma warning restore CA1711
{
    public ExampleAppStack()
    {
        var config = new Config();
        var platform = new PlatformReference(config.Get("platformStack") ?? "organization/mlplatform/dev");
        var model = config.Get("model") ?? "ocr-cls";

        var provider = new Pulumi.Kubernetes.Provider("platform-cluster", new Pulumi.Kubernetes.ProviderArgs { KubeConfig = platform.Kubeconfig });
        InferUrl = platform.Public(o => o.InferUrl(model).ToString());
        SchedulerUrl = platform.Public(o => o.SchedulerUrl);
        _ = new ConfigMap("app-endpoints", new ConfigMapArgs
        {
            Metadata = new ObjectMetaArgs
            {
                Name = "example-app-endpoints",
                Labels = new Dictionary<string, string>
                {
                    ["app.kubernetes.io/name"] = "example-app",
                    ["app.kubernetes.io/instance"] = "example-app",
                    ["app.kubernetes.io/version"] = "1",
                    ["app.kubernetes.io/component"] = "config",
                    ["app.kubernetes.io/part-of"] = "example-app",
                    ["app.kubernetes.io/managed-by"] = "pulumi",
                },
            },
            Data = Output.Tuple(InferUrl, SchedulerUrl).Apply(t => ImmutableDictionary<string, string>.Empty
                .Add("INFER_URL", t.Item1)
                .Add("SCHEDULER_URL", t.Item2)),
        }, new CustomResourceOptions { Provider = provider });
        ContractVersion = platform.Public(o => o.ContractVersion);
    }

    /// <summary>Where the app sends inference requests for its model.</summary>
    [Output("inferUrl")]
    public Output<string> InferUrl { get; private set; }

    [Output("schedulerUrl")]
    public Output<string> SchedulerUrl { get; private set; }

    /// <summary>The outputs contract version the platform stack wrote.</summary>
    [Output("platformContractVersion")]
    public Output<string> ContractVersion { get; private set; }
}

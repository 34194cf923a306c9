using System.Collections.Immutable;
using System.Globalization;
using Pulumi;
using Pulumi.Kubernetes.Autoscaling.V2;
using Pulumi.Kubernetes.Core.V1;
using Pulumi.Kubernetes.Policy.V1;
using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
using Pulumi.Kubernetes.Types.Inputs.Autoscaling.V2;
using Pulumi.Kubernetes.Types.Inputs.Core.V1;
using Pulumi.Kubernetes.Types.Inputs.Meta.V1;
using Pulumi.Kubernetes.Types.Inputs.Policy.V1;
using CustomResource = Pulumi.Kubernetes.ApiExtensions.CustomResource;
using Deployment = Pulumi.Kubernetes.Apps.V1.Deployment;

namespace MlPlatform.Components.Kubernetes;

/// <summary>
/// One model version on the GPU pools: a Deployment that tolerates the GPU taint (and the spot taint when allowed) and
/// requires the configured GPU model, reads the model from the store with the read-only identity (optionally through a
/// puller init container), is ready only when the runtime's OIP ready endpoint says the model has answered a warm-up
/// inference, drains on termination (preStop sleep, then a grace period for in-flight requests), keeps a warm pool,
/// scales on queue depth (HPA, or KEDA when enabled) and is protected by a PodDisruptionBudget.
/// </summary>
public sealed class InferenceService : ComponentResource
{
    public const string TypeToken = "mlplatform:k8s:InferenceService";

    public const string ComponentLabel = "inference";

    public const string AppName = "inference";

    public const string ModelLabel = "mlplatform.io/model";

    public const string ModelVersionLabel = "mlplatform.io/model-version";

    public InferenceService(string name, InferenceServiceArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        InvalidSpecException.ThrowIfAny(Validate(args));
        var objectName = KubernetesNames.ModelVersion(args.Model, args.ModelVersion);
        var labels = Labels(name, args);
        var selector = ImmutableDictionary<string, string>.Empty
            .Add("app.kubernetes.io/name", AppName)
            .Add("app.kubernetes.io/instance", name)
            .Add(ModelLabel, args.Model)
            .Add(ModelVersionLabel, args.ModelVersion);
        var child = new CustomResourceOptions { Parent = this };
        var drain = DrainSettings.For(args.MaxRequestSeconds);
        var scrape = SchedulerDeploymentPlan.ScrapeAnnotations(args.Port);

        var env = new InputList<EnvVarArgs>
        {
            new EnvVarArgs { Name = "Urls", Value = $"http://0.0.0.0:{args.Port.ToString(CultureInfo.InvariantCulture)}" },
            new EnvVarArgs { Name = "ASPNETCORE_ENVIRONMENT", Value = "Production" },
            new EnvVarArgs { Name = "Inference__Grpc__Url", Value = $"http://0.0.0.0:{args.GrpcPort.ToString(CultureInfo.InvariantCulture)}" },
        };
        env.Add(args.ModelStoreUri.ToOutput().Apply(uri => ImmutableArray.CreateRange(
            (args.ModelPullerImage is null ? ModelRepositoryEnvironment.For(uri) : ModelRepositoryEnvironment.ForPulledCopy())
                .OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => new EnvVarArgs { Name = kv.Key, Value = kv.Value }))));

        var gpus = args.GpusPerReplica.ToString(CultureInfo.InvariantCulture);
        var runtime = new ContainerArgs
        {
            Name = "runtime",
            Image = args.Image,
            ImagePullPolicy = "IfNotPresent",
            Ports = new[]
            {
                new ContainerPortArgs { Name = "http", ContainerPortValue = args.Port, Protocol = "TCP" },
                new ContainerPortArgs { Name = "grpc", ContainerPortValue = args.GrpcPort, Protocol = "TCP" },
            },
            Env = env,
            ReadinessProbe = KubeArgs.Probe(ServingProbes.InferenceReadiness(args.Port)),
            LivenessProbe = KubeArgs.Probe(ServingProbes.InferenceLiveness(args.Port)),
            StartupProbe = KubeArgs.Probe(ServingProbes.InferenceStartup(args.Port)),
            Lifecycle = new LifecycleArgs { PreStop = new LifecycleHandlerArgs { Sleep = new SleepActionArgs { Seconds = drain.PreStopSleepSeconds } } },
            Resources = new ResourceRequirementsArgs
            {
                Requests = new Dictionary<string, string> { ["cpu"] = args.CpuRequest, ["memory"] = args.MemoryRequest, [TeamQuota.GpuResource] = gpus },
                Limits = new Dictionary<string, string> { ["memory"] = args.MemoryLimit, [TeamQuota.GpuResource] = gpus },
            },
            SecurityContext = KubeArgs.RestrictedContainer(),
            VolumeMounts = new[]
            {
                new VolumeMountArgs { Name = "model-cache", MountPath = ModelRepositoryEnvironment.CacheDirectory },
                new VolumeMountArgs { Name = "tmp", MountPath = "/tmp" },
            },
        };

        var podSpec = new PodSpecArgs
        {
            ServiceAccountName = args.ServiceAccountName,
            SecurityContext = KubeArgs.RestrictedPod(KubeArgs.DotnetImageUser),
            TerminationGracePeriodSeconds = drain.TerminationGracePeriodSeconds,
            Tolerations = Tolerations(args.SpotAllowed).Select(Toleration).ToArray(),
            Affinity = Affinity(args),
            Containers = runtime,
            Volumes = new[]
            {
                new VolumeArgs { Name = "model-cache", EmptyDir = new EmptyDirVolumeSourceArgs { SizeLimit = args.ModelCacheSize } },
                new VolumeArgs { Name = "tmp", EmptyDir = new EmptyDirVolumeSourceArgs { SizeLimit = "1Gi" } },
            },
        };
        if (args.PriorityClassName is not null)
        {
            podSpec.PriorityClassName = args.PriorityClassName;
        }

        if (args.ModelPullerImage is not null)
        {
            podSpec.InitContainers = new ContainerArgs
            {
                Name = "model-puller",
                Image = args.ModelPullerImage,
                ImagePullPolicy = "IfNotPresent",
                Command = args.ModelStoreUri.ToOutput().Apply(uri => ModelRepositoryEnvironment.PullCommand(uri, args.Model, args.ModelVersion)),
                SecurityContext = KubeArgs.RestrictedContainer(),
                VolumeMounts = new[]
                {
                    new VolumeMountArgs { Name = "model-cache", MountPath = ModelRepositoryEnvironment.CacheDirectory },
                    new VolumeMountArgs { Name = "tmp", MountPath = "/tmp" },
                },
            };
        }

        var deployment = new Deployment($"{name}-deployment", new DeploymentArgs
        {
            Metadata = KubeArgs.Meta(objectName, args.Namespace, labels),
            Spec = new DeploymentSpecArgs
            {
                Replicas = args.Autoscaling.MinReplicas,
                Selector = new LabelSelectorArgs { MatchLabels = selector },
                // Never below the warm pool during a rollout: surge first, then retire.
                Strategy = new DeploymentStrategyArgs { Type = "RollingUpdate", RollingUpdate = new RollingUpdateDeploymentArgs { MaxSurge = 1, MaxUnavailable = 0 } },
                Template = new PodTemplateSpecArgs
                {
                    Metadata = new ObjectMetaArgs { Labels = labels.SetItems(CloudIdentity.PodLabels(args.Cloud)), Annotations = scrape },
                    Spec = podSpec,
                },
            },
        }, new CustomResourceOptions { Parent = this, IgnoreChanges = { "spec.replicas" } });

        var service = new Service($"{name}-service", new ServiceArgs
        {
            Metadata = KubeArgs.Meta(objectName, args.Namespace, labels, scrape),
            Spec = new ServiceSpecArgs
            {
                Type = "ClusterIP",
                Selector = selector,
                Ports = new[]
                {
                    new ServicePortArgs { Name = "http", Port = args.ServicePort, TargetPort = "http", Protocol = "TCP", AppProtocol = "http" },
                    // Cleartext HTTP/2 with prior knowledge: the gateway speaks h2c to the backend, TLS ends at the gateway.
                    new ServicePortArgs { Name = "grpc", Port = args.GrpcPort, TargetPort = "grpc", Protocol = "TCP", AppProtocol = "kubernetes.io/h2c" },
                },
            },
        }, child);

        _ = new PodDisruptionBudget($"{name}-pdb", new PodDisruptionBudgetArgs
        {
            Metadata = KubeArgs.Meta(objectName, args.Namespace, labels),
            Spec = new PodDisruptionBudgetSpecArgs
            {
                MaxUnavailable = 1,
                Selector = new LabelSelectorArgs { MatchLabels = selector },
                UnhealthyPodEvictionPolicy = "AlwaysAllow",
            },
        }, child);

        var scaling = new CustomResourceOptions { Parent = this, DependsOn = [deployment, .. args.ScalingDependencies] };
        if (args.Autoscaling.UseKeda)
        {
            _ = new CustomResource($"{name}-scaledobject", ManifestArgs.Create(
                Autoscaling.KedaApiVersion, "ScaledObject",
                Autoscaling.KedaScaledObject(objectName, args.Model, args.ModelVersion, args.Autoscaling),
                KubeArgs.Meta(objectName, args.Namespace, labels)), scaling);
        }
        else
        {
            _ = new HorizontalPodAutoscaler($"{name}-hpa", new HorizontalPodAutoscalerArgs
            {
                Metadata = KubeArgs.Meta(objectName, args.Namespace, labels),
                Spec = new HorizontalPodAutoscalerSpecArgs
                {
                    ScaleTargetRef = new CrossVersionObjectReferenceArgs { ApiVersion = "apps/v1", Kind = "Deployment", Name = objectName },
                    MinReplicas = args.Autoscaling.MinReplicas,
                    MaxReplicas = args.Autoscaling.MaxReplicas,
                    Metrics = new MetricSpecArgs
                    {
                        Type = "Pods",
                        Pods = new PodsMetricSourceArgs
                        {
                            Metric = new MetricIdentifierArgs { Name = Autoscaling.QueueDepthMetric },
                            Target = new MetricTargetArgs { Type = "AverageValue", AverageValue = args.Autoscaling.TargetQueueDepth.ToString(CultureInfo.InvariantCulture) },
                        },
                    },
                    // Scale down slowly: GPU replicas are slow to bring back (model download and warm-up).
                    Behavior = new HorizontalPodAutoscalerBehaviorArgs
                    {
                        ScaleDown = new HPAScalingRulesArgs { StabilizationWindowSeconds = 300 },
                    },
                },
            }, scaling);
        }

        ServiceName = service.Metadata.Apply(m => m.Name);
        DeploymentName = deployment.Metadata.Apply(m => m.Name);
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["serviceName"] = ServiceName,
            ["deploymentName"] = DeploymentName,
        });
    }

    /// <summary>The version's Service (backend of the model's HTTPRoute).</summary>
    [Output("serviceName")]
    public Output<string> ServiceName { get; private set; }

    [Output("deploymentName")]
    public Output<string> DeploymentName { get; private set; }

    /// <summary>Every problem with <paramref name="args"/>.</summary>
    public static IReadOnlyList<SpecError> Validate(InferenceServiceArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var path = $"models[{args.Model}].versions[{args.ModelVersion}]";
        var errors = new List<SpecError>(ImageReference.Validate(args.Image, "services.inference.image"));
        if (args.ModelPullerImage is not null)
        {
            errors.AddRange(ImageReference.Validate(args.ModelPullerImage, $"{path}.modelPullerImage"));
        }

        errors.AddRange(Autoscaling.Validate(args.Autoscaling, $"models[{args.Model}]"));
        if (args.GpusPerReplica < 1)
        {
            errors.Add(new SpecError($"{path}.gpusPerReplica", $"must be >= 1 (got {args.GpusPerReplica})"));
        }

        if (string.IsNullOrWhiteSpace(args.Model) || string.IsNullOrWhiteSpace(args.ModelVersion))
        {
            errors.Add(new SpecError(path, "model name and version are required"));
        }

        return errors;
    }

    /// <summary>The six recommended labels plus the model and version.</summary>
    public static ImmutableDictionary<string, string> Labels(string instance, InferenceServiceArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return KubernetesLabels.For(AppName, instance, args.RuntimeVersion, ComponentLabel)
            .SetItem(ModelLabel, args.Model)
            .SetItem(ModelVersionLabel, args.ModelVersion)
            .SetItem(TeamNamespace.TeamLabel, args.Namespace);
    }

    /// <summary>The GPU taint always; the spot taints (AKS's, and ours on AWS spot groups if any) only when spot is allowed.</summary>
    public static IReadOnlyList<(string Key, string Operator, string? Value, string Effect)> Tolerations(bool spotAllowed)
    {
        var tolerations = new List<(string, string, string?, string)> { (GpuNodeLabels.GpuTaintKey, "Exists", null, GpuNodeLabels.GpuTaintEffect) };
        if (spotAllowed)
        {
            tolerations.Add((GpuNodeLabels.AzureSpotTaintKey, "Equal", GpuNodeLabels.AzureSpotTaintValue, "NoSchedule"));
        }

        return tolerations;
    }

    private static TolerationArgs Toleration((string Key, string Operator, string? Value, string Effect) t)
    {
        var toleration = new TolerationArgs { Key = t.Key, Operator = t.Operator, Effect = t.Effect };
        if (t.Value is not null)
        {
            toleration.Value = t.Value;
        }

        return toleration;
    }

    private static AffinityArgs Affinity(InferenceServiceArgs args)
    {
        var required = new List<NodeSelectorRequirementArgs>();
        if (!string.IsNullOrWhiteSpace(args.GpuType))
        {
            required.Add(new NodeSelectorRequirementArgs { Key = GpuNodeLabels.GpuType, Operator = "In", Values = args.GpuType });
        }

        if (!args.SpotAllowed)
        {
            required.Add(new NodeSelectorRequirementArgs { Key = GpuNodeLabels.CapacityType, Operator = "In", Values = GpuNodeLabels.OnDemand });
        }

        var nodeAffinity = new NodeAffinityArgs();
        if (required.Count > 0)
        {
            nodeAffinity.RequiredDuringSchedulingIgnoredDuringExecution = new NodeSelectorArgs
            {
                NodeSelectorTerms = new NodeSelectorTermArgs { MatchExpressions = required.ToArray() },
            };
        }

        // Spread replicas over nodes so one spot reclaim does not take the whole version down.
        return new AffinityArgs
        {
            NodeAffinity = nodeAffinity,
            PodAntiAffinity = new PodAntiAffinityArgs
            {
                PreferredDuringSchedulingIgnoredDuringExecution = new WeightedPodAffinityTermArgs
                {
                    Weight = 100,
                    PodAffinityTerm = new PodAffinityTermArgs
                    {
                        TopologyKey = "kubernetes.io/hostname",
                        LabelSelector = new LabelSelectorArgs
                        {
                            MatchLabels = ImmutableDictionary<string, string>.Empty.Add(ModelLabel, args.Model).Add(ModelVersionLabel, args.ModelVersion),
                        },
                    },
                },
            },
        };
    }
}

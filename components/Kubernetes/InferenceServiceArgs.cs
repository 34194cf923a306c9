using System.Collections.Immutable;
using MlPlatform.CostModel;
using Pulumi;

namespace MlPlatform.Components.Kubernetes;

/// <summary>Inputs of <see cref="InferenceService"/>: one model version.</summary>
public sealed class InferenceServiceArgs
{
    public const int DefaultPort = 8000;

    public const int DefaultServicePort = 80;

    /// <summary>The runtime's gRPC port (Open Inference Protocol over h2c), container and Service alike.</summary>
    public const int DefaultGrpcPort = 8001;

    public required string Model { get; init; }

    public required string ModelVersion { get; init; }

    /// <summary>The owning team's namespace.</summary>
    public required string Namespace { get; init; }

    /// <summary>The inference runtime image, pinned by digest.</summary>
    public required string Image { get; init; }

    /// <summary>The runtime's version (label).</summary>
    public required string RuntimeVersion { get; init; }

    public required Cloud Cloud { get; init; }

    /// <summary>The model store: <c>s3://bucket</c> or <c>https://account.blob.core.windows.net/container</c>.</summary>
    public required Input<string> ModelStoreUri { get; init; }

    /// <summary>Scaling; <see cref="AutoscalingSettings.MinReplicas"/> is the warm pool from config.</summary>
    public required AutoscalingSettings Autoscaling { get; init; }

    /// <summary>GPU model the pods need (node affinity on <see cref="GpuNodeLabels.GpuType"/>); empty for any.</summary>
    public string GpuType { get; init; } = string.Empty;

    public int GpusPerReplica { get; init; } = 1;

    /// <summary>Whether replicas may run on spot nodes (tolerate the spot taint); otherwise on-demand nodes are required.</summary>
    public bool SpotAllowed { get; init; }

    /// <summary>The service account bound to the read-only model store identity.</summary>
    public string ServiceAccountName { get; init; } = PlatformServiceAccounts.InferenceName;

    /// <summary>
    /// Optional image (by digest) of an init container that copies the model version from the store into the pod before
    /// the runtime starts (e.g. an AWS CLI or azcopy image); without it the runtime reads the store itself, with the same
    /// read-only identity, into the same cache volume.
    /// </summary>
    public string? ModelPullerImage { get; init; }

    /// <summary>The longest request the runtime serves, for the drain (preStop + grace period).</summary>
    public int MaxRequestSeconds { get; init; } = 30;

    public int Port { get; init; } = DefaultPort;

    public int ServicePort { get; init; } = DefaultServicePort;

    /// <summary>The gRPC port of the container and of the Service (backend of the model's GRPCRoute).</summary>
    public int GrpcPort { get; init; } = DefaultGrpcPort;

    public string CpuRequest { get; init; } = "2";

    public string MemoryRequest { get; init; } = "8Gi";

    public string MemoryLimit { get; init; } = "16Gi";

    /// <summary>Size of the model cache volume.</summary>
    public string ModelCacheSize { get; init; } = "20Gi";

    /// <summary>PriorityClass of serving pods, if any.</summary>
    public string? PriorityClassName { get; init; }

    /// <summary>
    /// What the scaler waits for: KEDA and Prometheus for a ScaledObject, prometheus-adapter and Prometheus for the HPA
    /// (<see cref="ClusterAddons.KedaDependencies"/>, <see cref="ClusterAddons.HpaDependencies"/>); empty when the
    /// cluster has them already.
    /// </summary>
    public ImmutableArray<Resource> ScalingDependencies { get; init; } = [];
}

using System.Collections.Immutable;
using MlPlatform.CostModel;
using Pulumi;

namespace MlPlatform.Components.Kubernetes;

/// <summary>Inputs of <see cref="DatasetWarmer"/>.</summary>
public sealed class DatasetWarmerArgs
{
    /// <summary>The cluster's cloud: its node-agent network policies and how the service account binds the identity.</summary>
    public required Cloud Cloud { get; init; }

    /// <summary>The warmer image, pinned by digest. Required.</summary>
    public required string Image { get; init; }

    /// <summary>The version its labels carry.</summary>
    public required string Version { get; init; }

    /// <summary>Where dataset versions live: <c>s3://bucket</c> or an Azure blob container URL. Required.</summary>
    public required Input<string> StoreUri { get; init; }

    /// <summary>The cache's host path on GPU nodes. Required.</summary>
    public required string MountPath { get; init; }

    public int MaxSizeGiB { get; init; } = 500;

    /// <summary>Dataset versions to pre-fetch, as <c>name@version</c>.</summary>
    public ImmutableArray<string> Prefetch { get; init; } = [];

    public required string Region { get; init; }

    /// <summary>The cloud identity with read access to the dataset store, bound to the warmer's service account.</summary>
    public Input<string>? Identity { get; init; }

    /// <summary>
    /// The cloud's adjustment of the DaemonSet spec (on Azure, which has no node user data, an init container that
    /// stripes and mounts the local NVMe drives); null leaves it as built.
    /// </summary>
    public Func<ImmutableDictionary<string, object>, ImmutableDictionary<string, object>>? AdjustSpec { get; init; }
}

using System.Collections.Immutable;
using Pulumi;

namespace MlPlatform.Infra.Kubernetes;

/// <summary>What the Kubernetes layer gives the stack outputs.</summary>
/// <param name="SchedulerUrl">In-cluster URL of the scheduler API.</param>
/// <param name="InferenceBaseUrl"><c>https://&lt;domain&gt;</c>, the canonical inference endpoint.</param>
/// <param name="ModelRoutes">Model name → its versioned route base (<c>https://&lt;domain&gt;/v2/models/&lt;name&gt;</c>).</param>
public sealed record KubernetesPlatformOutputs(
    Output<string> SchedulerUrl,
    Output<string> InferenceBaseUrl,
    Output<ImmutableDictionary<string, string>> ModelRoutes);

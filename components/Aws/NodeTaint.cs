namespace MlPlatform.Components.Aws;

/// <summary>A Kubernetes node taint, with its effect in Kubernetes spelling (<c>NoSchedule</c>).</summary>
public sealed record NodeTaint(string Key, string Value, string Effect)
{
    /// <summary>The GPU taint every GPU node carries: <c>nvidia.com/gpu=true:NoSchedule</c>.</summary>
    public static NodeTaint Gpu { get; } = new(GpuNodeLabels.GpuTaintKey, GpuNodeLabels.GpuTaintValue, GpuNodeLabels.GpuTaintEffect);

    /// <summary>The effect as the EKS API spells it: <c>NO_SCHEDULE</c>, <c>NO_EXECUTE</c>, <c>PREFER_NO_SCHEDULE</c>.</summary>
    public string EksEffect => Effect switch
    {
        "NoSchedule" => "NO_SCHEDULE",
        "NoExecute" => "NO_EXECUTE",
        "PreferNoSchedule" => "PREFER_NO_SCHEDULE",
        _ => throw new InvalidOperationException($"unknown taint effect '{Effect}'"),
    };
}

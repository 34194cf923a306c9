namespace MlPlatform.Scheduler.Configuration;

/// <summary>Which executor runs jobs: <c>local</c> (processes on this host, default) or <c>kubernetes</c>.</summary>
public sealed class ExecutorOptions
{
    public const string Local = "local";
    public const string Kubernetes = "kubernetes";

    public string Kind { get; set; } = Local;

    /// <summary>Run directories of the local executor; default <c>{temp}/mlplatform-scheduler/runs</c>.</summary>
    public string? WorkDirectory { get; set; }

    /// <summary>How long the local executor keeps a finished run's directory (its output log, exit code) before deleting it.</summary>
    public TimeSpan RunRetention { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Namespace of the Kubernetes executor's Jobs.</summary>
    public string Namespace { get; set; } = "ml-jobs";

    /// <summary>Service account of job pods (Kubernetes).</summary>
    public string? ServiceAccount { get; set; }
}

using System.ComponentModel.DataAnnotations;

namespace MlPlatform.ServiceDefaults;

/// <summary>Settings every service shares, bound from the <c>Service</c> configuration section.</summary>
public sealed class ServiceDefaultsOptions
{
    public const string SectionName = "Service";

    /// <summary>How long shutdown waits for in-flight work to drain after SIGTERM before the host stops anyway.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Write logs as one JSON object per line (for log shippers) rather than human-readable text.</summary>
    public bool JsonLogs { get; set; } = true;
}

namespace MlPlatform.Components.Kubernetes;

/// <summary>
/// How a serving pod leaves without dropping requests: on termination the preStop hook sleeps while the gateway and
/// endpoints stop sending new requests, then the runtime gets SIGTERM and finishes what it has; the grace period covers both.
/// </summary>
/// <param name="PreStopSleepSeconds">Time for endpoint removal to reach every gateway replica.</param>
/// <param name="TerminationGracePeriodSeconds">PreStop sleep + the longest request + a margin.</param>
public sealed record DrainSettings(int PreStopSleepSeconds, int TerminationGracePeriodSeconds)
{
    /// <summary>Endpoint propagation to gateways usually takes a few seconds; 10 leaves room.</summary>
    public const int DefaultPreStopSleepSeconds = 10;

    private const int MarginSeconds = 5;

    /// <summary>Settings for a workload whose longest request takes <paramref name="maxRequestSeconds"/>.</summary>
    public static DrainSettings For(int maxRequestSeconds, int preStopSleepSeconds = DefaultPreStopSleepSeconds)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxRequestSeconds);
        ArgumentOutOfRangeException.ThrowIfNegative(preStopSleepSeconds);
        return new DrainSettings(preStopSleepSeconds, preStopSleepSeconds + maxRequestSeconds + MarginSeconds);
    }
}

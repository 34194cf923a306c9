using MlPlatform.CostModel;

namespace MlPlatform.Scheduler.Core;

/// <summary>Tells spot reclaims, infrastructure failures and application errors apart from what the executor saw.</summary>
public static class EvictionClassifier
{
    private static readonly HashSet<string> NodeGoneReasons = new(StringComparer.OrdinalIgnoreCase)
    {
        "SpotInterruption", "NodeShutdown", "Shutdown", "TerminationByKubelet", "DeletionByTaintManager", "NodeLost", "Terminated",
    };

    private static readonly HashSet<string> InfrastructureReasons = new(StringComparer.OrdinalIgnoreCase)
    {
        "Evicted", "Preempting", "ImagePullBackOff", "ErrImagePull", "ContainerCannotRun", "CreateContainerError",
        "NodeAffinity", "OutOfGpu", "UnexpectedAdmissionError", "StartError", "ExecutorLost", "PodDisappeared",
    };

    /// <summary>
    /// Why a failed run could never have started, or null: the shell's 127 (command not found) and 126 (found but not
    /// executable) — a retry runs the same command and fails the same way.
    /// </summary>
    public static string? CannotStart(RunObservation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        return observation.ExitCode switch
        {
            127 => "the command was not found (exit code 127); check the image and the command's first argument",
            126 => "the command is not executable (exit code 126); check its permissions in the image",
            _ => null,
        };
    }

    /// <summary>Classifies a failed run that was placed on <paramref name="capacity"/> capacity.</summary>
    public static EvictionKind Classify(RunObservation observation, CapacityType capacity)
    {
        ArgumentNullException.ThrowIfNull(observation);
        var nodeGone = observation.NodeReclaimed || (observation.Reason is { } reason && NodeGoneReasons.Contains(reason));
        if (nodeGone)
        {
            // The same node loss is a free requeue on spot (expected) and an infrastructure failure on on-demand.
            return capacity == CapacityType.Spot ? EvictionKind.SpotReclaim : EvictionKind.InfrastructureFailure;
        }

        if (observation.Reason is { } infra && InfrastructureReasons.Contains(infra))
        {
            return EvictionKind.InfrastructureFailure;
        }

        // A process that exited on its own with a non-zero code (including OOMKilled) is the application's failure.
        return observation.ExitCode is { } code && code != 0 ? EvictionKind.ApplicationError : EvictionKind.InfrastructureFailure;
    }
}

using System.Globalization;
using System.Net;
using k8s;
using k8s.Autorest;
using MlPlatform.Components;
using k8s.Models;
using MlPlatform.CostModel;
using MlPlatform.Scheduler.Core;

namespace MlPlatform.Scheduler.Executors;

/// <summary>
/// Runs each admitted job as a Kubernetes <c>batch/v1</c> Job named after the run (<c>mlp-{job}-{attempt}</c>), so a repeated
/// start is a 409 and is ignored. Pods select the pool's nodes by label, tolerate the GPU taint and (on spot) the spot
/// taint, and carry the run's labels. Observation lists the executor's Jobs and Pods by label each cycle (level-triggered,
/// like a watch that cannot miss an event across a restart) and turns pod reasons into <see cref="RunObservation"/>s.
/// </summary>
public sealed class KubernetesExecutor : IJobExecutor
{
    /// <summary>The configuration name.</summary>
    public const string ExecutorName = "kubernetes";

    /// <summary>Label on everything this executor creates.</summary>
    public const string ManagedByLabel = "app.kubernetes.io/managed-by";

    /// <summary>The value of <see cref="ManagedByLabel"/>.</summary>
    public const string ManagedBy = "mlplatform-scheduler";

    /// <summary>Label carrying the scheduler's job id.</summary>
    public const string JobIdLabel = "mlplatform.io/job-id";

    /// <summary>Label carrying the run's attempt number.</summary>
    public const string AttemptLabel = "mlplatform.io/attempt";

    /// <summary>The submitter's name for the job, when it has one (validated as a label value at submit).</summary>
    public const string JobNameLabel = "mlplatform.io/job-name";

    private static readonly HashSet<string> StuckWaitingReasons = new(StringComparer.Ordinal)
    {
        "ImagePullBackOff", "ErrImagePull", "CreateContainerError", "CreateContainerConfigError", "InvalidImageName",
    };

    private readonly IKubernetes _client;
    private readonly KubernetesExecutorOptions _options;

    public KubernetesExecutor(IKubernetes client, KubernetesExecutorOptions options)
    {
        _client = client;
        _options = options;
    }

    /// <inheritdoc/>
    public string Name => ExecutorName;

    /// <summary>The Kubernetes Job name of a run.</summary>
    public static string RunName(string jobId, int attempt) =>
        $"mlp-{jobId}-{attempt.ToString(CultureInfo.InvariantCulture)}".ToLowerInvariant();

    /// <summary>The Kubernetes Job for a run (pure; exposed for tests and dry runs).</summary>
    public V1Job BuildJob(Job job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var placement = job.Placement ?? throw new ArgumentException($"job {job.Id} has no placement", nameof(job));
        var spot = placement.Capacity == CapacityType.Spot;
        var labels = new Dictionary<string, string>
        {
            [ManagedByLabel] = ManagedBy,
            [JobIdLabel] = job.Id,
            [AttemptLabel] = job.Attempt.ToString(CultureInfo.InvariantCulture),
            ["mlplatform.io/team"] = job.Spec.Team,
            ["mlplatform.io/queue"] = job.Spec.Queue,
        };
        if (job.Spec.Name is { } jobName)
        {
            labels[JobNameLabel] = jobName;
        }

        var tolerations = new List<V1Toleration> { new() { Key = _options.GpuResource, OperatorProperty = "Exists", Effect = "NoSchedule" } };
        if (spot)
        {
            tolerations.Add(new V1Toleration { Key = _options.SpotTaintKey, OperatorProperty = "Equal", Value = _options.SpotTaintValue, Effect = "NoSchedule" });
        }

        var fractional = job.Spec.IsFractional;
        var limits = new Dictionary<string, ResourceQuantity>
        {
            ["cpu"] = new($"{job.Spec.CpuMilli}m"),
            ["memory"] = new($"{job.Spec.MemoryMiB}Mi"),
        };
        var wholeGpus = fractional ? 1 : (int)job.Spec.Gpus;
        if (wholeGpus > 0)
        {
            // A fraction runs on one time-sliced GPU replica of a sharing pool.
            limits[_options.GpuResource] = new ResourceQuantity(wholeGpus.ToString(CultureInfo.InvariantCulture));
        }

        var env = RunEnvironment.For(job).Select(v => new V1EnvVar { Name = v.Key, Value = v.Value }).ToList();
        var annotations = new Dictionary<string, string>
        {
            ["mlplatform.io/estimated-cost-usd"] = job.EstimatedCostUsd.ToString(CultureInfo.InvariantCulture),
        };
        if (fractional)
        {
            annotations["mlplatform.io/gpu-fraction"] = job.Spec.Gpus.ToString(CultureInfo.InvariantCulture);
        }

        return new V1Job
        {
            ApiVersion = "batch/v1",
            Kind = "Job",
            Metadata = new V1ObjectMeta { Name = RunName(job.Id, job.Attempt), NamespaceProperty = _options.NamespaceOf(job.Spec.Team), Labels = labels, Annotations = annotations },
            Spec = new V1JobSpec
            {
                // Gang: all members start together as one indexed Job; any member failing fails the run (no pod retries: the scheduler retries).
                Parallelism = job.Spec.GangSize,
                Completions = job.Spec.GangSize,
                CompletionMode = "Indexed",
                BackoffLimit = 0,
                TtlSecondsAfterFinished = _options.TtlSecondsAfterFinished,
                Template = new V1PodTemplateSpec
                {
                    Metadata = new V1ObjectMeta { Labels = labels, Annotations = annotations },
                    Spec = new V1PodSpec
                    {
                        RestartPolicy = "Never",
                        ServiceAccountName = _options.ServiceAccount,
                        NodeSelector = new Dictionary<string, string>
                        {
                            [_options.PoolLabel] = placement.Pool,
                            [_options.CapacityLabel] = spot ? GpuNodeLabels.Spot : GpuNodeLabels.OnDemand,
                        },
                        Tolerations = tolerations,
                        Containers =
                        [
                            new V1Container
                            {
                                Name = "job",
                                Image = job.Spec.Image,
                                Command = [.. job.Spec.Command],
                                Env = env,
                                Resources = new V1ResourceRequirements { Limits = limits, Requests = limits },
                            },
                        ],
                    },
                },
            },
        };
    }

    /// <inheritdoc/>
    public async Task StartAsync(Job job, CancellationToken cancellationToken)
    {
        var body = BuildJob(job);
        try
        {
            using var _ = await _client.BatchV1.CreateNamespacedJobWithHttpMessagesAsync(body, body.Metadata.NamespaceProperty, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (HttpOperationException e) when (e.Response.StatusCode == HttpStatusCode.Conflict)
        {
            // Already created by an earlier start of the same run.
        }
        catch (HttpOperationException e) when (e.Response.StatusCode is HttpStatusCode.UnprocessableEntity or HttpStatusCode.BadRequest or HttpStatusCode.Forbidden)
        {
            // The API server rejects this spec (an invalid image reference, a name or value it refuses, a namespace
            // the scheduler may not use): creating it again is rejected again.
            throw new RunStartException($"the cluster refused the run ({(int)e.Response.StatusCode} {e.Response.ReasonPhrase}): {Detail(e)}", permanent: true, e);
        }
    }

    // The Status message the API server returns (e.g. "spec.template.spec.containers[0].image: Invalid value …").
    private static string Detail(HttpOperationException e)
    {
        var content = e.Response.Content;
        if (string.IsNullOrWhiteSpace(content))
        {
            return e.Message;
        }

        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(content);
            return document.RootElement.TryGetProperty("message", out var message) && message.GetString() is { Length: > 0 } text ? text : e.Message;
        }
        catch (System.Text.Json.JsonException)
        {
            return content.Length <= 500 ? content : content[..500];
        }
    }

    /// <inheritdoc/>
    public async Task StopAsync(Job job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        await DeleteAsync(RunName(job.Id, job.Attempt), _options.NamespaceOf(job.Spec.Team), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<RunObservation>> ObserveAsync(IReadOnlyList<Job> running, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(running);
        var selector = $"{ManagedByLabel}={ManagedBy}";
        // Only the namespaces that hold running jobs are listed: one Job and one Pod list each, per cycle.
        var byNamespace = new Dictionary<string, (Dictionary<string, V1Job> Jobs, Dictionary<string, List<V1Pod>> Pods)>(StringComparer.Ordinal);
        foreach (var ns in running.Select(j => _options.NamespaceOf(j.Spec.Team)).Distinct(StringComparer.Ordinal))
        {
            using var jobsResponse = await _client.BatchV1.ListNamespacedJobWithHttpMessagesAsync(ns, labelSelector: selector, cancellationToken: cancellationToken).ConfigureAwait(false);
            using var podsResponse = await _client.CoreV1.ListNamespacedPodWithHttpMessagesAsync(ns, labelSelector: selector, cancellationToken: cancellationToken).ConfigureAwait(false);
            var jobs = (jobsResponse.Body?.Items ?? []).Where(j => j.Metadata?.Name is not null).ToDictionary(j => j.Metadata.Name, StringComparer.Ordinal);
            var pods = (podsResponse.Body?.Items ?? [])
                .Where(p => p.Metadata?.Labels is not null)
                .GroupBy(p => RunName(Label(p, JobIdLabel) ?? string.Empty, int.TryParse(Label(p, AttemptLabel), CultureInfo.InvariantCulture, out var a) ? a : 0))
                .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            byNamespace[ns] = (jobs, pods);
        }

        var observations = new List<RunObservation>(running.Count);
        foreach (var job in running)
        {
            var name = RunName(job.Id, job.Attempt);
            var ns = _options.NamespaceOf(job.Spec.Team);
            var (jobs, pods) = byNamespace[ns];
            if (!jobs.TryGetValue(name, out var k8sJob))
            {
                observations.Add(new RunObservation(job.Id, job.Attempt, RunStatus.NotFound));
                continue;
            }

            var observation = Observe(job, k8sJob, pods.GetValueOrDefault(name) ?? []);
            if (observation.Status == RunStatus.Failed && observation.Reason is { } reason && StuckWaitingReasons.Contains(reason))
            {
                // A pod stuck pulling would hold its resources forever: remove the run; the scheduler retries with back-off.
                await DeleteAsync(name, ns, cancellationToken).ConfigureAwait(false);
            }

            observations.Add(observation);
        }

        return observations;
    }

    private static string? Label(V1Pod pod, string key) => pod.Metadata.Labels.TryGetValue(key, out var value) ? value : null;

    private static RunObservation Observe(Job job, V1Job k8sJob, List<V1Pod> pods)
    {
        var completions = k8sJob.Spec?.Completions ?? job.Spec.GangSize;
        foreach (var pod in pods)
        {
            if (FailureOf(pod) is { } failure)
            {
                return new RunObservation(job.Id, job.Attempt, RunStatus.Failed, failure.ExitCode, failure.Reason, failure.NodeGone);
            }
        }

        if ((k8sJob.Status?.Succeeded ?? 0) >= completions)
        {
            return new RunObservation(job.Id, job.Attempt, RunStatus.Succeeded, 0);
        }

        if ((k8sJob.Status?.Failed ?? 0) > 0)
        {
            var condition = k8sJob.Status?.Conditions?.FirstOrDefault(c => c.Type == "Failed");
            return new RunObservation(job.Id, job.Attempt, RunStatus.Failed, null, condition?.Reason ?? "PodDisappeared");
        }

        return new RunObservation(job.Id, job.Attempt, RunStatus.Running);
    }

    private static (int? ExitCode, string? Reason, bool NodeGone)? FailureOf(V1Pod pod)
    {
        // A disruption condition says the node went away or the pod was evicted, whatever the container saw.
        var disruption = pod.Status?.Conditions?.FirstOrDefault(c => c.Type == "DisruptionTarget" && c.Status == "True");
        var terminated = pod.Status?.ContainerStatuses?.Select(s => s.State?.Terminated).FirstOrDefault(t => t is not null && t.ExitCode != 0);
        if (pod.Status?.Phase == "Failed" || disruption is not null)
        {
            if (disruption is not null)
            {
                var nodeGone = disruption.Reason is "TerminationByKubelet" or "DeletionByTaintManager";
                return (terminated?.ExitCode, disruption.Reason, nodeGone);
            }

            if (pod.Status?.Reason is { } podReason && podReason.Length > 0)
            {
                return (terminated?.ExitCode, podReason, podReason is "NodeShutdown" or "Shutdown" or "Terminated" or "NodeLost");
            }

            return (terminated?.ExitCode ?? 1, terminated?.Reason ?? "Error", false);
        }

        var waiting = pod.Status?.ContainerStatuses?.Select(s => s.State?.Waiting).FirstOrDefault(w => w is not null && StuckWaitingReasons.Contains(w.Reason ?? string.Empty));
        return waiting is not null ? (null, waiting.Reason, false) : null;
    }

    private async Task DeleteAsync(string name, string ns, CancellationToken cancellationToken)
    {
        try
        {
            using var _ = await _client.BatchV1.DeleteNamespacedJobWithHttpMessagesAsync(
                name,
                ns,
                new V1DeleteOptions { PropagationPolicy = "Background" },
                cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (HttpOperationException e) when (e.Response.StatusCode == HttpStatusCode.NotFound)
        {
            // Already gone.
        }
    }
}

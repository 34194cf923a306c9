using Prometheus;

namespace MlPlatform.Inference.Observability;

/// <summary>
/// The runtime's Prometheus metrics. Names: <c>inference_requests_total</c>, <c>inference_request_duration_seconds</c>,
/// <c>inference_queue_depth</c>, <c>inference_queue_wait_seconds</c>, <c>inference_batch_size</c>,
/// <c>inference_compute_seconds</c>, <c>inference_canary_rollbacks_total</c>, <c>inference_shadow_comparisons_total</c>,
/// <c>inference_model_ready</c>. Labels: <c>model</c>, <c>version</c> (and <c>outcome</c>/<c>result</c>).
/// </summary>
public sealed class InferenceMetrics
{
    /// <summary>The one label value every unknown model or version is counted under.</summary>
    public const string UnknownLabel = "_unknown";

    private readonly Counter _requests;
    private readonly Histogram _requestDuration;
    private readonly Gauge _queueDepth;
    private readonly Histogram _queueWait;
    private readonly Histogram _batchSize;
    private readonly Histogram _compute;
    private readonly Counter _rollbacks;
    private readonly Counter _shadow;
    private readonly Gauge _ready;

    /// <summary>
    /// Latency objectives (seconds) that are exact bucket edges of <c>inference_request_duration_seconds</c>: the latency
    /// SLO alerts count requests under one of these (<c>le</c> label) as good.
    /// </summary>
    public static IReadOnlyList<double> LatencySloBounds { get; } = [0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

    /// <summary>Registers the metrics in <paramref name="registry"/> (tests pass their own).</summary>
    public InferenceMetrics(CollectorRegistry registry)
    {
        var factory = Metrics.WithCustomRegistry(registry);
        var latencyBuckets = Histogram.ExponentialBuckets(0.0001, 2, 18);
        _requests = factory.CreateCounter("inference_requests_total", "Infer requests by model, version and outcome.", "model", "version", "outcome");
        // The SLO bounds are bucket edges too, so a latency objective's good-request ratio is an exact bucket, not an estimate.
        var requestBuckets = latencyBuckets.Concat(LatencySloBounds).Distinct().Order().ToArray();
        _requestDuration = factory.CreateHistogram("inference_request_duration_seconds", "Infer request latency inside the runtime (queue + compute + encode).",
            new HistogramConfiguration { LabelNames = ["model", "version"], Buckets = requestBuckets });
        _queueDepth = factory.CreateGauge("inference_queue_depth", "Requests waiting in the model version's batching queue.", "model", "version");
        _queueWait = factory.CreateHistogram("inference_queue_wait_seconds", "Time a request waited in the queue before its batch ran.",
            new HistogramConfiguration { LabelNames = ["model", "version"], Buckets = latencyBuckets });
        _batchSize = factory.CreateHistogram("inference_batch_size", "Rows (batch-axis size) per executed batch.",
            new HistogramConfiguration { LabelNames = ["model", "version"], Buckets = [1, 2, 4, 8, 16, 32, 64, 128, 256] });
        _compute = factory.CreateHistogram("inference_compute_seconds", "ONNX Runtime execution time per batch.",
            new HistogramConfiguration { LabelNames = ["model", "version"], Buckets = latencyBuckets });
        _rollbacks = factory.CreateCounter("inference_canary_rollbacks_total", "Automatic canary rollbacks.", "model", "version");
        _shadow = factory.CreateCounter("inference_shadow_comparisons_total", "Shadow answers compared with the primary: match, mismatch, error, dropped.", "model", "version", "result");
        _ready = factory.CreateGauge("inference_model_ready", "1 when the model version is loaded and warmed up.", "model", "version");
    }

    /// <summary>Counts a finished request.</summary>
    public void RequestFinished(string model, string version, string outcome, TimeSpan duration)
    {
        _requests.WithLabels(model, version, outcome).Inc();
        if (outcome == "success")
        {
            _requestDuration.WithLabels(model, version).Observe(duration.TotalSeconds);
        }
    }

    /// <summary>Sets the queue depth of a version.</summary>
    public void QueueDepth(string model, string version, int depth) => _queueDepth.WithLabels(model, version).Set(depth);

    /// <summary>Records one request's queue wait.</summary>
    public void QueueWait(string model, string version, TimeSpan wait) => _queueWait.WithLabels(model, version).Observe(wait.TotalSeconds);

    /// <summary>Records one executed batch.</summary>
    public void BatchExecuted(string model, string version, long rows, TimeSpan compute)
    {
        _batchSize.WithLabels(model, version).Observe(rows);
        _compute.WithLabels(model, version).Observe(compute.TotalSeconds);
    }

    /// <summary>Counts a rollback of <paramref name="version"/>.</summary>
    public void RolledBack(string model, string version) => _rollbacks.WithLabels(model, version).Inc();

    /// <summary>Counts a shadow comparison.</summary>
    public void ShadowCompared(string model, string version, string result) => _shadow.WithLabels(model, version, result).Inc();

    /// <summary>Marks a version ready (1) or gone (0).</summary>
    public void Ready(string model, string version, bool ready)
    {
        if (ready)
        {
            _ready.WithLabels(model, version).Set(1);
        }
        else
        {
            _ready.RemoveLabelled(model, version);
            _queueDepth.RemoveLabelled(model, version);
        }
    }
}

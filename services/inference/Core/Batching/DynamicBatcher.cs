using MlPlatform.Inference.Protocol;
using MlPlatform.Inference.Runtime;
using MlPlatform.Inference.Tensors;

namespace MlPlatform.Inference.Batching;

/// <summary>
/// One model version's bounded request queue and its execution workers. A batch is dispatched when it reaches
/// <see cref="BatchingSettings.MaxBatchSize"/> rows, a preferred size, can no longer grow, or its oldest request has
/// waited <see cref="BatchingSettings.MaxQueueDelay"/>; requests of compatible shape are stacked along dimension 0 and
/// the outputs split back. A full queue rejects with <see cref="InferenceErrorKind.Overloaded"/>; draining runs
/// everything queued, then stops.
/// </summary>
public sealed class DynamicBatcher : IAsyncDisposable
{
    private readonly IModelExecutor _executor;
    private readonly BatchingSettings _settings;
    private readonly TimeProvider _time;
    private readonly IBatchObserver? _observer;
    private readonly bool _batching;
    private readonly HashSet<long> _preferred;
    private readonly Lock _gate = new();
    private readonly LinkedList<Pending> _queue = new();
    private readonly Task[] _workers;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _draining;
    private bool _flushing;
    private int _executing;

    /// <summary>Starts the workers.</summary>
    public DynamicBatcher(IModelExecutor executor, BatchingSettings settings, TimeProvider time, IBatchObserver? observer = null)
    {
        ArgumentNullException.ThrowIfNull(executor);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(time);
        _executor = executor;
        _settings = settings;
        _time = time;
        _observer = observer;
        _batching = settings.MaxBatchSize > 1 && executor.Signature.SupportsBatching;
        _preferred = settings.PreferredBatchSizes.Select(s => (long)s).ToHashSet();
        _workers = new Task[settings.Instances];
        for (var i = 0; i < _workers.Length; i++)
        {
            _workers[i] = Task.Run(WorkAsync);
        }
    }

    /// <summary>True when requests are stacked (batching configured and the model has a dynamic batch dimension).</summary>
    public bool IsBatching => _batching;

    /// <summary>Requests waiting for a batch.</summary>
    public int QueueDepth
    {
        get
        {
            lock (_gate)
            {
                return _queue.Count;
            }
        }
    }

    /// <summary>Queues validated inputs (in model order) and completes with this request's outputs.</summary>
    /// <exception cref="InferenceException">Queue full (<see cref="InferenceErrorKind.Overloaded"/>), draining (<see cref="InferenceErrorKind.Unavailable"/>) or execution failed.</exception>
    public Task<IReadOnlyList<InferTensor>> InferAsync(IReadOnlyList<InferTensor> inputs, IReadOnlyList<string> outputs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(outputs);
        var pending = new Pending(inputs, outputs, _batching ? TensorBatching.CompatibilityKey(inputs, outputs) : string.Empty, TensorBatching.Rows(inputs), _time.GetTimestamp());
        int depth;
        lock (_gate)
        {
            if (_draining)
            {
                throw new InferenceException(InferenceErrorKind.Unavailable, "model", "the model version is shutting down");
            }

            if (_queue.Count >= _settings.MaxQueueSize)
            {
                throw new InferenceException(InferenceErrorKind.Overloaded, "model", $"the queue holds its limit of {_settings.MaxQueueSize} requests", _settings.RetryAfter);
            }

            pending.Node = _queue.AddLast(pending);
            depth = _queue.Count;
            Signal();
        }

        _observer?.QueueDepthChanged(depth);
        if (cancellationToken.CanBeCanceled)
        {
            pending.Registration = cancellationToken.UnsafeRegister(static state =>
            {
                var (batcher, p) = ((DynamicBatcher, Pending))state!;
                batcher.Cancel(p);
            }, (this, pending));
        }

        return pending.Completion.Task;
    }

    /// <summary>From now on dispatches without waiting for batches to fill (requests are still accepted): the first step of retiring.</summary>
    public void Flush()
    {
        lock (_gate)
        {
            _flushing = true;
            Signal();
        }
    }

    /// <summary>Stops taking requests, runs everything queued without waiting for batches to fill, then stops the workers.</summary>
    public async Task DrainAsync()
    {
        lock (_gate)
        {
            _draining = true;
            Signal();
        }

        await Task.WhenAll(_workers).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync() => await DrainAsync().ConfigureAwait(false);

    private void Cancel(Pending pending)
    {
        bool removed;
        lock (_gate)
        {
            removed = pending.Node?.List is not null;
            if (removed)
            {
                _queue.Remove(pending.Node!);
            }
        }

        if (removed)
        {
            pending.Completion.TrySetCanceled();
        }
    }

    private void Signal()
    {
        var previous = _changed;
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        previous.TrySetResult();
    }

    private async Task WorkAsync()
    {
        while (true)
        {
            List<Pending>? batch;
            Task changed;
            TimeSpan? wait;
            int depth;
            lock (_gate)
            {
                batch = TryTakeBatch(out wait);
                depth = _queue.Count;
                if (batch is null && depth == 0 && _draining)
                {
                    return;
                }

                changed = _changed.Task;
            }

            if (batch is not null)
            {
                _observer?.QueueDepthChanged(depth);
                try
                {
                    Execute(batch);
                }
                finally
                {
                    lock (_gate)
                    {
                        _executing--;
                        Signal();
                    }
                }

                continue;
            }

            if (wait is { } delay)
            {
                using var cts = new CancellationTokenSource();
                var timer = Task.Delay(delay, _time, cts.Token);
                await Task.WhenAny(changed, timer).ConfigureAwait(false);
                await cts.CancelAsync().ConfigureAwait(false);
            }
            else
            {
                await changed.ConfigureAwait(false);
            }
        }
    }

    // Called under the lock. Returns the batch to run now, or null with how long to wait (null = until something changes).
    private List<Pending>? TryTakeBatch(out TimeSpan? wait)
    {
        wait = null;
        var headNode = _queue.First;
        if (headNode is null)
        {
            return null;
        }

        var head = headNode.Value;
        if (!_batching)
        {
            _queue.RemoveFirst();
            _executing++;
            return [head];
        }

        var members = new List<LinkedListNode<Pending>>();
        long rows = 0;
        var cannotGrow = false;
        for (var node = headNode; node is not null; node = node.Next)
        {
            if (node.Value.Key != head.Key)
            {
                continue;
            }

            if (members.Count > 0 && rows + node.Value.Rows > _settings.MaxBatchSize)
            {
                cannotGrow = true;
                break;
            }

            members.Add(node);
            rows += node.Value.Rows;
        }

        var waited = _time.GetElapsedTime(head.EnqueuedAt);
        var idle = _settings.DispatchWhenIdle && _executing < _settings.Instances;
        var dispatch = idle || cannotGrow || rows >= _settings.MaxBatchSize || _preferred.Contains(rows) || _draining || _flushing || waited >= _settings.MaxQueueDelay;
        if (!dispatch)
        {
            wait = _settings.MaxQueueDelay - waited;
            return null;
        }

        var batch = new List<Pending>(members.Count);
        foreach (var node in members)
        {
            _queue.Remove(node);
            batch.Add(node.Value);
        }

        _executing++;
        return batch;
    }

    private void Execute(List<Pending> batch)
    {
        using var activity = Observability.InferenceTracing.Source.StartActivity("execute-batch");
        activity?.SetTag("inference.batch.requests", batch.Count);
        var started = _time.GetTimestamp();
        var rows = new long[batch.Count];
        var inputs = new IReadOnlyList<InferTensor>[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            batch[i].Registration.Dispose();
            _observer?.Waited(_time.GetElapsedTime(batch[i].EnqueuedAt, started));
            rows[i] = batch[i].Rows;
            inputs[i] = batch[i].Inputs;
        }

        try
        {
            var outputs = _executor.RunBatch(inputs, batch[0].Outputs);
            _observer?.Executed(batch.Count, rows.Sum(), _time.GetElapsedTime(started));
            var split = TensorBatching.Split(outputs, rows);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Completion.TrySetResult(split[i]);
            }
        }
#pragma warning disable CA1031 // A failing model must fail its requests, never the worker.
        catch (Exception) when (batch.Count > 1)
        {
            // One request may be what the model rejects: run each alone so only that one fails.
            foreach (var pending in batch)
            {
                var alone = _time.GetTimestamp();
                try
                {
                    var outputs = _executor.Run(pending.Inputs, pending.Outputs);
                    _observer?.Executed(1, pending.Rows, _time.GetElapsedTime(alone));
                    pending.Completion.TrySetResult(outputs);
                }
                catch (Exception single)
                {
                    pending.Completion.TrySetException(ToInferenceException(single));
                }
            }
        }
        catch (Exception ex)
        {
            batch[0].Completion.TrySetException(ToInferenceException(ex));
        }
#pragma warning restore CA1031
    }

    /// <summary>
    /// ONNX Runtime's invalid-argument errors, and shape checks that fail inside the graph (inputs whose dynamic
    /// dimensions disagree, e.g. a batch of 2 with a state for 1, in a model that names no dimensions), are the caller's
    /// fault (400): the version passed its warm-up, so the graph runs on well-formed inputs. Anything else is a model
    /// failure (500).
    /// </summary>
    internal static InferenceException ToInferenceException(Exception exception) => exception switch
    {
        InferenceException inference => inference,
        _ when exception.Message.Contains("[ErrorCode:InvalidArgument]", StringComparison.Ordinal)
            => InferenceException.BadRequest("inputs", $"the model rejected the inputs: {exception.Message}"),
        _ when ShapeMismatch.Any(m => exception.Message.Contains(m, StringComparison.Ordinal))
            => InferenceException.BadRequest("inputs", $"the inputs' shapes do not fit together (a batch or other dynamic dimension differs between inputs): {exception.Message}"),
        _ => new InferenceException($"model execution failed: {exception.Message}", exception),
    };

    // ONNX Runtime's messages for a tensor whose shape an operator cannot take.
    private static readonly string[] ShapeMismatch = ["must have shape", "Invalid input shape", "Incompatible dimensions", "shape mismatch", "cannot reshape", "Attempting to broadcast"];

    private sealed class Pending(IReadOnlyList<InferTensor> inputs, IReadOnlyList<string> outputs, string key, long rows, long enqueuedAt)
    {
        public IReadOnlyList<InferTensor> Inputs { get; } = inputs;

        public IReadOnlyList<string> Outputs { get; } = outputs;

        public string Key { get; } = key;

        public long Rows { get; } = rows;

        public long EnqueuedAt { get; } = enqueuedAt;

        public TaskCompletionSource<IReadOnlyList<InferTensor>> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public LinkedListNode<Pending>? Node { get; set; }

        public CancellationTokenRegistration Registration { get; set; }
    }
}

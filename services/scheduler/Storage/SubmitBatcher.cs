using System.Threading.Channels;
using MlPlatform.Scheduler.Core;

namespace MlPlatform.Scheduler.Storage;

/// <summary>
/// Group commit for submits: concurrent submits queue up, one writer commits everything queued in one transaction, and
/// each caller is answered only after that commit — so under load many submits share one round trip and one durable
/// flush, and no submit is acknowledged before it is stored. A failed commit fails every submit in it (none was
/// acknowledged; clients retry with their idempotency keys).
/// </summary>
internal sealed class SubmitBatcher : IAsyncDisposable
{
    /// <summary>Submits one transaction takes at most.</summary>
    public const int MaxBatch = 256;

    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Func<IReadOnlyList<Job>, CancellationToken, Task<IReadOnlyList<SubmitResult>>> _commit;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _writer;

    public SubmitBatcher(Func<IReadOnlyList<Job>, CancellationToken, Task<IReadOnlyList<SubmitResult>>> commit)
    {
        _commit = commit;
        _writer = Task.Run(WriteAsync);
    }

    /// <summary>Largest batch committed so far (for tests and diagnostics).</summary>
    public int LargestBatch { get; private set; }

    public Task<SubmitResult> SubmitAsync(Job job, CancellationToken cancellationToken)
    {
        var pending = new Pending(job, new TaskCompletionSource<SubmitResult>(TaskCreationOptions.RunContinuationsAsynchronously));
        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(pending), this);

        // A caller that stops waiting does not take its submit back: it may be in the transaction already.
        return pending.Done.Task.WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        try
        {
            await _writer.WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            await _stop.CancelAsync().ConfigureAwait(false);
        }

        _stop.Dispose();
    }

    private async Task WriteAsync()
    {
        var reader = _queue.Reader;
        var batch = new List<Pending>(MaxBatch);
        while (await reader.WaitToReadAsync(_stop.Token).ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            LargestBatch = Math.Max(LargestBatch, batch.Count);
            try
            {
                var results = await _commit([.. batch.Select(p => p.Job)], _stop.Token).ConfigureAwait(false);
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Done.TrySetResult(results[i]);
                }
            }
#pragma warning disable CA1031 // Every caller in the batch gets the failure; the writer must keep serving the next ones.
            catch (Exception e)
#pragma warning restore CA1031
            {
                foreach (var pending in batch)
                {
                    pending.Done.TrySetException(e);
                }
            }
        }
    }

    private sealed record Pending(Job Job, TaskCompletionSource<SubmitResult> Done);
}

using Microsoft.Extensions.Time.Testing;
using MlPlatform.Inference.Batching;
using MlPlatform.Inference.Protocol;
using MlPlatform.Inference.Tensors;
using MlPlatform.Inference.Tests.Support;

namespace MlPlatform.Inference.Tests.Batching;

public sealed class DynamicBatcherTests : IDisposable
{
    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(10);
    private readonly FakeTimeProvider _time = new();
    private readonly FakeExecutor _executor = new();

    private DynamicBatcher Create(int maxBatch = 8, int queue = 64, params int[] preferred) =>
        new(_executor, new BatchingSettings { MaxBatchSize = maxBatch, MaxQueueDelay = Delay, MaxQueueSize = queue, PreferredBatchSizes = preferred, DispatchWhenIdle = false }, _time);

    // The worker arms its delay timer after it has looked at the queue; advancing the fake clock before that would set
    // the timer past the advance. Advancing in steps until the work is done does not depend on that ordering.
    private async Task AdvanceUntilDone(Task work)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (!work.IsCompleted && DateTime.UtcNow < deadline)
        {
            _time.Advance(Delay);
            await Task.WhenAny(work, Task.Delay(10));
        }

        await work.WaitAsync(TimeSpan.FromSeconds(1));
    }

    private static async Task AssertStillQueued(params Task[] tasks)
    {
        await Task.Delay(50);
        Assert.All(tasks, t => Assert.False(t.IsCompleted));
    }

    [Fact]
    public async Task RequestsArrivingWithinTheQueueDelayShareOneBatchAndGetTheirOwnRowsBack()
    {
        await using var batcher = Create();
        var first = batcher.InferAsync([FakeExecutor.Input(1, 0)], []);
        var second = batcher.InferAsync([FakeExecutor.Input(2, 10)], []);
        await AssertStillQueued(first, second);

        await AdvanceUntilDone(Task.WhenAll(first, second));

        var one = (await first)[0];
        var two = (await second)[0];
        Assert.Equal([1f, 2f], one.ToSingles());
        Assert.Equal([1L, 2L], one.Shape);
        Assert.Equal([11f, 12f, 13f, 14f], two.ToSingles());
        Assert.Equal([3L], _executor.Batches);
    }

    [Fact]
    public async Task AFullBatchDispatchesWithoutWaitingForTheDelay()
    {
        await using var batcher = Create(maxBatch: 4);

        var a = batcher.InferAsync([FakeExecutor.Input(2, 0)], []);
        var b = batcher.InferAsync([FakeExecutor.Input(2, 0)], []);
        await Task.WhenAll(a, b).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal([4L], _executor.Batches);
    }

    [Fact]
    public async Task APreferredSizeDispatchesAsSoonAsItIsReached()
    {
        await using var batcher = Create(8, 64, 2);

        var a = batcher.InferAsync([FakeExecutor.Input(1, 0)], []);
        var b = batcher.InferAsync([FakeExecutor.Input(1, 0)], []);
        await Task.WhenAll(a, b).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal([2L], _executor.Batches);
    }

    [Fact]
    public async Task ABatchThatCannotGrowDispatchesAndTheRestWaitsForTheNext()
    {
        await using var batcher = Create(maxBatch: 4);

        var a = batcher.InferAsync([FakeExecutor.Input(3, 0)], []);
        var b = batcher.InferAsync([FakeExecutor.Input(3, 0)], []);
        await a.WaitAsync(TimeSpan.FromSeconds(5));
        await AssertStillQueued(b);
        await AdvanceUntilDone(b);

        Assert.Equal([3L, 3L], _executor.Batches);
    }

    [Fact]
    public async Task IncompatibleRequestsAreNeverStackedTogether()
    {
        await using var batcher = Create();

        var all = batcher.InferAsync([FakeExecutor.Input(1, 0)], []);
        var named = batcher.InferAsync([FakeExecutor.Input(1, 0)], ["y"]);
        await AssertStillQueued(all, named);
        await AdvanceUntilDone(Task.WhenAll(all, named));

        Assert.Equal([1L, 1L], _executor.Batches);
    }

    [Fact]
    public async Task AFullQueueRejectsWithOverloadedAndRetryAfter()
    {
        await using var batcher = Create(queue: 2);
        var queued = new[] { batcher.InferAsync([FakeExecutor.Input(1, 0)], []), batcher.InferAsync([FakeExecutor.Input(1, 0)], []) };

        var ex = Assert.Throws<InferenceException>(() => { _ = batcher.InferAsync([FakeExecutor.Input(1, 0)], []); });

        Assert.Equal(InferenceErrorKind.Overloaded, ex.Kind);
        Assert.Equal(TimeSpan.FromSeconds(1), ex.RetryAfter);
        Assert.Equal(2, batcher.QueueDepth);
        await AdvanceUntilDone(Task.WhenAll(queued));
    }

    [Fact]
    public async Task DrainingRunsQueuedRequestsAtOnceThenRefusesNewOnes()
    {
        var batcher = Create();
        var a = batcher.InferAsync([FakeExecutor.Input(1, 0)], []);
        var b = batcher.InferAsync([FakeExecutor.Input(1, 5)], []);
        await AssertStillQueued(a, b);

        await batcher.DrainAsync().WaitAsync(TimeSpan.FromSeconds(5));

        Assert.True(a.IsCompletedSuccessfully);
        var answer = (await b)[0];
        Assert.Equal([6f, 7f], answer.ToSingles());
        Assert.Equal(InferenceErrorKind.Unavailable, Assert.Throws<InferenceException>(() => { _ = batcher.InferAsync([FakeExecutor.Input(1, 0)], []); }).Kind);
    }

    [Fact]
    public async Task ARequestTheModelRejectsFailsAloneNotItsWholeBatch()
    {
        await using var batcher = Create(maxBatch: 4);
        var poison = InferTensor.FromSingles("x", [2, 2], [FakeExecutor.PoisonValue, 0, 0, 0]);

        var good = batcher.InferAsync([FakeExecutor.Input(2, 0)], []);
        var bad = batcher.InferAsync([poison], []);

        var answer = (await good.WaitAsync(TimeSpan.FromSeconds(5)))[0];
        Assert.Equal([1f, 2f, 3f, 4f], answer.ToSingles());
        var ex = await Assert.ThrowsAsync<InferenceException>(() => bad);
        Assert.Equal(InferenceErrorKind.Failed, ex.Kind);
    }

    [Fact]
    public async Task WithBatchingOffEveryRequestRunsAloneWithoutDelay()
    {
        await using var batcher = Create(maxBatch: 1);

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => batcher.InferAsync([FakeExecutor.Input(1, 0)], []))).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.False(batcher.IsBatching);
        Assert.Equal([1L, 1L, 1L], _executor.Batches);
    }

    [Fact]
    public async Task ACancelledRequestLeavesTheQueue()
    {
        await using var batcher = Create();
        using var cts = new CancellationTokenSource();
        var request = batcher.InferAsync([FakeExecutor.Input(1, 0)], [], cts.Token);

        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);
        Assert.Equal(0, batcher.QueueDepth);
    }

    [Fact]
    public async Task WhenIdleARequestRunsAtOnceAndRequestsArrivingDuringExecutionShareTheNextBatch()
    {
        using var gate = new ManualResetEventSlim(false);
        _executor.Gate = gate;
        await using var batcher = new DynamicBatcher(_executor, new BatchingSettings { MaxBatchSize = 8, MaxQueueDelay = TimeSpan.FromHours(1) }, _time);

        var first = batcher.InferAsync([FakeExecutor.Input(1, 0)], []);
        Assert.True(await _executor.Started.WaitAsync(TimeSpan.FromSeconds(5)), "the first request did not start without waiting for the delay");
        var queued = Enumerable.Range(0, 3).Select(i => batcher.InferAsync([FakeExecutor.Input(1, i)], [])).ToArray();
        await AssertStillQueued(queued);
        gate.Set();
        await Task.WhenAll(queued.Append(first)).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal([1L, 3L], _executor.Batches);
    }

    public void Dispose() => _executor.Dispose();
}

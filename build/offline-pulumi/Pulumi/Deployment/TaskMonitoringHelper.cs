namespace Pulumi;

/// <summary>
/// Watches the tasks a run starts, as the real runner does: a task is counted when registered and uncounted by a
/// continuation once it finishes (on the thread pool, so later than the task itself); failures are collected there.
/// <see cref="AwaitIdleOrFirstExceptionAsync"/> returns every failure collected so far, or waits for the next failure
/// or for no task to be left, whichever comes first. Several failures are returned only if several had been collected
/// when it was called (or when the waiting one completed).
/// </summary>
internal sealed class TaskMonitoringHelper
{
    private readonly Lock _gate = new();
    private readonly List<Exception> _exceptions = [];
    private readonly Action<Task> _onTaskCompleted;
    private int _activeTasks;
    private TaskCompletionSource<IReadOnlyList<Exception>>? _promise;

    public TaskMonitoringHelper() => _onTaskCompleted = OnTaskCompleted;

    public void AddTask(Task task)
    {
        lock (_gate)
        {
            _activeTasks++;
        }

        // No scheduler given, as in the real runner: the default (thread pool) one, even for a finished task.
        task.ContinueWith(_onTaskCompleted, TaskScheduler.Current);
    }

    public Task<IReadOnlyList<Exception>> AwaitIdleOrFirstExceptionAsync()
    {
        lock (_gate)
        {
            if (_exceptions.Count > 0)
            {
                return Task.FromResult<IReadOnlyList<Exception>>(Flush());
            }

            if (_activeTasks == 0)
            {
                return Task.FromResult<IReadOnlyList<Exception>>([]);
            }

            _promise ??= new TaskCompletionSource<IReadOnlyList<Exception>>();
            return _promise.Task;
        }
    }

    private void OnTaskCompleted(Task task)
    {
        TaskCompletionSource<IReadOnlyList<Exception>>? promise = null;
        IReadOnlyList<Exception> result = [];
        lock (_gate)
        {
            _activeTasks--;
            if (task.IsFaulted && task.Exception is { } failure)
            {
                _exceptions.AddRange(failure.InnerExceptions);
            }

            if (_promise is not null && (_exceptions.Count > 0 || _activeTasks == 0))
            {
                result = _exceptions.Count > 0 ? Flush() : [];
                promise = _promise;
                _promise = null;
            }
        }

        // Outside the lock: the runner's continuation runs here and may register more tasks.
        promise?.SetResult(result);
    }

    // One exception object fails every task derived from the one that threw; it is reported once.
    private List<Exception> Flush()
    {
        var errors = _exceptions.Distinct().ToList();
        _exceptions.Clear();
        return errors;
    }
}

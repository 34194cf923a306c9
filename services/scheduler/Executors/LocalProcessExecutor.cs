using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using MlPlatform.Scheduler.Core;

namespace MlPlatform.Scheduler.Executors;

/// <summary>
/// Runs each job's command as a local process (the image is not pulled: this is the embedded executor for
/// <c>./build.sh scheduler</c> and tests). Every run has a directory <c>{work}/{job}/{attempt}</c>; a <c>started</c> marker
/// created with <see cref="FileMode.CreateNew"/> makes a start happen at most once, even across scheduler restarts. The
/// process runs in its own session under <c>sh</c>, which records its pid and, when the command ends, its exit code, so a
/// restarted scheduler finds running and finished runs again. A gang runs one process per member.
/// </summary>
public sealed class LocalProcessExecutor : IJobExecutor
{
    /// <summary>The configuration name.</summary>
    public const string ExecutorName = "local";

    // $1.. are the command; the exit code is written atomically (write then rename) after the command ends.
    private const string Wrapper = """
        echo $$ > "$MLPLATFORM_RUN_DIR/pid.$MLPLATFORM_MEMBER"
        exec >>"$MLPLATFORM_RUN_DIR/output.$MLPLATFORM_MEMBER.log" 2>&1
        "$@"
        code=$?
        echo $code > "$MLPLATFORM_RUN_DIR/exit.$MLPLATFORM_MEMBER.tmp" && mv "$MLPLATFORM_RUN_DIR/exit.$MLPLATFORM_MEMBER.tmp" "$MLPLATFORM_RUN_DIR/exit.$MLPLATFORM_MEMBER"
        """;

    private readonly string _workDirectory;
    private readonly TimeProvider _time;
    private readonly TimeSpan _startGrace;
    private readonly TimeSpan _runRetention;
    private DateTimeOffset _lastPrune = DateTimeOffset.MinValue;

    // Runs this executor instance started. A start marker without a process that another (now dead) scheduler process
    // wrote will never get one: that run failed to start, and there is no point waiting out the grace period for it.
    private readonly ConcurrentDictionary<(string JobId, int Attempt), byte> _startedHere = new();

    /// <summary>An executor keeping run state under <paramref name="workDirectory"/>.</summary>
    public LocalProcessExecutor(string workDirectory, TimeProvider time, TimeSpan? startGrace = null, TimeSpan? runRetention = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workDirectory);
        _workDirectory = Path.GetFullPath(workDirectory);
        _time = time;
        _startGrace = startGrace ?? TimeSpan.FromSeconds(30);
        _runRetention = runRetention ?? TimeSpan.FromDays(1);
        Directory.CreateDirectory(_workDirectory);
    }

    /// <inheritdoc/>
    public string Name => ExecutorName;

    /// <summary>The directory of run (<paramref name="jobId"/>, <paramref name="attempt"/>).</summary>
    public string RunDirectory(string jobId, int attempt) => Path.Combine(_workDirectory, jobId, attempt.ToString(CultureInfo.InvariantCulture));

    /// <inheritdoc/>
    public Task StartAsync(Job job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var runDirectory = RunDirectory(job.Id, job.Attempt);
        Directory.CreateDirectory(runDirectory);
        try
        {
            using var marker = new FileStream(Path.Combine(runDirectory, "started"), FileMode.CreateNew, FileAccess.Write);
            marker.Write(System.Text.Encoding.UTF8.GetBytes(_time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture)));
            marker.Flush(flushToDisk: true);
            _startedHere[(job.Id, job.Attempt)] = 0;
        }
        catch (IOException) when (File.Exists(Path.Combine(runDirectory, "started")))
        {
            // This run was started before (perhaps by a scheduler process that has since died): never start it twice.
            return Task.CompletedTask;
        }

        for (var member = 0; member < job.Spec.GangSize; member++)
        {
            var start = new ProcessStartInfo("setsid") { UseShellExecute = false, WorkingDirectory = runDirectory };
            foreach (var arg in (string[])["sh", "-c", Wrapper, "mlplatform-job"])
            {
                start.ArgumentList.Add(arg);
            }

            foreach (var arg in job.Spec.Command)
            {
                start.ArgumentList.Add(arg);
            }

            start.Environment["MLPLATFORM_RUN_DIR"] = runDirectory;
            start.Environment["MLPLATFORM_MEMBER"] = member.ToString(CultureInfo.InvariantCulture);
            foreach (var (name, value) in RunEnvironment.For(job))
            {
                start.Environment[name] = value;
            }

            try
            {
                using var process = Process.Start(start) ?? throw new RunStartException($"could not start run {job.Id}#{job.Attempt}", permanent: false);
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                // E2BIG, ENOENT, EACCES, ENOEXEC: the same command fails the same way on every retry.
                throw new RunStartException($"the run could not start: {e.Message}", permanent: e.NativeErrorCode is 2 or 7 or 8 or 13, e);
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task StopAsync(Job job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var runDirectory = RunDirectory(job.Id, job.Attempt);
        for (var member = 0; member < job.Spec.GangSize; member++)
        {
            if (ReadInt(Path.Combine(runDirectory, $"pid.{member}")) is { } pid && IsAlive(pid))
            {
                // The wrapper leads its own session: signal the whole process group.
                using var kill = Process.Start(new ProcessStartInfo("kill", ["-KILL", "--", $"-{pid}"]) { UseShellExecute = false });
                kill?.WaitForExit();
            }
        }

        File.WriteAllText(Path.Combine(runDirectory, "stopped"), _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<RunObservation>> ObserveAsync(IReadOnlyList<Job> running, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(running);
        IReadOnlyList<RunObservation> result = running.Select(Observe).ToList();

        // Every cycle observes; pruning needs to happen only now and then.
        var now = _time.GetUtcNow();
        if (now - _lastPrune >= TimeSpan.FromTicks(Math.Min(_runRetention.Ticks / 10, TimeSpan.FromMinutes(10).Ticks)))
        {
            _lastPrune = now;
            PruneFinishedRuns(running, now);
        }

        return Task.FromResult(result);
    }

    /// <summary>
    /// Deletes the directories of runs that are not running and have not been written for the retention period (their
    /// output logs and exit codes have been read long since); never the directory of a run in <paramref name="running"/>.
    /// </summary>
    public int PruneFinishedRuns(IReadOnlyList<Job> running, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(running);
        var live = running.Select(j => RunDirectory(j.Id, j.Attempt)).ToHashSet(StringComparer.Ordinal);
        var removed = 0;
        foreach (var jobDirectory in Directory.EnumerateDirectories(_workDirectory))
        {
            foreach (var runDirectory in Directory.EnumerateDirectories(jobDirectory))
            {
                if (live.Contains(runDirectory) || now - LastWrite(runDirectory) < _runRetention)
                {
                    continue;
                }

                try
                {
                    Directory.Delete(runDirectory, recursive: true);
                    removed++;
                }
                catch (IOException)
                {
                    // Still in use (a slow process writing its last lines): the next pass takes it.
                }
            }

            if (!Directory.EnumerateFileSystemEntries(jobDirectory).Any())
            {
                Directory.Delete(jobDirectory);
            }
        }

        return removed;
    }

    private static DateTimeOffset LastWrite(string directory) =>
        Directory.EnumerateFiles(directory).Select(f => new DateTimeOffset(File.GetLastWriteTimeUtc(f), TimeSpan.Zero))
            .Append(new DateTimeOffset(Directory.GetLastWriteTimeUtc(directory), TimeSpan.Zero))
            .Max();

    private RunObservation Observe(Job job)
    {
        var runDirectory = RunDirectory(job.Id, job.Attempt);
        var marker = Path.Combine(runDirectory, "started");
        if (!File.Exists(marker))
        {
            return new RunObservation(job.Id, job.Attempt, RunStatus.NotFound);
        }

        var anyRunning = false;
        for (var member = 0; member < job.Spec.GangSize; member++)
        {
            var exit = ReadInt(Path.Combine(runDirectory, $"exit.{member}"));
            if (exit is { } code)
            {
                if (code != 0)
                {
                    return new RunObservation(job.Id, job.Attempt, RunStatus.Failed, code, "Error");
                }

                continue;
            }

            var pid = ReadInt(Path.Combine(runDirectory, $"pid.{member}"));
            if (pid is { } p && IsAlive(p))
            {
                anyRunning = true;
                continue;
            }

            // The process may have finished between the two reads.
            if (ReadInt(Path.Combine(runDirectory, $"exit.{member}")) is { } late)
            {
                if (late != 0)
                {
                    return new RunObservation(job.Id, job.Attempt, RunStatus.Failed, late, "Error");
                }

                continue;
            }

            if (pid is null && _startedHere.ContainsKey((job.Id, job.Attempt)) && _time.GetUtcNow() - File.GetLastWriteTimeUtc(marker) < _startGrace)
            {
                anyRunning = true;
                continue;
            }

            // No exit code and no live process: killed from outside or the host restarted.
            return new RunObservation(job.Id, job.Attempt, RunStatus.Failed, null, pid is null ? "StartError" : "ExecutorLost");
        }

        return anyRunning
            ? new RunObservation(job.Id, job.Attempt, RunStatus.Running)
            : new RunObservation(job.Id, job.Attempt, RunStatus.Succeeded, 0);
    }

    private static int? ReadInt(string path)
    {
        try
        {
            var text = File.ReadAllText(path).Trim();
            return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            // Field 3 of /proc/<pid>/stat is the state; Z (zombie) and X (dead) are not alive.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var close = stat.LastIndexOf(')');
            var state = close >= 0 && close + 2 < stat.Length ? stat[close + 2] : 'X';
            return state is not ('Z' or 'X');
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}

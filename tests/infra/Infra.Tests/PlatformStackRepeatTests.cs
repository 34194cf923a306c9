namespace MlPlatform.Infra.Tests;

/// <summary>
/// Which outputs are still pending when the program finishes declaring differs from run to run: a resource
/// registered through an explicit provider completes on the thread pool, and a real engine answers when it answers.
/// A wait cycle between the stack's outputs (the policy evaluation reading its own output, say) hangs only in the
/// runs where an output is pending at the wrong moment, so each committed stack runs many times, under an engine that
/// answers at once, on the thread pool, and only after the program (every output pending: a cycle always shows).
/// A healthy run takes well under a second.
/// </summary>
public sealed class PlatformStackRepeatTests
{
    private const int RunsPerSchedule = 4;
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    [InlineData("dev-azure")]
    [InlineData("prod-azure")]
    public async Task EveryRunOfACommittedStackFinishesWhenEverTheEngineAnswers(string stack)
    {
        // The schedule that always shows a cycle first, so a cycle fails the test at its first run.
        foreach (var answers in new[] { EngineAnswers.AfterTheProgram, EngineAnswers.OnThreadPool, EngineAnswers.AtOnce })
        {
            for (var run = 1; run <= RunsPerSchedule; run++)
            {
                var attempt = PlatformRun.RunAsync(stack, answers: answers);
                var finished = await Task.WhenAny(attempt, Task.Delay(RunTimeout));
                Assert.True(
                    finished == attempt,
                    $"stack '{stack}', engine answering {answers}, run {run}: not finished after {RunTimeout.TotalSeconds:0} s (the run waits on itself)");
                await attempt;
            }
        }
    }
}

using Pulumi;

namespace MlPlatform.Testing;

/// <summary>Reads outputs in tests, through public API only, so it behaves the same on the real and offline SDKs.</summary>
public static class OutputValues
{
    /// <summary>The value of a known output; fails if the output is unknown.</summary>
    public static async Task<T> GetAsync<T>(this Output<T> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var (known, value) = await GetWithKnownAsync(output).ConfigureAwait(false);
        return known ? value! : throw new InvalidOperationException("The output is unknown (a preview value the mocks did not provide).");
    }

    /// <summary>Whether the output is known, and its value if so. An Apply callback never runs on an unknown value.</summary>
    public static Task<(bool Known, T? Value)> GetWithKnownAsync<T>(this Output<T> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var source = new TaskCompletionSource<(bool, T?)>(TaskCreationOptions.RunContinuationsAsynchronously);
        var ran = false;
        output.Apply(v =>
        {
            ran = true;
            source.TrySetResult((true, v));
            return v;
        });

        // An unknown output skips the callback; give the continuation a chance to run, then report unknown.
        return WaitAsync(source, () => ran);
    }

    /// <summary>Whether the output is marked secret.</summary>
    public static Task<bool> IsSecretAsync<T>(this Output<T> output) => Output.IsSecretAsync(output);

    private static async Task<(bool, T?)> WaitAsync<T>(TaskCompletionSource<(bool, T?)> source, Func<bool> ran)
    {
        var completed = await Task.WhenAny(source.Task, Task.Delay(TimeSpan.FromSeconds(1))).ConfigureAwait(false);
        return completed == source.Task ? await source.Task.ConfigureAwait(false) : ran() ? await source.Task.ConfigureAwait(false) : (false, default);
    }
}

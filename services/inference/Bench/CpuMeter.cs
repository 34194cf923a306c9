using System.Diagnostics;

namespace MlPlatform.Inference.Bench;

/// <summary>
/// CPU time of the server and of this process (the load generator) over one measured stretch, and the server's
/// garbage collections and allocations. On shared cores the two processes compete, so throughput ratios charge the
/// client's work to the server; CPU time per item does not.
/// </summary>
public sealed class CpuMeter
{
    private readonly ServerProcess _server;
    private readonly ServerSample _before;
    private readonly TimeSpan _clientBefore;

    private CpuMeter(ServerProcess server, ServerSample before)
    {
        _server = server;
        _before = before;
        _clientBefore = ClientCpu();
    }

    /// <summary>Starts measuring.</summary>
    public static async Task<CpuMeter> StartAsync(ServerProcess server)
    {
        ArgumentNullException.ThrowIfNull(server);
        return new CpuMeter(server, await server.SampleAsync().ConfigureAwait(false));
    }

    /// <summary>What the server and the client used since <see cref="StartAsync"/>.</summary>
    public async Task<Measured> StopAsync()
    {
        var client = ClientCpu() - _clientBefore;
        var after = await _server.SampleAsync().ConfigureAwait(false);
        return new Measured(
            after.Cpu - _before.Cpu,
            after.SystemCpu - _before.SystemCpu,
            client,
            after.Collections - _before.Collections,
            after.AllocatedBytes - _before.AllocatedBytes);
    }

    private static TimeSpan ClientCpu()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    /// <summary>One stretch's use.</summary>
    /// <param name="ServerCpu">Server CPU time, user + kernel.</param>
    /// <param name="ServerSystemCpu">Server kernel CPU time.</param>
    /// <param name="ClientCpu">Load generator CPU time.</param>
    /// <param name="Collections">Server garbage collections (null when unknown).</param>
    /// <param name="AllocatedBytes">Server managed allocations (null when unknown).</param>
    public sealed record Measured(TimeSpan ServerCpu, TimeSpan ServerSystemCpu, TimeSpan ClientCpu, double? Collections, double? AllocatedBytes);
}

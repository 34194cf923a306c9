using System.Diagnostics;

namespace MlPlatform.Inference.Bench;

/// <summary>
/// CPU time of the server and of this process (the load generator) over one measured stretch. On shared cores the two
/// compete, so throughput ratios charge the client's work to the server; CPU time per item does not.
/// </summary>
public sealed class CpuMeter
{
    private readonly ServerProcess _server;
    private readonly TimeSpan _serverBefore;
    private readonly TimeSpan _clientBefore;

    private CpuMeter(ServerProcess server)
    {
        _server = server;
        _serverBefore = server.CpuTime;
        _clientBefore = ClientCpu();
    }

    /// <summary>Starts measuring.</summary>
    public static CpuMeter Start(ServerProcess server)
    {
        ArgumentNullException.ThrowIfNull(server);
        return new CpuMeter(server);
    }

    /// <summary>The server's and the client's CPU time since <see cref="Start"/>.</summary>
    public (TimeSpan Server, TimeSpan Client) Stop() => (_server.CpuTime - _serverBefore, ClientCpu() - _clientBefore);

    private static TimeSpan ClientCpu()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace MlPlatform.Inference.Bench;

/// <summary>The runtime as a child process on a free loopback port, stopped with SIGTERM.</summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, Uri address, Uri grpcAddress)
    {
        _process = process;
        Address = address;
        GrpcAddress = grpcAddress;
    }

    /// <summary>The server's base address.</summary>
    public Uri Address { get; }

    /// <summary>The server's gRPC (h2c) address.</summary>
    public Uri GrpcAddress { get; }

    /// <summary>CPU time the server process has used so far (user + system, every thread).</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>The server's CPU times now, and its collections and allocations read from <c>/metrics</c>.</summary>
    public async Task<ServerSample> SampleAsync()
    {
        _process.Refresh();
        var cpu = _process.TotalProcessorTime;
        var system = _process.PrivilegedProcessorTime;
        using var client = new HttpClient { BaseAddress = Address };
        var (collections, allocated) = ServerSample.ParseMetrics(await client.GetStringAsync(new Uri("/metrics", UriKind.Relative)).ConfigureAwait(false));
        return new ServerSample(cpu, system, collections, allocated);
    }

    /// <summary>Starts the server with extra <c>--key=value</c> settings and waits for readiness.</summary>
    public static async Task<ServerProcess> StartAsync(string repository, IEnumerable<string> settings)
    {
        var port = FreePort();
        var grpcPort = FreePort();
        while (grpcPort == port)
        {
            grpcPort = FreePort();
        }

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "MlPlatform.Inference.Api.dll"), "--urls", $"http://127.0.0.1:{port}", $"--Inference:Grpc:Url=http://127.0.0.1:{grpcPort}", "--repository", repository, "--Logging:LogLevel:Default=Warning" }.Concat(settings))
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the runtime");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine(e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerProcess(process, new Uri($"http://127.0.0.1:{port}"), new Uri($"http://127.0.0.1:{grpcPort}"));
        using var client = new HttpClient { BaseAddress = server.Address };
        for (var i = 0; i < 600; i++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the runtime exited with {process.ExitCode}");
            }

            try
            {
                using var ready = await client.GetAsync(new Uri("/v2/health/ready", UriKind.Relative)).ConfigureAwait(false);
                if (ready.IsSuccessStatusCode)
                {
                    return server;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100).ConfigureAwait(false);
        }

        await server.DisposeAsync().ConfigureAwait(false);
        throw new TimeoutException("the runtime did not become ready in 60 s");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill!.WaitForExitAsync().ConfigureAwait(false);
            }

            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            try
            {
                await _process.WaitForExitAsync(cts.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MlPlatform.Inference.Api.Tests.Support;

/// <summary>The built API as a real child process on a free loopback port; killed (by its id) on dispose if still running.</summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ApiProcess(Process process, Uri address, Uri grpcAddress)
    {
        _process = process;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        GrpcAddress = grpcAddress;
    }

    /// <summary>The gRPC (h2c) address.</summary>
    public Uri GrpcAddress { get; }

    /// <summary>A client for the server.</summary>
    public HttpClient Client { get; }

    /// <summary>What the server printed so far (for failure messages).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the server over <paramref name="repository"/> and waits until it is ready.</summary>
    public static async Task<ApiProcess> StartAsync(string repository, IReadOnlyDictionary<string, string> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var port = FreePort();
        var grpcPort = FreePort();
        while (grpcPort == port)
        {
            grpcPort = FreePort();
        }
        var dll = Path.Combine(AppContext.BaseDirectory, "MlPlatform.Inference.Api.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var arg in new[] { dll, "--urls", $"http://127.0.0.1:{port}", $"--Inference:Grpc:Url=http://127.0.0.1:{grpcPort}", "--repository", repository, "--Service:JsonLogs=false" })
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        start.Environment.Remove("MLPLATFORM_MODEL_REPOSITORY");
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the API");
        var api = new ApiProcess(process, new Uri($"http://127.0.0.1:{port}"), new Uri($"http://127.0.0.1:{grpcPort}"));
        process.OutputDataReceived += (_, e) => api.Append(e.Data);
        process.ErrorDataReceived += (_, e) => api.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the API exited with {process.ExitCode}: {api.Output}");
            }

            try
            {
                using var ready = await api.Client.GetAsync(new Uri("/v2/health/ready", UriKind.Relative));
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    return api;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        await api.DisposeAsync();
        throw new TimeoutException($"the API did not become ready: {api.Output}");
    }

    /// <summary>Sends SIGTERM, as an orchestrator does on shutdown.</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        kill.WaitForExit();
    }

    /// <summary>Waits for the process to exit and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        return _process.ExitCode;
    }

    /// <summary>Reads one metric sample's value from <c>/metrics</c>, or null.</summary>
    public async Task<double?> MetricAsync(string sample)
    {
        var text = await Client.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        var line = text.Split('\n').FirstOrDefault(l => l.StartsWith(sample + " ", StringComparison.Ordinal));
        return line is null ? null : double.Parse(line[(sample.Length + 1)..], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace MlPlatform.Scheduler.Api.Tests;

/// <summary>Real scheduler processes (the built service under <c>dotnet</c>) on loopback ports; killed with their trees on dispose.</summary>
public sealed class SchedulerProcesses : IDisposable
{
    private readonly List<Process> _started = [];

    public void Dispose()
    {
        foreach (var process in _started.Where(p => !p.HasExited))
        {
            process.Kill(entireProcessTree: true);
        }

        foreach (var process in _started)
        {
            process.Dispose();
        }
    }

    /// <summary>Starts the service with <paramref name="args"/>; output is drained and dropped.</summary>
    public Process Start(IEnumerable<string> args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "MlPlatform.Scheduler.Api.dll");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = AppContext.BaseDirectory, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _started.Add(process);
        return process;
    }

    /// <summary>Waits up to 60 s for <c>/readyz</c> to answer 200.</summary>
    public static async Task WaitReady(HttpClient client)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if ((await client.GetAsync("/readyz")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("the scheduler did not become ready within 60 s");
    }

    /// <summary>A free loopback port.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

using MlPlatform.Inference.Tests.Support;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MlPlatform.Inference.Api.Tests.Support;

/// <summary>The API in-process on a test server, over a given repository and settings.</summary>
public class InferenceApiFactory : WebApplicationFactory<Program>
{
    private readonly string _repository;
    private readonly IReadOnlyDictionary<string, string?> _settings;

    /// <summary>Serves <paramref name="repository"/> with extra configuration.</summary>
    public InferenceApiFactory(string repository, IReadOnlyDictionary<string, string?>? settings = null)
    {
        _repository = repository;
        _settings = settings ?? new Dictionary<string, string?>();
    }

    /// <summary>A client after <c>/v2/health/ready</c> answered 200.</summary>
    public async Task<HttpClient> ReadyClientAsync()
    {
        var client = CreateClient();
        for (var i = 0; i < 300; i++)
        {
            using var response = await client.GetAsync(new Uri("/v2/health/ready", UriKind.Relative));
            if (response.IsSuccessStatusCode)
            {
                return client;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"not ready: {await client.GetStringAsync(new Uri("/readyz", UriKind.Relative))}");
    }

    /// <inheritdoc/>
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("Inference:Repository:Path", _repository);
        builder.UseSetting("Service:JsonLogs", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}

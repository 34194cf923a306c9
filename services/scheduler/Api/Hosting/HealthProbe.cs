namespace MlPlatform.Scheduler.Api.Hosting;

/// <summary>
/// <c>dotnet MlPlatform.Scheduler.Api.dll probe [url]</c>: exits 0 when <c>/healthz</c> answers 200. The container
/// HEALTHCHECK uses it because the runtime image has no curl.
/// </summary>
internal static class HealthProbe
{
    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == "probe";

    public static async Task<int> RunAsync(string[] args)
    {
        var url = args.Length > 1 ? args[1] : "http://127.0.0.1:8080/healthz";
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        try
        {
            using var response = await client.GetAsync(new Uri(url)).ConfigureAwait(false);
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (HttpRequestException)
        {
            return 1;
        }
        catch (TaskCanceledException)
        {
            return 1;
        }
    }
}

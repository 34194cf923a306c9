using MlPlatform.Scheduler.Api.Endpoints;
using MlPlatform.Scheduler.Api.Hosting;
using MlPlatform.ServiceDefaults;

if (HealthProbe.IsRequested(args))
{
    return await HealthProbe.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
if ((StartupCheck.PriceTableProblems(builder.Configuration) is { Count: > 0 } priceProblems ? priceProblems : StartupCheck.ConfigurationProblems(builder.Configuration)) is { Count: > 0 } problems)
{
    foreach (var problem in problems)
    {
        await Console.Error.WriteLineAsync($"error: {problem}");
    }

    return 2;
}

builder.AddServiceDefaults();
builder.AddScheduler();

var app = builder.Build();
app.UseExceptionHandler();
// An unknown path or a wrong method answers with a problem document like every other error.
app.UseStatusCodePages();
app.MapDefaultEndpoints(detailedReadiness: true);
app.UseAuthentication();
app.UseAuthorization();
app.MapJobsApi();
app.MapQueuesApi();
app.MapTeamsApi();
await app.RunAsync();
return 0;

/// <summary>The entry point (public for WebApplicationFactory).</summary>
public partial class Program;

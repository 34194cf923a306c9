using System.Data.Common;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MlPlatform.Scheduler.Core;
using MlPlatform.Scheduler.Storage;

namespace MlPlatform.Scheduler.Api.Tests;

/// <summary>Every error the API answers is a problem document; a store that is down is a 503 a client can retry.</summary>
public sealed class ProblemDocumentTests : IDisposable
{
    private readonly SchedulerApiFactory _factory = new();
    private readonly FailingStore _store = new();
    private readonly string _directory = Directory.CreateTempSubdirectory("sched-problem-").FullName;

    public ProblemDocumentTests()
    {
        _factory.Settings["Scheduler:CycleInterval"] = "00:10:00";
    }

    public void Dispose()
    {
        _factory.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task AMissingTokenIsA401ProblemWithTheBearerChallenge()
    {
        using var client = Factory().CreateClient();

        using var response = await client.GetAsync(new Uri("/v1/jobs", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
        var problem = await response.Json();
        Assert.Equal(401, problem.GetProperty("status").GetInt32());
        Assert.Contains("Authorization: Bearer", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "/v1/no-such-thing", 404)]
    [InlineData("DELETE", "/v1/queues", 405)]
    public async Task AnUnknownPathOrWrongMethodIsAProblemDocument(string method, string path, int status)
    {
        using var client = Factory().CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SchedulerApiFactory.VisionToken);

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative)));

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(status, (await response.Json()).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task AnUnknownTokenIsA401ProblemSayingSo()
    {
        using var client = Factory().CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");

        using var response = await client.GetAsync(new Uri("/v1/jobs", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.StartsWith("unknown token", (await response.Json()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStoreThatIsDownIsA503WithRetryAfter()
    {
        using var client = Authorized();
        _store.Failure = () => new StoreDownException("connection refused");

        using var response = await client.GetAsync(new Uri("/v1/jobs", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Json();
        Assert.Equal("Job store unavailable", problem.GetProperty("title").GetString());
        Assert.True(problem.TryGetProperty("traceId", out _));
    }

    [Fact]
    public async Task ADefectIsA500ProblemWithoutAStackTrace()
    {
        using var client = Authorized();
        _store.Failure = () => new InvalidOperationException("a bug with secrets in its message");

        using var response = await client.GetAsync(new Uri("/v1/jobs", UriKind.Relative));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"title\":\"Internal error\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("secrets", body, StringComparison.Ordinal);
    }

    private HttpClient Authorized()
    {
        var client = Factory().CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SchedulerApiFactory.VisionToken);
        return client;
    }

    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> Factory() =>
        _factory.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.AddSingleton<IJobStore>(sp =>
            {
                _store.Inner = new SqliteJobStore(Path.Combine(_directory, $"{Guid.NewGuid():N}.db"));
                return _store;
            })));

    private sealed class StoreDownException(string message) : DbException(message);

    /// <summary>The real SQLite store, failing on reads when told to.</summary>
    private sealed class FailingStore : IJobStore
    {
        public SqliteJobStore Inner { get; set; } = null!;

        public Func<Exception>? Failure { get; set; }

        public Task InitializeAsync(CancellationToken cancellationToken) => Inner.InitializeAsync(cancellationToken);

        public Task<SubmitResult> SubmitAsync(Job job, CancellationToken cancellationToken) => Inner.SubmitAsync(job, cancellationToken);

        public Task<Job?> FindByClientKeyAsync(string team, string clientKey, CancellationToken cancellationToken) => Inner.FindByClientKeyAsync(team, clientKey, cancellationToken);

        public Task<Job?> GetAsync(string id, CancellationToken cancellationToken) => Failure is { } f ? throw f() : Inner.GetAsync(id, cancellationToken);

        public Task<IReadOnlyList<Job>> ListAsync(JobQuery query, CancellationToken cancellationToken) => Failure is { } f ? throw f() : Inner.ListAsync(query, cancellationToken);

        public Task<IReadOnlyList<Job>> ListActiveAsync(CancellationToken cancellationToken) => Inner.ListActiveAsync(cancellationToken);

        public Task<IReadOnlyList<Job>> ListSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) => Inner.ListSinceAsync(since, cancellationToken);

        public Task<IReadOnlyDictionary<string, decimal>> SettledCostSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) => Inner.SettledCostSinceAsync(since, cancellationToken);

        public Task<IReadOnlyList<Job>> ListRunningAsync(CancellationToken cancellationToken) => Inner.ListRunningAsync(cancellationToken);

        public Task<Job?> TryUpdateAsync(Job job, CancellationToken cancellationToken) => Inner.TryUpdateAsync(job, cancellationToken);

        public Task<bool> PingAsync(CancellationToken cancellationToken) => Inner.PingAsync(cancellationToken);
    }
}

using ProblemDetails = Microsoft.AspNetCore.Mvc.ProblemDetails;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using MlPlatform.Scheduler.Api.Hosting;
using MlPlatform.Scheduler.Api.Security;
using MlPlatform.Scheduler.Core;

namespace MlPlatform.Scheduler.Api.Endpoints;

/// <summary><c>/v1/jobs</c>: submit one or a batch (idempotent by client key), get, list with filters, cancel.</summary>
internal static class JobsApi
{
    public const string IdempotencyHeader = "Idempotency-Key";

    /// <summary>Jobs in one batch at most (a sweep of a thousand trials is one request).</summary>
    public const int MaxBatchJobs = 1000;

    public static IEndpointRouteBuilder MapJobsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/v1/jobs").RequireAuthorization().WithTags("jobs");
        group.MapPost("/", SubmitAsync);
        group.MapPost("/batch", BatchSubmitAsync);
        group.MapGet("/{id}", GetAsync);
        group.MapGet("/", ListAsync);
        group.MapPost("/{id}/cancel", CancelAsync);
        return routes;
    }

    public static async Task<Results<Created<JobResponse>, Ok<JobResponse>, ValidationProblem, ProblemHttpResult>> SubmitAsync(
        HttpRequest request,
        ClaimsPrincipal user,
        IJobStore store,
        SchedulerConfiguration configuration,
        SpendTracker spend,
        SchedulerMetrics metrics,
        TimeProvider time,
        IOptions<JsonOptions> json,
        CancellationToken cancellationToken)
    {
        var (body, unreadable) = await ReadBodyAsync<SubmitJobRequest>(request, json.Value.SerializerOptions, cancellationToken).ConfigureAwait(false);
        if (unreadable is not null)
        {
            metrics.Submitted("invalid");
            return unreadable;
        }

        if (body is null)
        {
            metrics.Submitted("invalid");
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["is required"] });
        }

        var now = time.GetUtcNow();
        var monthSpend = await spend.MonthSpendAsync(cancellationToken).ConfigureAwait(false);
        var submission = Submission.Prepare(body, Caller.From(user), request.Headers[IdempotencyHeader].FirstOrDefault(), configuration, monthSpend, now);
        if (submission.Errors is { } errors)
        {
            metrics.Submitted("invalid");
            return TypedResults.ValidationProblem(errors);
        }

        if (submission.Refusal is { } refusal)
        {
            // A repeated submit returns the first job even if admission would now refuse it. Only a refused submit
            // looks: an admitted one is inserted, and the store returns the first job on a client-key conflict — one
            // round trip instead of two on the path every submit takes.
            if (submission.ClientKey is { } key && await store.FindByClientKeyAsync(submission.Team!, key, cancellationToken).ConfigureAwait(false) is { } existing)
            {
                metrics.Submitted("replayed");
                return TypedResults.Ok(JobResponse.From(existing));
            }

            metrics.Submitted(refusal.Reason);
            return TypedResults.Problem(
                statusCode: refusal.Status,
                title: refusal.Status == StatusCodes.Status409Conflict ? "Over quota" : "Cannot be admitted",
                detail: refusal.Message,
                extensions: new Dictionary<string, object?> { ["reason"] = refusal.Reason });
        }

        var result = await store.SubmitAsync(submission.Job!, cancellationToken).ConfigureAwait(false);
        metrics.Submitted(result.Created ? "created" : "replayed");
        var response = JobResponse.From(result.Job);
        return result.Created ? TypedResults.Created($"/v1/jobs/{result.Job.Id}", response) : TypedResults.Ok(response);
    }

    /// <summary>
    /// Submits many jobs in one request, each checked and admitted exactly as <see cref="SubmitAsync"/> does, the valid
    /// ones stored together (one transaction on PostgreSQL's group commit) and acknowledged only after that commit. One
    /// bad job does not fail the others: each has its own result at its index.
    /// </summary>
    public static async Task<Results<Ok<BatchSubmitResponse>, ValidationProblem>> BatchSubmitAsync(
        HttpRequest request,
        ClaimsPrincipal user,
        IJobStore store,
        SchedulerConfiguration configuration,
        SpendTracker spend,
        SchedulerMetrics metrics,
        TimeProvider time,
        IOptions<JsonOptions> json,
        CancellationToken cancellationToken)
    {
        var (body, unreadable) = await ReadBodyAsync<BatchSubmitRequest>(request, json.Value.SerializerOptions, cancellationToken).ConfigureAwait(false);
        if (unreadable is not null)
        {
            return unreadable;
        }

        if (body?.Jobs is not { Count: > 0 } jobs)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["jobs"] = ["is required: a list of 1 to " + MaxBatchJobs + " jobs"] });
        }

        if (jobs.Count > MaxBatchJobs)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["jobs"] = [$"has {jobs.Count} jobs; at most {MaxBatchJobs} per batch"] });
        }

        var now = time.GetUtcNow();
        var caller = Caller.From(user);
        var monthSpend = await spend.MonthSpendAsync(cancellationToken).ConfigureAwait(false);
        var results = new BatchSubmitResult[jobs.Count];
        var stores = new List<(int Index, Task<SubmitResult> Submit)>();
        for (var i = 0; i < jobs.Count; i++)
        {
            if (jobs[i] is not { } item)
            {
                metrics.Submitted("invalid");
                results[i] = new BatchSubmitResult(i, StatusCodes.Status400BadRequest, Errors: new Dictionary<string, string[]> { ["body"] = ["is required"] });
                continue;
            }

            // An Idempotency-Key header names one job, so a batch's jobs carry their own clientKey.
            var submission = Submission.Prepare(item, caller, null, configuration, monthSpend, now);
            if (submission.Errors is { } errors)
            {
                metrics.Submitted("invalid");
                results[i] = new BatchSubmitResult(i, StatusCodes.Status400BadRequest, Errors: errors);
            }
            else if (submission.Refusal is { } refusal)
            {
                if (submission.ClientKey is { } key && await store.FindByClientKeyAsync(submission.Team!, key, cancellationToken).ConfigureAwait(false) is { } existing)
                {
                    metrics.Submitted("replayed");
                    results[i] = new BatchSubmitResult(i, StatusCodes.Status200OK, JobResponse.From(existing));
                }
                else
                {
                    metrics.Submitted(refusal.Reason);
                    results[i] = new BatchSubmitResult(i, refusal.Status, Reason: refusal.Reason, Detail: refusal.Message);
                }
            }
            else
            {
                stores.Add((i, store.SubmitAsync(submission.Job!, cancellationToken)));
            }
        }

        var created = 0;
        foreach (var (index, submit) in stores)
        {
            var result = await submit.ConfigureAwait(false);
            metrics.Submitted(result.Created ? "created" : "replayed");
            created += result.Created ? 1 : 0;
            results[index] = new BatchSubmitResult(index, result.Created ? StatusCodes.Status201Created : StatusCodes.Status200OK, JobResponse.From(result.Job));
        }

        return TypedResults.Ok(new BatchSubmitResponse(created, results));
    }

    public static async Task<Results<Ok<JobResponse>, NotFound<ProblemDetails>>> GetAsync(string id, ClaimsPrincipal user, IJobStore store, CancellationToken cancellationToken)
    {
        var job = await store.GetAsync(id, cancellationToken).ConfigureAwait(false);
        return job is not null && Caller.From(user).CanAccess(job.Spec.Team)
            ? TypedResults.Ok(JobResponse.From(job))
            : TypedResults.NotFound(NotFoundProblem(id));
    }

    public static async Task<Results<Ok<JobResponse[]>, ValidationProblem>> ListAsync(
        ClaimsPrincipal user,
        IJobStore store,
        string? team,
        string? queue,
        string? state,
        int? limit,
        string? cursor,
        HttpResponse response,
        CancellationToken cancellationToken)
    {
        var caller = Caller.From(user);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!caller.IsAdmin && team is not null && team != caller.Team)
        {
            errors["team"] = [$"a team token may only list its own team '{caller.Team}'"];
        }

        JobState? parsedState = null;
        if (state is not null)
        {
            if (Enum.TryParse<JobState>(state, ignoreCase: true, out var s) && !int.TryParse(state, out _))
            {
                parsedState = s;
            }
            else
            {
                errors["state"] = [$"must be one of {string.Join(", ", Enum.GetNames<JobState>())}"];
            }
        }

        if (limit is < 1 or > 1000)
        {
            errors["limit"] = ["must be between 1 and 1000"];
        }

        JobCursor? after = null;
        if (cursor is not null && (after = JobCursor.TryDecode(cursor)) is null)
        {
            errors["cursor"] = ["is not a cursor this API returned (take it from the Link or X-Next-Cursor header of the previous page)"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var pageSize = limit ?? 100;
        var jobs = await store.ListAsync(new JobQuery(caller.IsAdmin ? team : caller.Team, queue, parsedState, pageSize, after), cancellationToken).ConfigureAwait(false);
        if (jobs.Count == pageSize)
        {
            // A full page may have a next one: its cursor in the headers keeps the body a plain array.
            var next = JobCursor.After(jobs[^1]).Encode();
            var query = QueryString.Create([
                .. new[] { ("team", team), ("queue", queue), ("state", state), ("limit", pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("cursor", next) }
                    .Where(p => p.Item2 is not null)
                    .Select(p => new KeyValuePair<string, string?>(p.Item1, p.Item2)),
            ]);
            response.Headers["X-Next-Cursor"] = next;
            response.Headers.Link = $"</v1/jobs{query}>; rel=\"next\"";
        }

        return TypedResults.Ok(jobs.Select(JobResponse.From).ToArray());
    }

    public static async Task<Results<Ok<JobResponse>, NotFound<ProblemDetails>, ProblemHttpResult>> CancelAsync(
        string id, ClaimsPrincipal user, IJobStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = Caller.From(user);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var job = await store.GetAsync(id, cancellationToken).ConfigureAwait(false);
            if (job is null || !caller.CanAccess(job.Spec.Team))
            {
                return TypedResults.NotFound(NotFoundProblem(id));
            }

            if (!JobTransitions.CanCancel(job))
            {
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status409Conflict,
                    title: "Job already finished",
                    detail: $"job {id} is {job.State} and cannot be cancelled",
                    extensions: new Dictionary<string, object?> { ["reason"] = "already-final", ["state"] = job.State.ToString() });
            }

            var cancelled = await store.TryUpdateAsync(JobTransitions.Cancelled(job, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
            if (cancelled is not null)
            {
                return TypedResults.Ok(JobResponse.From(cancelled));
            }

            // The scheduler changed the job meanwhile: read it again.
        }

        return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Concurrent update", detail: $"job {id} kept changing; retry", extensions: new Dictionary<string, object?> { ["reason"] = "concurrent-update" });
    }

    private static ProblemDetails NotFoundProblem(string id) =>
        new() { Status = StatusCodes.Status404NotFound, Title = "Job not found", Detail = $"no job '{id}' visible to this token" };

    // A body that is not JSON of the request's type is a 400 naming the field the reader stopped at.
    private static async Task<(T? Body, ValidationProblem? Problem)> ReadBodyAsync<T>(HttpRequest request, JsonSerializerOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return (await request.ReadFromJsonAsync<T>(options, cancellationToken).ConfigureAwait(false), null);
        }
        catch (JsonException e)
        {
            var field = UnmappedProperty(e.Message) ?? FieldOf(e.Path);
            var problem = UnmappedProperty(e.Message) is null ? $"is not valid JSON of the expected type ({e.Message.Split('.')[0]})" : "is not a known field";
            return (default, TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [problem] }));
        }
        catch (InvalidOperationException)
        {
            return (default, TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["must be a JSON object with Content-Type application/json"] }));
        }
    }

    private static string? UnmappedProperty(string message)
    {
        // "The JSON property 'gpuCount' could not be mapped to any .NET member …"
        const string prefix = "The JSON property '";
        var start = message.IndexOf(prefix, StringComparison.Ordinal);
        if (start < 0 || !message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            return null;
        }

        var end = message.IndexOf('\'', start + prefix.Length);
        return end > start ? message[(start + prefix.Length)..end] : null;
    }

    private static string FieldOf(string? path)
    {
        // "$.gpus" or "$.command[2]" → "gpus" / "command".
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return "body";
        }

        var field = path.TrimStart('$', '.');
        var bracket = field.IndexOf('[', StringComparison.Ordinal);
        return bracket > 0 ? field[..bracket] : field;
    }
}

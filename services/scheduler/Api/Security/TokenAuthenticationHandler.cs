using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using MlPlatform.Scheduler.Configuration;

namespace MlPlatform.Scheduler.Api.Security;

/// <summary>
/// <c>Authorization: Bearer &lt;token&gt;</c>: the admin token or one team's token. A team token yields the team claim; the
/// admin token the admin role. Tokens are compared in constant time.
/// </summary>
internal sealed class TokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptions<SchedulerOptions> scheduler)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(header))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.Fail("the Authorization header must be 'Bearer <token>'"));
        }

        var token = header["Bearer ".Length..].Trim();
        var settings = scheduler.Value;
        if (Matches(token, settings.AdminToken))
        {
            return Task.FromResult(Success(Caller.AdminRole, null));
        }

        foreach (var team in settings.Teams)
        {
            if (Matches(token, team.Token))
            {
                return Task.FromResult(Success(Caller.TeamRole, team.Name));
            }
        }

        return Task.FromResult(AuthenticateResult.Fail("unknown token"));
    }

    // 401 and 403 are problem documents like every other error the API answers.
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var failure = (await HandleAuthenticateOnceSafeAsync().ConfigureAwait(false)).Failure?.Message;
        Response.Headers.WWWAuthenticate = "Bearer";
        await Problem(StatusCodes.Status401Unauthorized, "Unauthorized", failure is null
            ? "send Authorization: Bearer <token> (a team token or the admin token)"
            : $"{failure}; send Authorization: Bearer <token> (a team token or the admin token)").ConfigureAwait(false);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Problem(StatusCodes.Status403Forbidden, "Forbidden", "this token may not do that");

    private Task Problem(int status, string title, string detail)
    {
        Response.StatusCode = status;
        return TypedResults.Problem(detail: detail, statusCode: status, title: title).ExecuteAsync(Context);
    }

    private static AuthenticateResult Success(string role, string? team)
    {
        var claims = new List<Claim> { new(ClaimTypes.Role, role) };
        if (team is not null)
        {
            claims.Add(new Claim(Caller.TeamClaim, team));
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    private static bool Matches(string presented, string? expected) =>
        expected is not null && CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)),
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}

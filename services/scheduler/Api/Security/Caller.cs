using System.Security.Claims;

namespace MlPlatform.Scheduler.Api.Security;

/// <summary>Who is calling: the admin, or a team that may see and change only its own jobs.</summary>
internal sealed record Caller(bool IsAdmin, string? Team)
{
    public const string AdminRole = "admin";
    public const string TeamRole = "team";
    public const string TeamClaim = "mlplatform/team";

    public static Caller From(ClaimsPrincipal user) =>
        new(user.IsInRole(AdminRole), user.FindFirst(TeamClaim)?.Value);

    /// <summary>Whether the caller may see or change jobs of <paramref name="team"/>.</summary>
    public bool CanAccess(string team) => IsAdmin || string.Equals(Team, team, StringComparison.Ordinal);
}

namespace MlPlatform.Policies;

/// <summary>What a violation of a rule does.</summary>
public enum EnforcementLevel
{
    /// <summary>Reported; the run and the check go on.</summary>
    Advisory,

    /// <summary>Reported and fails <c>pulumi preview</c>/<c>up</c>, the plan and the pull-request check.</summary>
    Mandatory,

    /// <summary>Not evaluated.</summary>
    Disabled,
}

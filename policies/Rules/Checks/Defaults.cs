namespace MlPlatform.Policies;

/// <summary>Default enforcement patterns shared by rules.</summary>
internal static class Defaults
{
    public static EnforcementLevel MandatoryInProductionElseAdvisory(PolicyContext context) =>
        context.IsProduction ? EnforcementLevel.Mandatory : EnforcementLevel.Advisory;

    public static EnforcementLevel MandatoryInProductionElseDisabled(PolicyContext context) =>
        context.IsProduction ? EnforcementLevel.Mandatory : EnforcementLevel.Disabled;
}

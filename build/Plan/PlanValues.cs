namespace MlPlatform.Plan;

/// <summary>How a plan writes values it cannot show, as the Pulumi CLI does.</summary>
public static class PlanValues
{
    /// <summary>The engine's marker for a value computed only when the resource is created.</summary>
    public const string Unknown = MlPlatform.Stacks.Previews.PropertyValues.UnknownString;

    /// <summary>How secret values are shown.</summary>
    public const string Secret = "[secret]";
}

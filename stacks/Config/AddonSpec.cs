namespace MlPlatform.Stacks.Config;

/// <summary>One cluster add-on's settings under <c>mlplatform:addons</c>.</summary>
/// <param name="Enabled">True installs it, false never does (the cluster provides it); null installs it when the stack needs it.</param>
/// <param name="Version">Chart version; null installs the version the platform pins.</param>
public sealed record AddonSpec(bool? Enabled, string? Version)
{
    public static AddonSpec Auto { get; } = new(null, null);
}

using System.Collections.Immutable;
using MlPlatform.CostModel;
using MlPlatform.Infra.Aws;
using MlPlatform.Infra.Azure;
using MlPlatform.Stacks.Config;
using MlPlatform.Stacks.Config.Rules;

namespace MlPlatform.Infra;

/// <summary>
/// The one entry point to a stack's configuration, for <c>pulumi preview</c>/<c>up</c> (<see cref="PlatformLoader"/>)
/// and <c>./build.sh plan</c> alike: bind, then the cloud-neutral rules and the AWS and Azure rules (which use the
/// components' own logic), and one <see cref="StackConfigException"/> listing every problem with its full
/// <c>mlplatform:</c> key path. <see cref="StackConfigReader.Read"/> runs the cloud-neutral part only.
/// </summary>
public static class PlatformConfigPipeline
{
    /// <summary>Every rule the platform checks a stack against, one per concept.</summary>
    public static ImmutableArray<IConfigRule> Rules { get; } = [.. StackConfigValidator.CloudNeutralRules, new AwsConfigRules(), new AzureConfigRules()];

    /// <summary>The validator with <see cref="Rules"/>.</summary>
    public static StackConfigValidator Validator { get; } = new(Rules);

    /// <summary>Binds and checks <paramref name="values"/> (top-level key without namespace → raw config value).</summary>
    /// <exception cref="StackConfigException">Any problem; the exception lists all of them.</exception>
    public static PlatformConfig Read(IReadOnlyDictionary<string, string> values, string stackName, PriceCatalog prices) =>
        Validator.Read(values, stackName, prices);
}

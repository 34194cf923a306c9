using System.Collections.Immutable;
using MlPlatform.CostModel;

namespace MlPlatform.Policies;

/// <summary>
/// Capacity declared inside a CloudFormation stack (<c>aws:cloudformation/stack:Stack</c>): pulumi-eks's
/// <c>NodeGroup</c> (v1) creates its Auto Scaling group this way, with the launch configuration as a Pulumi resource
/// the template names. Auto Scaling groups, EKS node groups and EC2 instances in the template are read; anything else
/// that buys instances (spot fleets, EC2 fleets, dedicated hosts), an unknown or remote template, and sizes or types
/// that depend on something the document does not hold are unreadable.
/// </summary>
public static class CloudFormationCapacity
{
    private const string AutoScalingGroup = "AWS::AutoScaling::AutoScalingGroup";
    private const string LaunchConfiguration = "AWS::AutoScaling::LaunchConfiguration";
    private const string LaunchTemplate = "AWS::EC2::LaunchTemplate";
    private const string Instance = "AWS::EC2::Instance";
    private const string EksNodegroup = "AWS::EKS::Nodegroup";

    // Template resource types that launch instances and that this reader does not size.
    private static readonly ImmutableArray<string> UnreadCapacityTypes =
        ["AWS::EC2::SpotFleet", "AWS::EC2::EC2Fleet", "AWS::EC2::Host", "AWS::AutoScaling::WarmPool", "AWS::EMR::Cluster", "AWS::Batch::ComputeEnvironment"];

    /// <summary>The node groups the stack's template declares, and the first thing that could not be read (or null).</summary>
    public static (IReadOnlyList<ScalingGroup> Groups, string? Unreadable) Read(PolicyResource stack, PolicyContext context, Func<string, PolicyResource?>? find)
    {
        ArgumentNullException.ThrowIfNull(stack);
        ArgumentNullException.ThrowIfNull(context);
        var raw = stack.Inputs.GetValueOrDefault("templateBody");
        if (Values.IsUnknown(raw))
        {
            return ([], "templateBody is unknown");
        }

        if (raw is SecretValue { Plain: null })
        {
            return ([], "templateBody is a secret");
        }

        if (Values.AsString(raw) is not { } body)
        {
            return ([], Values.AsString(stack.Input("templateUrl")) is { } url
                ? $"the template is at templateUrl {url}, not in the document"
                : "templateBody is missing");
        }

        if (CloudFormationTemplate.TryParse(body, out var error) is not { } template)
        {
            return ([], $"templateBody {error}");
        }

        var reader = new TemplateReader(stack, template, context, Sources(stack, find));
        var groups = new List<ScalingGroup>();
        foreach (var (id, resource) in template.OfType(AutoScalingGroup))
        {
            if (reader.AutoScalingGroup(id, resource) is { } group)
            {
                groups.Add(group);
            }
        }

        foreach (var (id, resource) in template.OfType(EksNodegroup))
        {
            if (reader.Nodegroup(id, resource) is { } group)
            {
                groups.Add(group);
            }
        }

        foreach (var (id, resource) in template.OfType(Instance))
        {
            if (reader.Instance(id, resource) is { } group)
            {
                groups.Add(group);
            }
        }

        var unread = UnreadCapacityTypes.SelectMany(t => template.OfType(t).Select(r => $"{r.Key} ({t}) launches instances the gate cannot size")).FirstOrDefault();
        return (groups, reader.Problem ?? unread);
    }

    // The launch configurations and templates the template body was built from (pulumi-eks interpolates the launch
    // configuration's name, so the engine records it as a dependency of templateBody), then every other dependency.
    private static List<PolicyResource> Sources(PolicyResource stack, Func<string, PolicyResource?>? find)
    {
        var urns = (stack.PropertyDependencies?.GetValueOrDefault("templateBody") ?? [])
            .Concat(stack.PropertyDependencies?.Values.SelectMany(v => v) ?? [])
            .Distinct(StringComparer.Ordinal);
        return urns.Select(u => find?.Invoke(u)).OfType<PolicyResource>()
            .Where(r => r.Type is ResourceTypes.LaunchConfiguration or ResourceTypes.LaunchTemplate)
            .ToList();
    }

    private sealed class TemplateReader(PolicyResource stack, CloudFormationTemplate template, PolicyContext context, List<PolicyResource> sources)
    {
        private readonly object? _parameters = stack.Inputs.GetValueOrDefault("parameters");

        /// <summary>The first thing that could not be read.</summary>
        public string? Problem { get; private set; }

        public ScalingGroup? AutoScalingGroup(string id, IReadOnlyDictionary<string, object?> resource)
        {
            var properties = Values.AsMap(Values.Get(resource, "Properties"));
            var min = Size(id, properties, "MinSize");
            var max = Size(id, properties, "MaxSize");
            var overrides = (Values.AsList(Values.Get(properties, "MixedInstancesPolicy", "LaunchTemplate", "Overrides")) ?? [])
                .Select(o => Values.AsString(Resolve(Values.Get(o, "InstanceType")))).OfType<string>().ToList();
            var (types, spot) = overrides.Count > 0
                ? (overrides, false)
                : LaunchSource(properties);
            if (types.Count == 0)
            {
                Fail($"{id}: the instance type cannot be resolved (no override, and no launch configuration or template in the document with a readable instance type)");
            }

            if (min is null || max is null || types.Count == 0)
            {
                return null;
            }

            var onDemandAboveBase = Values.AsNumber(Resolve(Values.Get(properties, "MixedInstancesPolicy", "InstancesDistribution", "OnDemandPercentageAboveBaseCapacity")));
            var capacity = spot || onDemandAboveBase == 0m ? CapacityType.Spot : CapacityType.OnDemand;
            return ScalingGroupReader.Build(stack.Urn, $"{stack.Name}/{id}", capacity, [.. types], ScalingGroupReader.Nodes(min.Value), ScalingGroupReader.Nodes(max.Value), false, context);
        }

        public ScalingGroup? Nodegroup(string id, IReadOnlyDictionary<string, object?> resource)
        {
            var properties = Values.AsMap(Values.Get(resource, "Properties"));
            var scaling = Values.AsMap(Values.Get(properties, "ScalingConfig"));
            var min = Size(id, scaling, "MinSize", "ScalingConfig.");
            var max = Size(id, scaling, "MaxSize", "ScalingConfig.");
            var listed = Values.Strings(Resolve(Values.Get(properties, "InstanceTypes")));
            if (min is null || max is null)
            {
                return null;
            }

            var capacity = string.Equals(Values.AsString(Resolve(Values.Get(properties, "CapacityType"))), "SPOT", StringComparison.OrdinalIgnoreCase) ? CapacityType.Spot : CapacityType.OnDemand;
            // EKS's own default when no type (and no launch template type) is given.
            ImmutableArray<string> types = listed.Count > 0 ? [.. listed] : ["t3.medium"];
            return ScalingGroupReader.Build(stack.Urn, $"{stack.Name}/{id}", capacity, types, ScalingGroupReader.Nodes(min.Value), ScalingGroupReader.Nodes(max.Value), false, context);
        }

        public ScalingGroup? Instance(string id, IReadOnlyDictionary<string, object?> resource)
        {
            var properties = Values.AsMap(Values.Get(resource, "Properties"));
            var type = Values.AsString(Resolve(Values.Get(properties, "InstanceType")));
            if (type is null)
            {
                Fail($"{id}.InstanceType cannot be read");
                return null;
            }

            return ScalingGroupReader.Build(stack.Urn, $"{stack.Name}/{id}", CapacityType.OnDemand, [type], 1, 1, false, context);
        }

        private decimal? Size(string id, IReadOnlyDictionary<string, object?>? properties, string key, string prefix = "")
        {
            var value = Resolve(Values.Get(properties, key));
            if (Values.AsNumber(value) is { } number)
            {
                if (ScalingGroupReader.NodeCountProblem(number) is { } problem)
                {
                    Fail($"{id}.{prefix}{key} {problem}");
                    return null;
                }

                return number;
            }

            Fail(value switch
            {
                UnknownValue => $"{id}.{prefix}{key} refers to a parameter whose value is unknown",
                null => $"{id}.{prefix}{key} is missing",
                _ => $"{id}.{prefix}{key} is not a number the document fixes ({Describe(value)})",
            });
            return null;
        }

        private (List<string> Types, bool Spot) LaunchSource(IReadOnlyDictionary<string, object?>? properties)
        {
            var configuration = Resolve(Values.Get(properties, "LaunchConfigurationName"));
            if (configuration is not null)
            {
                if (CloudFormationTemplate.RefTarget(configuration) is { } logical
                    && template.Resources.TryGetValue(logical, out var inline) && Values.AsString(Values.Get(inline, "Type")) == LaunchConfiguration)
                {
                    var props = Values.Get(inline, "Properties");
                    return Types(Values.AsString(Resolve(Values.Get(props, "InstanceType"))), Values.AsString(Resolve(Values.Get(props, "SpotPrice"))) is { Length: > 0 });
                }

                var named = Values.AsString(configuration);
                var candidates = sources.Where(s => s.Type == ResourceTypes.LaunchConfiguration).ToList();
                var match = candidates.FirstOrDefault(s => named is not null && (Values.AsString(s.InputOrOutput("name")) == named || Values.AsString(s.Outputs.GetValueOrDefault("id")) == named))
                    ?? (candidates.Count == 1 ? candidates[0] : null);
                return match is null
                    ? ([], false)
                    : Types(Values.AsString(match.Input("instanceType")), Values.AsString(match.Input("spotPrice")) is { Length: > 0 });
            }

            var specification = Values.Get(properties, "LaunchTemplate") ?? Values.Get(properties, "MixedInstancesPolicy", "LaunchTemplate", "LaunchTemplateSpecification");
            if (specification is null)
            {
                return ([], false);
            }

            var id = Resolve(Values.Get(specification, "LaunchTemplateId"));
            var name = Resolve(Values.Get(specification, "LaunchTemplateName"));
            if ((CloudFormationTemplate.RefTarget(id) ?? CloudFormationTemplate.RefTarget(name)) is { } inlineId
                && template.Resources.TryGetValue(inlineId, out var inlineTemplate) && Values.AsString(Values.Get(inlineTemplate, "Type")) == LaunchTemplate)
            {
                var data = Values.Get(inlineTemplate, "Properties", "LaunchTemplateData");
                return Types(Values.AsString(Resolve(Values.Get(data, "InstanceType"))), string.Equals(Values.AsString(Values.Get(data, "InstanceMarketOptions", "MarketType")), "spot", StringComparison.OrdinalIgnoreCase));
            }

            var templates = sources.Where(s => s.Type == ResourceTypes.LaunchTemplate).ToList();
            var wanted = Values.AsString(id) ?? Values.AsString(name);
            var found = templates.FirstOrDefault(s => wanted is not null && (Values.AsString(s.InputOrOutput("name")) == wanted || Values.AsString(s.Outputs.GetValueOrDefault("id")) == wanted))
                ?? (templates.Count == 1 ? templates[0] : null);
            return found is null
                ? ([], false)
                : Types(Values.AsString(found.Input("instanceType")), string.Equals(Values.AsString(found.Input("instanceMarketOptions", "marketType")), "spot", StringComparison.OrdinalIgnoreCase));
        }

        private static (List<string> Types, bool Spot) Types(string? type, bool spot) => type is null ? ([], false) : ([type], spot);

        private object? Resolve(object? value) =>
            CloudFormationTemplate.RefTarget(value) is { } name && template.Parameters.ContainsKey(name) && (Values.IsUnknown(_parameters) || _parameters is SecretValue { Plain: null })
                ? UnknownValue.Instance
                : template.Resolve(value, Values.AsMap(_parameters));

        private void Fail(string why) => Problem ??= why;

        private static string Describe(object? value) =>
            Values.AsMap(value) is { Count: 1 } map ? $"{map.Keys.First()}" : Values.AsString(value) ?? "not a scalar";
    }
}

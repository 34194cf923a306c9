using MlPlatform.Components;
using MlPlatform.Policies;
using Pulumi;
using Pulumi.Aws.Budgets;
using Pulumi.Aws.Budgets.Inputs;
using Pulumi.Aws.Ec2;
using Pulumi.Aws.Ec2.Inputs;
using Pulumi.Aws.Eks;
using Pulumi.Aws.Eks.Inputs;
using Pulumi.Aws.Sns;

namespace MlPlatform.Infra.Policy.Tests;

public class PolicyHookTests
{
    private static NodeGroup GpuGroup(string name, string capacity, int max, Input<string>? launchTemplateVersion = null) =>
        new(name, new NodeGroupArgs
        {
            ClusterName = "mlp-dev",
            NodeRoleArn = "arn:aws:iam::123456789012:role/nodes",
            SubnetIds = { "subnet-1", "subnet-2" },
            CapacityType = capacity,
            InstanceTypes = { "g6.xlarge", "g6.2xlarge", "g6.4xlarge" },
            ScalingConfig = new NodeGroupScalingConfigArgs { MinSize = 0, MaxSize = max, DesiredSize = 0 },
            Labels = { { GpuNodeLabels.Pool, "l4" } },
            LaunchTemplate = new NodeGroupLaunchTemplateArgs { Id = "lt-123", Version = launchTemplateVersion ?? "1" },
        });

    // Alerts go to a topic created in the same run, so in a preview each notification's subscriber list is unknown.
    private static Budget EnvironmentBudget(string limit, params string[] notificationTypes)
    {
        var topic = new Topic("budget-alerts");
        return new("env-budget", new BudgetArgs
        {
            BudgetType = "COST",
            TimeUnit = "MONTHLY",
            LimitAmount = limit,
            LimitUnit = "USD",
            Notifications = [.. (notificationTypes.Length == 0 ? ["ACTUAL", "FORECASTED"] : notificationTypes).Select(type => new BudgetNotificationArgs
            {
                ComparisonOperator = "GREATER_THAN",
                NotificationType = type,
                Threshold = 100,
                ThresholdType = "PERCENTAGE",
                SubscriberSnsTopicArns = { topic.Arn },
            })],
        });
    }

    [Fact]
    public async Task CompliantStackPassesAndReportsItsCost()
    {
        var hook = new PolicyHook(StackRunner.Dev());

        await StackRunner.RunAsync(hook, () =>
        {
            GpuGroup("l4-spot", "SPOT", 4);
            GpuGroup("l4-ondemand", "ON_DEMAND", 4);
            EnvironmentBudget("4000");
        });

        var report = await hook.Completion;
        Assert.False(report.After.HasMandatoryViolations, string.Join("\n", report.After.Violations));
        var pool = Assert.Single(report.After.Costs.Pools);
        Assert.Equal("l4", pool.Name);
        Assert.Equal(4, pool.MaxGpus);
        Assert.Equal("urn:pulumi:dev::mlplatform::aws:eks/nodeGroup:NodeGroup::l4-spot", pool.Urn);
        Assert.True(report.After.Costs.Total.MaxUsdPerMonth > 0);
    }

    [Fact]
    public async Task OverBudgetStackFailsTheRunListingEveryMandatoryViolation()
    {
        var hook = new PolicyHook(StackRunner.Dev());

        var error = await Assert.ThrowsAnyAsync<Exception>(() => StackRunner.RunAsync(hook, () =>
        {
            GpuGroup("l4-spot", "SPOT", 40);
            GpuGroup("l4-ondemand", "ON_DEMAND", 40);
            EnvironmentBudget("4000");
        }));

        Assert.Contains(RuleIds.MaxGpusPerPool, error.ToString(), StringComparison.Ordinal);
        Assert.Contains(RuleIds.StackMonthlyCap, error.ToString(), StringComparison.Ordinal);
        var report = await hook.Completion;
        var poolViolation = Assert.Single(report.After.Mandatory, v => v.RuleId == RuleIds.MaxGpusPerPool);
        Assert.Equal(("40", "8"), (poolViolation.Measured, poolViolation.Limit));
        Assert.Contains(report.After.Mandatory, v => v.RuleId == RuleIds.MaxGpusPerEnvironment);
        Assert.Contains(report.After.Mandatory, v => v.RuleId == RuleIds.PoolMonthlyCap);
    }

    [Fact]
    public async Task ArgsAreReadByWireNameWithNestedArgsListsAndUnknowns()
    {
        var hook = new PolicyHook(StackRunner.Dev());

        // The template's latest version is only known after creation: in a preview the node group's reference is unknown.
        await Assert.ThrowsAnyAsync<Exception>(() => StackRunner.RunAsync(hook, () =>
        {
            var template = new LaunchTemplate("gpu-lt", new LaunchTemplateArgs
            {
                MetadataOptions = new LaunchTemplateMetadataOptionsArgs { HttpTokens = "optional", HttpPutResponseHopLimit = 2 },
            });
            GpuGroup("l4-spot", "SPOT", 2, template.LatestVersion.Apply(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }));

        var report = await hook.Completion;
        var imds = Assert.Single(report.After.Violations, v => v.RuleId == RuleIds.Imdsv2Required);
        Assert.Equal(("urn:pulumi:dev::mlplatform::aws:ec2/launchTemplate:LaunchTemplate::gpu-lt", "httpTokens optional"), (imds.Urn, imds.Measured));
        Assert.Contains(report.After.Violations, v => v.RuleId == RuleIds.BudgetCoversEstimate && v.Measured == "no monthly cost budget");
        var group = Assert.Single(hook.Resources, r => r.Type == "aws:eks/nodeGroup:NodeGroup");
        Assert.True(Values.IsUnknown(group.Input("launchTemplate", "version")));
        Assert.Equal("lt-123", Values.AsString(group.Input("launchTemplate", "id")));
        Assert.Equal(2m, Values.AsNumber(group.Input("scalingConfig", "maxSize")));
        Assert.Equal("mlp-dev", Values.AsString(group.Input("clusterName")));
        Assert.Null(group.Input("taints"));
        var pool = Assert.Single(report.After.Costs.Pools);
        Assert.Equal(2, pool.Groups.Single().MaxNodes);
        Assert.Equal(["g6.xlarge", "g6.2xlarge", "g6.4xlarge"], pool.Groups.Single().InstanceTypes.ToArray());
    }

    [Fact]
    public async Task BudgetNotificationsAreReadWithTheUnknownTopicAtItsLeafAndAMissingForecastAlertFailsTheRun()
    {
        var hook = new PolicyHook(StackRunner.Dev());

        var error = await Assert.ThrowsAnyAsync<Exception>(() => StackRunner.RunAsync(hook, () =>
        {
            GpuGroup("l4-spot", "SPOT", 2);
            GpuGroup("l4-ondemand", "ON_DEMAND", 2);
            EnvironmentBudget("4000", "ACTUAL");
        }));

        Assert.Contains(RuleIds.BudgetAlerts, error.ToString(), StringComparison.Ordinal);
        var report = await hook.Completion;
        var violation = Assert.Single(report.After.Mandatory);
        Assert.Equal((RuleIds.BudgetAlerts, "ACTUAL 100%", "a FORECASTED notification"), (violation.RuleId, violation.Measured, violation.Limit));
        var budget = Assert.Single(hook.Resources, r => r.Type == ResourceTypes.AwsBudget);
        var notification = Assert.Single(Values.AsList(budget.Input("notifications"))!);
        Assert.Equal("ACTUAL", Values.AsString(Values.Get(notification, "notificationType")));
        Assert.Equal(100m, Values.AsNumber(Values.Get(notification, "threshold")));
        Assert.True(Values.IsUnknown(Values.Get(notification, "subscriberSnsTopicArns")));
    }

    [Fact]
    public async Task PlainCredentialStackOutputIsRejected()
    {
        var hook = new PolicyHook(StackRunner.Dev());

        await Assert.ThrowsAnyAsync<Exception>(() => StackRunner.RunAsync(
            hook,
            () =>
            {
                GpuGroup("l4-spot", "SPOT", 2);
                GpuGroup("l4-ondemand", "ON_DEMAND", 2);
                EnvironmentBudget("4000");
            },
            kubeconfig: Output.Create("apiVersion: v1")));

        var report = await hook.Completion;
        var violation = Assert.Single(report.After.Mandatory);
        Assert.Equal((RuleIds.NoPlainSecretOutputs, "output 'kubeconfig' in plain text"), (violation.RuleId, violation.Measured));
    }

    [Fact]
    public async Task AStackOutputStillPendingWhenFinishRunsIsCheckedWithoutTheRunWaitingOnItself()
    {
        var hook = new PolicyHook(StackRunner.Dev());
        var kubeconfig = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);

        var run = StackRunner.RunAsync(
            hook,
            () =>
            {
                GpuGroup("l4-spot", "SPOT", 2);
                GpuGroup("l4-ondemand", "ON_DEMAND", 2);
                EnvironmentBudget("4000");
            },
            kubeconfig: Output.Create(kubeconfig.Task),
            afterProgram: () => kubeconfig.SetResult("apiVersion: v1"));

        Assert.True(await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(60))) == run, "the run did not end within 60 s: the policy evaluation waits on itself");
        await Assert.ThrowsAnyAsync<Exception>(() => run);
        var violation = Assert.Single((await hook.Completion).After.Mandatory);
        Assert.Equal((RuleIds.NoPlainSecretOutputs, "output 'kubeconfig' in plain text"), (violation.RuleId, violation.Measured));
    }
}

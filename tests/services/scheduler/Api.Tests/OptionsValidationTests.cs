using Microsoft.Extensions.Options;

namespace MlPlatform.Scheduler.Api.Tests;

public sealed class OptionsValidationTests
{
    [Fact]
    public void StartUpFailsListingEveryBadSettingByKey()
    {
        using var factory = new SchedulerApiFactory();
        factory.Settings["Scheduler:Pools:0:InstanceType"] = "no.such.type";
        factory.Settings["Scheduler:Teams:1:Token"] = "short";
        factory.Settings["Scheduler:Policy:CapacityStrategy"] = "cheapest";
        factory.Settings["Scheduler:Store:Provider"] = "mysql";
        factory.Settings["Scheduler:Executor:RunRetention"] = "00:00:10";
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        var validation = error as OptionsValidationException ?? error.InnerException as OptionsValidationException;
        Assert.NotNull(validation);
        var failures = string.Join('\n', validation.Failures);
        Assert.Contains("Scheduler:Pools:0:InstanceType", failures, StringComparison.Ordinal);
        Assert.Contains("Scheduler:Teams:1:Token", failures, StringComparison.Ordinal);
        Assert.Contains("Scheduler:Policy:CapacityStrategy", failures, StringComparison.Ordinal);
        Assert.Contains("Scheduler:Store:Provider", failures, StringComparison.Ordinal);
        Assert.Contains("Scheduler:Executor:RunRetention must be between 00:01:00 and 365.00:00:00 (got 00:00:10).", failures, StringComparison.Ordinal);
    }

    [Fact]
    public void DevelopmentTokensAreRefusedWhenStrongTokensAreRequired()
    {
        using var factory = new SchedulerApiFactory();
        factory.Settings["Scheduler:RequireStrongTokens"] = "true";
        factory.Settings["Scheduler:Teams:0:Token"] = "dev-vision-token-local-only";
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        var validation = error as OptionsValidationException ?? error.InnerException as OptionsValidationException;
        Assert.NotNull(validation);
        Assert.Contains(validation.Failures, f => f.Contains("Scheduler:Teams:0:Token", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Vision")]
    [InlineData("-vision")]
    [InlineData("vision_team")]
    public void ATeamNamespaceThatIsNotAKubernetesNameIsRefusedNamingTheKey(string ns)
    {
        using var factory = new SchedulerApiFactory();
        factory.Settings["Scheduler:Teams:0:Namespace"] = ns;
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        var validation = error as OptionsValidationException ?? error.InnerException as OptionsValidationException;
        Assert.NotNull(validation);
        Assert.Contains(validation.Failures, f => f.Contains("Scheduler:Teams:0:Namespace", StringComparison.Ordinal) && f.Contains(ns, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AValidTeamNamespaceIsAccepted()
    {
        using var factory = new SchedulerApiFactory();
        factory.Settings["Scheduler:Teams:0:Namespace"] = "vision";
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode);
    }

    [Fact]
    public void ALeaseShorterThanThreeRenewalsIsRefusedNamingBothKeys()
    {
        using var factory = new SchedulerApiFactory();
        factory.Settings["Scheduler:LeaseRenewInterval"] = "00:00:00.010";
        factory.Settings["Scheduler:LeaseDuration"] = "00:00:00.020";
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        var validation = error as OptionsValidationException ?? error.InnerException as OptionsValidationException;
        Assert.NotNull(validation);
        Assert.Contains(validation.Failures, f => f.Contains("Scheduler:LeaseRenewInterval", StringComparison.Ordinal));
        Assert.Contains(validation.Failures, f => f.Contains("Scheduler:LeaseDuration", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ASingleReplicaStoreMakesTheReplicaRunTheLoopAndSaysSoInReadiness()
    {
        using var factory = new SchedulerApiFactory();
        using var client = factory.CreateClient();

        using var document = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(new Uri("/readyz", UriKind.Relative)));
        var leadership = document.RootElement.GetProperty("checks").GetProperty("leadership");

        Assert.Equal("single-replica", leadership.GetProperty("data").GetProperty("role").GetString());
        Assert.Contains("scheduler_leader 1", await client.GetStringAsync(new Uri("/metrics", UriKind.Relative)), StringComparison.Ordinal);
    }
}

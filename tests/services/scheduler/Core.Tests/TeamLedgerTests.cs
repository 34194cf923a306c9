using static MlPlatform.Scheduler.Core.Tests.Builders;

namespace MlPlatform.Scheduler.Core.Tests;

public sealed class TeamLedgerTests
{
    [Fact]
    public void MonthSpendCountsFinishedThisMonthAndRunningEstimatesButNotLastMonth()
    {
        var lastMonth = Pending("old") with { State = JobState.Succeeded, CostUsd = 50m, FinishedAt = new DateTimeOffset(2026, 10, 31, 23, 0, 0, TimeSpan.Zero) };
        var thisMonth = Pending("new") with { State = JobState.Succeeded, CostUsd = 7m, FinishedAt = Now.AddDays(-1) };
        var running = Running("run", Pool(), 0, Spec(gpus: 4), Now.AddMinutes(-30)) with { EstimatedCostUsd = 3m, CostUsd = 1m };
        var spend = TeamLedger.MonthSpend([lastMonth, thisMonth, running], Now);
        Assert.Equal(7m + 1m + 3m, spend["vision"]);
    }

    [Fact]
    public void MonthSpendFromAStoresSettledAggregateEqualsMonthSpendOverTheJobs()
    {
        var thisMonth = Pending("new") with { State = JobState.Succeeded, CostUsd = 7m, FinishedAt = Now.AddDays(-1) };
        var requeued = Pending("again") with { CostUsd = 0.5m };
        var running = Running("run", Pool(), 0, Spec(gpus: 4), Now.AddMinutes(-30)) with { EstimatedCostUsd = 3m, CostUsd = 1m };
        var settled = new Dictionary<string, decimal> { ["vision"] = 7.5m };

        var fromAggregate = TeamLedger.MonthSpend(settled, [running], Now);

        Assert.Equal(TeamLedger.MonthSpend([thisMonth, requeued, running], Now), fromAggregate);
        Assert.Equal(7.5m + 1m + 3m, fromAggregate["vision"]);
    }

    [Fact]
    public void UsageReportShowsGpusBorrowedAndSavings()
    {
        var running = Running("run", Pool(), 0, Spec(gpus: 4), Now.AddHours(-1));
        var reports = TeamLedger.Reports([Team(quota: 2)], [running], Now);
        var vision = Assert.Single(reports);
        Assert.Equal(4m, vision.GpusInUse);
        Assert.Equal(2m, vision.GpusBorrowed);
        Assert.Equal(2m, vision.CostUsd);
        Assert.Equal(4m, vision.SavingsUsd);
    }

    [Fact]
    public void MonthStartIsFirstOfTheUtcMonth() =>
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), TeamLedger.MonthStart(Now));
}

using static MlPlatform.Scheduler.Core.Tests.Builders;

namespace MlPlatform.Scheduler.Core.Tests.Decisions;

public sealed class QuotaLedgerTests
{
    [Fact]
    public void AJobWithinTheNominalQuotaNeedsNoBorrowing()
    {
        var quotas = new QuotaLedger(Snapshot(teams: [Team(quota: 8), Team("nlp", quota: 8)]));

        var (refusal, within, borrowed) = quotas.Check(Pending("j", Spec(gpus: 8)));

        Assert.Equal((null, true, false), (refusal, within, borrowed));
    }

    [Fact]
    public void ABorrowerUsesIdleQuotaOfTheCohortUntilTheCohortIsFull()
    {
        var quotas = new QuotaLedger(Snapshot(teams: [Team(quota: 4), Team("nlp", quota: 4)]));
        quotas.Hold(Spec(gpus: 4));

        var first = quotas.Check(Pending("j1", Spec(gpus: 4)));
        quotas.Hold(Spec(gpus: 4));
        var second = quotas.Check(Pending("j2", Spec(gpus: 1)));

        Assert.Equal((null, false, true), first);
        Assert.True(quotas.IsBorrowing("vision"));
        Assert.Equal(ReasonCodes.QuotaExceeded, second.Refusal?.Reason);
        Assert.Contains("no other team has idle quota", second.Refusal!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ATeamThatMayNotBorrowIsToldWhetherTheJobCouldEverFit()
    {
        var quotas = new QuotaLedger(Snapshot(teams: [Team(quota: 4, borrow: false), Team("nlp", quota: 100)]));

        var never = quotas.Check(Pending("big", Spec(gpus: 8)));
        quotas.Hold(Spec(gpus: 4));
        var later = quotas.Check(Pending("small", Spec(gpus: 1)));

        Assert.Equal(ReasonCodes.QuotaNeverFits, never.Refusal?.Reason);
        Assert.Equal(ReasonCodes.QuotaExceeded, later.Refusal?.Reason);
    }

    [Fact]
    public void FreeingABorrowersJobEndsItsBorrowing()
    {
        var quotas = new QuotaLedger(Snapshot(teams: [Team(quota: 2), Team("nlp", quota: 8)]));
        var spec = Spec(gpus: 4);
        quotas.Hold(spec);
        Assert.True(quotas.AnyBorrowerBesides("nlp"));

        quotas.Free(spec);

        Assert.False(quotas.AnyBorrowerBesides("nlp"));
        Assert.False(quotas.AnyBorrowerBesides("vision"));
    }
}

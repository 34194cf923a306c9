namespace MlPlatform.Registry;

/// <summary>Every gate's result, and the alias move when all passed (null: nothing moved).</summary>
public sealed record PromotionOutcome(IReadOnlyList<GateResult> Gates, AliasMove? Move)
{
    public bool Promoted => Move is not null;
}

namespace MlPlatform.Scheduler.Core;

/// <summary>Why a placement search found nothing, gathered over the pools it tried.</summary>
internal sealed class SearchState
{
    /// <summary>A pool of an allowed capacity type matched the job (whether or not it had room).</summary>
    public bool AnyCapacityCandidate { get; set; }

    /// <summary>The first cost reason (max cost, team budget) that ruled a pool out, with its estimate.</summary>
    public string? CostBlock { get; set; }

    public decimal CostBlockEstimate { get; set; }

    /// <summary>A pool had room but a backfill reservation kept it for a blocked higher-priority job.</summary>
    public bool ReservedBlock { get; set; }

    /// <summary>Takes in what a later search (after freeing capacity) found blocking.</summary>
    public void Merge(SearchState other)
    {
        if (other.CostBlock is not null && CostBlock is null)
        {
            CostBlock = other.CostBlock;
            CostBlockEstimate = other.CostBlockEstimate;
        }

        ReservedBlock |= other.ReservedBlock;
    }
}

namespace MlPlatform.Scheduler.Core;

/// <summary>
/// Leadership of the scheduling loop, granted by the store: <paramref name="Epoch"/> grows with every change of holder,
/// so a write fenced with an old grant is refused once another replica took over.
/// </summary>
/// <param name="Holder">The replica holding the lease (unique per process).</param>
/// <param name="Epoch">The fencing token.</param>
/// <param name="ExpiresAt">When the lease lapses unless renewed, on the database's clock.</param>
/// <param name="ValidFor">How long the lease is valid from the renewal that granted it (the local deadline is measured from when the answer arrived).</param>
public sealed record LeaseGrant(string Holder, long Epoch, DateTimeOffset ExpiresAt, TimeSpan ValidFor);

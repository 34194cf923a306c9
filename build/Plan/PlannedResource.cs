using System.Collections.Immutable;

namespace MlPlatform.Plan;

/// <summary>One step of a plan: a resource, its inputs as the engine would see them, and what would happen to it.</summary>
/// <param name="Urn">The URN as the Pulumi engine forms it (parent type chain below the stack, then the type).</param>
/// <param name="Inputs">Input values as the CLI shows them (<see cref="PlanValues.Shown(object?)"/>): structure kept, each unknown value <see cref="PlanValues.Unknown"/> and each secret <see cref="PlanValues.Secret"/> where it sits.</param>
/// <param name="Provider">Provider reference (<c>urn::id</c>) of a custom resource; null for components.</param>
public sealed record PlannedResource(
    string Urn,
    string Type,
    string Name,
    bool Custom,
    string? ParentUrn,
    string? Provider,
    ImmutableDictionary<string, object?> Inputs,
    PlanOperation Operation,
    ImmutableArray<string> DiffReasons,
    ImmutableArray<string> ReplaceReasons);

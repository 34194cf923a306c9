using Pulumi;

namespace MlPlatform.Components.Azure;

/// <summary>A built-in role (by its well-known GUID, see <see cref="RoleDefinitions"/>) granted at a scope (a resource ID).</summary>
public sealed record RoleGrant(string Name, Input<string> Scope, string RoleGuid);

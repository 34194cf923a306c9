using System.Collections.Immutable;
using Pulumi;
using Pulumi.AzureNative.Authorization;
using Pulumi.AzureNative.ManagedIdentity;

namespace MlPlatform.Components.Azure;

/// <summary>
/// A user-assigned managed identity that Kubernetes service accounts use through AKS workload identity: one federated
/// credential per service account (issuer = the cluster's OIDC issuer, subject = the service account, audience
/// <c>api://AzureADTokenExchange</c>) and the role assignments it needs. Pods find it by the client ID, annotated on
/// their service account (<c>azure.workload.identity/client-id</c>).
/// </summary>
public sealed class WorkloadIdentity : ComponentResource
{
    public const string TypeToken = "mlplatform:azure:WorkloadIdentity";

    /// <summary>The audience of service account tokens exchanged for Entra ID tokens.</summary>
    public const string TokenExchangeAudience = "api://AzureADTokenExchange";

    /// <summary>Azure's limit of federated credentials per identity.</summary>
    public const int MaxFederatedCredentials = 20;

    public WorkloadIdentity(string name, WorkloadIdentityArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        InvalidSpecException.ThrowIfAny(Validate(args, name));
        var identity = new UserAssignedIdentity($"{name}-id", new UserAssignedIdentityArgs
        {
            ResourceName = args.IdentityName,
            ResourceGroupName = args.ResourceGroupName,
            Location = args.Location,
            Tags = args.Tags.For(args.Team),
        }, new CustomResourceOptions { Parent = this });

        FederatedIdentityCredential? previous = null;
        foreach (var account in args.ServiceAccounts)
        {
            var credentialName = AzureNaming.For(AzureResourceKind.FederatedCredential, account.Namespace, account.Name);
            // Azure rejects concurrent writes of federated credentials on one identity: create them one after another.
            var credentialOptions = new CustomResourceOptions { Parent = this };
            if (previous is not null)
            {
                credentialOptions.DependsOn.Add(previous);
            }

            previous = new FederatedIdentityCredential($"{name}-{credentialName}", new FederatedIdentityCredentialArgs
            {
                FederatedIdentityCredentialResourceName = credentialName,
                ResourceName = identity.Name,
                ResourceGroupName = args.ResourceGroupName,
                Issuer = args.OidcIssuer,
                Subject = account.Subject,
                Audiences = { TokenExchangeAudience },
            }, credentialOptions);
        }

        foreach (var role in args.Roles)
        {
            _ = new RoleAssignment($"{name}-{role.Name}", new RoleAssignmentArgs
            {
                PrincipalId = identity.PrincipalId,
                PrincipalType = PrincipalType.ServicePrincipal,
                Scope = role.Scope,
                RoleDefinitionId = role.Scope.Apply(scope => RoleDefinitions.IdFor(scope, role.RoleGuid)),
            }, new CustomResourceOptions { Parent = this });
        }

        ClientId = identity.ClientId;
        PrincipalId = identity.PrincipalId;
        IdentityId = identity.Id;
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["clientId"] = ClientId,
            ["principalId"] = PrincipalId,
            ["identityId"] = IdentityId,
        });
    }

    /// <summary>Annotated on the service accounts as <c>azure.workload.identity/client-id</c>.</summary>
    [Output("clientId")]
    public Output<string> ClientId { get; private set; }

    [Output("principalId")]
    public Output<string> PrincipalId { get; private set; }

    [Output("identityId")]
    public Output<string> IdentityId { get; private set; }

    /// <summary>Every problem of <paramref name="args"/>.</summary>
    public static IReadOnlyList<SpecError> Validate(WorkloadIdentityArgs args, string path)
    {
        ArgumentNullException.ThrowIfNull(args);
        var errors = new List<SpecError>();
        if (AzureNaming.Validate(AzureResourceKind.UserAssignedIdentity, args.IdentityName ?? string.Empty, $"{path}.identityName") is { } name)
        {
            errors.Add(name);
        }

        var accounts = args.ServiceAccounts.IsDefault ? [] : args.ServiceAccounts;
        if (accounts.Length == 0)
        {
            errors.Add(new SpecError($"{path}.serviceAccounts", "must list at least one service account"));
        }

        if (accounts.Length > MaxFederatedCredentials)
        {
            errors.Add(new SpecError($"{path}.serviceAccounts", $"Azure allows at most {MaxFederatedCredentials} federated credentials per identity (got {accounts.Length})"));
        }

        foreach (var duplicate in accounts.GroupBy(a => a).Where(g => g.Count() > 1))
        {
            errors.Add(new SpecError($"{path}.serviceAccounts", $"'{duplicate.Key.Subject}' is listed {duplicate.Count()} times"));
        }

        return errors;
    }
}

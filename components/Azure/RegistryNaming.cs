using System.Text.RegularExpressions;

namespace MlPlatform.Components.Azure;

/// <summary>ACR addresses: the login server of a registry and the repository name rules (OCI distribution).</summary>
public static partial class RegistryNaming
{
    /// <summary>The login server of a registry in the public cloud: the lowercase name plus <c>.azurecr.io</c>.</summary>
    public static string LoginServer(string registryName)
    {
        ArgumentException.ThrowIfNullOrEmpty(registryName);
        return $"{registryName.ToLowerInvariant()}.azurecr.io";
    }

    /// <summary>Whether <paramref name="repository"/> is a valid repository name.</summary>
    public static bool IsRepositoryName(string repository) => repository is not null && Repository().IsMatch(repository);

    [GeneratedRegex(@"^[a-z0-9]+([._-][a-z0-9]+)*(/[a-z0-9]+([._-][a-z0-9]+)*)*$")]
    private static partial Regex Repository();
}

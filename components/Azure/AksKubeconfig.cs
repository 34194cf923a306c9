using System.Collections.Immutable;
using System.Text;

namespace MlPlatform.Components.Azure;

/// <summary>
/// The kubeconfig of an AKS cluster with Entra ID authentication and local accounts off, as the user-credentials API
/// returns it (base64, <c>exec</c> format running <c>kubelogin</c>). Interactive device-code login cannot run under
/// Pulumi, so the login mode is switched to a non-interactive one (the Azure CLI identity of whoever runs Pulumi, or
/// workload identity in CI).
/// </summary>
public static class AksKubeconfig
{
    /// <summary>The kubelogin login mode for automation: the Azure CLI's signed-in identity.</summary>
    public const string DefaultLoginMode = "azurecli";

    /// <summary>
    /// The first kubeconfig of <paramref name="base64Kubeconfigs"/>, decoded, with kubelogin's device-code login replaced
    /// by <paramref name="loginMode"/>; empty when the API returned none.
    /// </summary>
    public static string ForAutomation(ImmutableArray<string> base64Kubeconfigs, string loginMode = DefaultLoginMode)
    {
        ArgumentException.ThrowIfNullOrEmpty(loginMode);
        if (base64Kubeconfigs.IsDefaultOrEmpty || string.IsNullOrEmpty(base64Kubeconfigs[0]))
        {
            return string.Empty;
        }

        var text = Encoding.UTF8.GetString(Convert.FromBase64String(base64Kubeconfigs[0]));
        return text.Replace("- devicecode", $"- {loginMode}", StringComparison.Ordinal);
    }
}

using System.Text;

namespace MlPlatform.Components.Kubernetes;

/// <summary>Names of Kubernetes objects derived from config values, valid as DNS-1123 labels (lowercase, at most 63 characters).</summary>
public static class KubernetesNames
{
    public const int MaxLabelLength = 63;

    /// <summary>
    /// <paramref name="value"/> as a DNS-1123 label: lowercase, other characters replaced by '-', trimmed to 63 characters,
    /// starting with a letter (a leading digit gets a <c>v</c>, as versions often do).
    /// </summary>
    public static string Label(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        var builder = new StringBuilder(value.Length + 1);
        foreach (var c in value.ToLowerInvariant())
        {
            builder.Append(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c : '-');
        }

        var label = builder.ToString().Trim('-');
        if (label.Length == 0)
        {
            throw new ArgumentException($"'{value}' has no letters or digits to name a Kubernetes object", nameof(value));
        }

        if (char.IsDigit(label[0]))
        {
            label = "v" + label;
        }

        return label.Length <= MaxLabelLength ? label : label[..MaxLabelLength].TrimEnd('-');
    }

    /// <summary>The Service (and Deployment) of one model version: <c>&lt;model&gt;-v&lt;version&gt;</c>, e.g. <c>ocr-cls-v2</c>.</summary>
    public static string ModelVersion(string model, string version)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        return Label($"{model}-{(char.IsDigit(version[0]) ? "v" : string.Empty)}{version}");
    }

    /// <summary>The PriorityClass of a scheduler queue.</summary>
    public static string PriorityClass(string queue) => Label($"mlplatform-{queue}");
}

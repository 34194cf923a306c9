using System.Globalization;

namespace MlPlatform.Stacks.Outputs;

/// <summary>The contract's version: readers accept any minor version of their major (minor versions only add outputs).</summary>
public static class PlatformOutputsContract
{
    public const int Major = 1;

    public const int Minor = 1;

    /// <summary>The version this library writes: <c>1.1</c> (1.1 added the scheduler database endpoint).</summary>
    public static string Current => Minor == 0 ? Major.ToString(CultureInfo.InvariantCulture) : $"{Major}.{Minor}";

    /// <summary>Null when <paramref name="version"/> can be read by this library, else the problem.</summary>
    public static string? Check(string? version)
    {
        if (string.IsNullOrWhiteSpace(version))
        {
            return "is missing; the stack predates the outputs contract or is not the platform stack";
        }

        var parts = version.Split('.');
        if (parts.Length > 2 || !parts.All(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            return $"must be MAJOR or MAJOR.MINOR (got '{version}')";
        }

        var major = int.Parse(parts[0], CultureInfo.InvariantCulture);
        return major == Major
            ? null
            : $"is {version} but this reader understands major version {Major}; update MlPlatform.Stacks.Outputs{(major < Major ? " to an older release or upgrade the platform stack" : string.Empty)}";
    }
}

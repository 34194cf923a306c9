using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;

namespace MlPlatform.Inference.Api.Configuration;

/// <summary>A cleartext <c>http://host:port</c> listen address, as <c>urls</c> spells it.</summary>
/// <param name="Host">The host: an IP address, <c>localhost</c>, or null for every interface (<c>*</c>, <c>+</c>, <c>0.0.0.0</c>).</param>
/// <param name="Port">The port.</param>
public sealed record ListenAddress(IPAddress? Host, bool Localhost, int Port)
{
    /// <summary>Parses one address; false with the problem when it is not <c>http://host:port</c>.</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out ListenAddress? address, [NotNullWhen(false)] out string? problem)
    {
        address = null;
        var trimmed = (text ?? string.Empty).Trim().TrimEnd('/');
        const string scheme = "http://";
        if (!trimmed.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            problem = $"must be http://host:port (cleartext; got '{text}')";
            return false;
        }

        var rest = trimmed[scheme.Length..];
        var colon = rest.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(rest[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            problem = $"must name a port between 1 and 65535 (got '{text}')";
            return false;
        }

        var host = rest[..colon].Trim('[', ']');
        if (host is "*" or "+" or "0.0.0.0" or "::")
        {
            address = new ListenAddress(null, false, port);
        }
        else if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            address = new ListenAddress(null, true, port);
        }
        else if (IPAddress.TryParse(host, out var ip))
        {
            address = new ListenAddress(ip, false, port);
        }
        else
        {
            problem = $"host must be an IP address, localhost, * or + (got '{host}' in '{text}')";
            return false;
        }

        problem = null;
        return true;
    }
}

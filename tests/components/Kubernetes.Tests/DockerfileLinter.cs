using System.Text.RegularExpressions;

namespace MlPlatform.Components.Kubernetes.Tests;

/// <summary>
/// The image rules of issue 6, checked by reading the Dockerfile (there is no Docker engine here): multi-stage, every
/// base image pinned by a sha256 digest (literally, or through an ARG that holds one), no <c>:latest</c>, a non-root
/// USER in the final stage, and a HEALTHCHECK or a documented health endpoint.
/// </summary>
internal static partial class DockerfileLinter
{
    public const string MultiStage = "multi-stage";
    public const string BasePinned = "base-pinned";
    public const string NoLatest = "no-latest";
    public const string NonRootUser = "non-root-user";
    public const string Health = "health";

    /// <param name="text">The Dockerfile.</param>
    /// <param name="documentation">Other documentation of the image (its service README), searched for a health endpoint.</param>
    /// <param name="requireDigestDefaults">
    /// When true, an ARG used as a digest must default to one; when false an ARG without a default also passes, since the
    /// reference <c>image@</c> is invalid and the build fails unless a digest is supplied.
    /// </param>
    public static IReadOnlyList<DockerfileFinding> Lint(string text, string documentation = "", bool requireDigestDefaults = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var instructions = Instructions(text);
        var findings = new List<DockerfileFinding>();
        var globalArgs = new Dictionary<string, string?>(StringComparer.Ordinal);
        var stages = new List<(int Line, string Name)>();
        var froms = instructions.Where(i => i.Keyword == "FROM").ToList();
        if (froms.Count < 2)
        {
            findings.Add(new DockerfileFinding(MultiStage, 0, $"needs a build stage and a runtime stage (found {froms.Count} FROM)"));
        }

        foreach (var instruction in instructions)
        {
            switch (instruction.Keyword)
            {
                case "ARG" when stages.Count == 0:
                    var match = ArgDeclaration().Match(instruction.Arguments);
                    if (match.Success)
                    {
                        globalArgs[match.Groups["name"].Value] = match.Groups["value"].Success ? match.Groups["value"].Value.Trim('"', '\'') : null;
                    }

                    break;
                case "FROM":
                    CheckFrom(instruction, globalArgs, stages, requireDigestDefaults, findings);
                    break;
            }
        }

        var finalStart = froms.Count == 0 ? 0 : froms[^1].Line;
        var finalStage = instructions.Where(i => i.Line >= finalStart).ToList();
        var user = finalStage.LastOrDefault(i => i.Keyword == "USER");
        if (user is null)
        {
            findings.Add(new DockerfileFinding(NonRootUser, finalStart, "the final stage sets no USER, so the container runs as root"));
        }
        else if (RootUser().IsMatch(user.Arguments.Trim()))
        {
            findings.Add(new DockerfileFinding(NonRootUser, user.Line, $"the final stage runs as '{user.Arguments.Trim()}'"));
        }

        if (!finalStage.Any(i => i.Keyword == "HEALTHCHECK" && !i.Arguments.Trim().Equals("NONE", StringComparison.OrdinalIgnoreCase))
            && !HealthEndpoint().IsMatch(text) && !HealthEndpoint().IsMatch(documentation ?? string.Empty))
        {
            findings.Add(new DockerfileFinding(Health, 0, "no HEALTHCHECK and no documented health endpoint (/healthz, /readyz or /v2/health/…)"));
        }

        return findings;
    }

    private static void CheckFrom(Instruction from, Dictionary<string, string?> args, List<(int Line, string Name)> stages, bool requireDigestDefaults, List<DockerfileFinding> findings)
    {
        var parts = from.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(p => !p.StartsWith("--", StringComparison.Ordinal)).ToList();
        var image = parts.Count > 0 ? parts[0] : string.Empty;
        var alias = parts.Count >= 3 && parts[1].Equals("AS", StringComparison.OrdinalIgnoreCase) ? parts[2] : string.Empty;
        var fromStage = stages.Any(s => s.Name.Equals(image, StringComparison.OrdinalIgnoreCase)) || image.Equals("scratch", StringComparison.OrdinalIgnoreCase);
        stages.Add((from.Line, alias));
        if (fromStage)
        {
            return;
        }

        var at = image.IndexOf('@', StringComparison.Ordinal);
        var reference = at < 0 ? image : image[..at];
        var lastSegment = reference[(reference.LastIndexOf('/') + 1)..];
        if (lastSegment.EndsWith(":latest", StringComparison.OrdinalIgnoreCase))
        {
            findings.Add(new DockerfileFinding(NoLatest, from.Line, $"'{image}' uses the moving ':latest' tag"));
        }

        if (at < 0)
        {
            findings.Add(new DockerfileFinding(BasePinned, from.Line, $"'{image}' is not pinned by a digest (image@sha256:<64 hex>)"));
            return;
        }

        var digest = image[(at + 1)..];
        if (Digest().IsMatch(digest))
        {
            return;
        }

        var variable = ArgReference().Match(digest);
        if (!variable.Success)
        {
            findings.Add(new DockerfileFinding(BasePinned, from.Line, $"'{digest}' is not a sha256 digest"));
            return;
        }

        var name = variable.Groups["name"].Value;
        if (!args.TryGetValue(name, out var value))
        {
            findings.Add(new DockerfileFinding(BasePinned, from.Line, $"digest ARG {name} is not declared before the first FROM"));
        }
        else if (!string.IsNullOrEmpty(value) && !Digest().IsMatch(value))
        {
            findings.Add(new DockerfileFinding(BasePinned, from.Line, $"ARG {name} defaults to '{value}', not a sha256 digest"));
        }
        else if (string.IsNullOrEmpty(value) && requireDigestDefaults)
        {
            findings.Add(new DockerfileFinding(BasePinned, from.Line, $"ARG {name} has no default digest; the base image is only pinned when the build passes one"));
        }
    }

    private sealed record Instruction(int Line, string Keyword, string Arguments);

    // Instructions with their first line, continuation lines joined, comments and parser directives dropped.
    private static List<Instruction> Instructions(string text)
    {
        var result = new List<Instruction>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var start = i + 1;
            var joined = line;
            while (joined.EndsWith('\\') && i + 1 < lines.Length)
            {
                joined = joined[..^1] + " " + lines[++i].Trim();
            }

            var space = joined.IndexOfAny([' ', '\t']);
            var keyword = (space < 0 ? joined : joined[..space]).ToUpperInvariant();
            result.Add(new Instruction(start, keyword, space < 0 ? string.Empty : joined[(space + 1)..].Trim()));
        }

        return result;
    }

    [GeneratedRegex("^sha256:[0-9a-f]{64}$")]
    private static partial Regex Digest();

    [GeneratedRegex(@"^\$\{?(?<name>[A-Za-z_][A-Za-z0-9_]*)\}?$")]
    private static partial Regex ArgReference();

    [GeneratedRegex(@"^(?<name>[A-Za-z_][A-Za-z0-9_]*)(=(?<value>.*))?$")]
    private static partial Regex ArgDeclaration();

    [GeneratedRegex(@"^(root|0)(:.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex RootUser();

    [GeneratedRegex(@"/healthz|/readyz|/v2/health/(ready|live)")]
    private static partial Regex HealthEndpoint();
}

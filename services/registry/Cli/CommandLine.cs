namespace MlPlatform.Registry.Cli;

/// <summary>Positional arguments and <c>--name value</c> options (repeatable), with the usage error naming the argument.</summary>
internal sealed class CommandLine
{
    private readonly Dictionary<string, List<string>> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    private CommandLine(List<string> positional) => Positional = positional;

    public IReadOnlyList<string> Positional { get; }

    public static CommandLine Parse(IReadOnlyList<string> args, IReadOnlySet<string> options, IReadOnlySet<string> flags)
    {
        var positional = new List<string>();
        var line = new CommandLine(positional);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(arg);
            }
            else if (flags.Contains(arg))
            {
                line._flags.Add(arg);
            }
            else if (options.Contains(arg))
            {
                if (i + 1 >= args.Count)
                {
                    throw new RegistryException($"{arg} needs a value");
                }

                if (!line._options.TryGetValue(arg, out var values))
                {
                    line._options[arg] = values = [];
                }

                values.Add(args[++i]);
            }
            else
            {
                throw new RegistryException($"unknown option {arg} (known: {string.Join(", ", options.Concat(flags).Order(StringComparer.Ordinal))})");
            }
        }

        return line;
    }

    public bool Has(string flag) => _flags.Contains(flag);

    public string? Value(string option) => _options.TryGetValue(option, out var values) ? values[^1] : null;

    public IReadOnlyList<string> Values(string option) => _options.TryGetValue(option, out var values) ? values : [];

    public void RequirePositional(int count, string usage)
    {
        if (Positional.Count != count)
        {
            throw new RegistryException($"expected {count} arguments, got {Positional.Count}: {usage}");
        }
    }
}

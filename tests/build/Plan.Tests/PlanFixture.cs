using Spectre.Console;

namespace MlPlatform.Plan.Tests;

/// <summary>The repository root, a scratch project directory, and a console whose output tests can read.</summary>
internal static class PlanFixture
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Pulumi.yaml")) && File.Exists(Path.Combine(dir.FullName, "Pulumi.dev.yaml")))
                {
                    return dir.FullName;
                }
            }

            throw new DirectoryNotFoundException("repository root not found");
        }
    }

    /// <summary>A project directory inside the repository (so the price tables are found) holding one stack file.</summary>
    public static string ProjectWith(string stack, string yaml)
    {
        var directory = Path.Combine(Root, "tests", "build", "Plan.Tests", "bin", "scratch", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        File.Copy(Path.Combine(Root, "Pulumi.yaml"), Path.Combine(directory, "Pulumi.yaml"));
        File.WriteAllText(Path.Combine(directory, $"Pulumi.{stack}.yaml"), yaml);
        return directory;
    }

    public static (IAnsiConsole Console, StringWriter Output) Console()
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 200;
        return (console, writer);
    }
}

namespace MlPlatform.Components.Kubernetes.Tests;

/// <summary>Lints the Dockerfiles of the bundled services (written by their owners) with <see cref="DockerfileLinter"/>.</summary>
public sealed class ServiceDockerfilesTests
{
    private static readonly string[] ExpectedServices = ["scheduler", "inference", "dataset-warmer"];

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MlPlatform.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"no MlPlatform.slnx above {AppContext.BaseDirectory}");
    }

    public static TheoryData<string> Dockerfiles()
    {
        var root = RepositoryRoot();
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "services"), "Dockerfile", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                              && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(root, file));
        }

        return data;
    }

    [Fact]
    public void EveryBundledServiceHasADockerfile()
    {
        var root = RepositoryRoot();
        Assert.All(ExpectedServices, s => Assert.True(File.Exists(Path.Combine(root, "services", s, "Dockerfile")), $"services/{s}/Dockerfile is missing"));
    }

    [Theory]
    [MemberData(nameof(Dockerfiles))]
    public void ServiceDockerfileFollowsTheImageRules(string dockerfile)
    {
        var root = RepositoryRoot();
        var path = Path.Combine(root, dockerfile);
        var findings = DockerfileLinter.Lint(File.ReadAllText(path), ServiceSection(root, Path.GetDirectoryName(dockerfile)!.Replace('\\', '/')));
        Assert.True(findings.Count == 0, $"{dockerfile}:\n  " + string.Join("\n  ", findings));
    }

    // The service's own documentation page: docs/services/<name>.md for services/<name>.
    private static string ServiceSection(string root, string serviceFolder)
    {
        var page = Path.Combine(root, "docs", "services", Path.GetFileName(serviceFolder) + ".md");
        return File.Exists(page) ? File.ReadAllText(page) : string.Empty;
    }
}

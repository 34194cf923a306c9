using System.Xml.Linq;
using MlPlatform.Components.Kubernetes;
using MlPlatform.Infra.Kubernetes;

namespace MlPlatform.Infra.Tests;

public sealed class KubernetesLayerReferenceTests
{
    private static readonly string[] CloudProjects = ["components/Aws/MlPlatform.Components.Aws.csproj", "components/Azure/MlPlatform.Components.Azure.csproj"];

    private static readonly string[] KubernetesFolders = ["components/Kubernetes", "infra/Kubernetes"];

    private static readonly string[] CloudPackages = ["Pulumi.Aws", "Pulumi.AzureNative"];

    public static TheoryData<string> KubernetesProjects() => new(ProjectsUnderTheKubernetesFolders());

    [Theory]
    [MemberData(nameof(KubernetesProjects))]
    public void NoKubernetesProjectReferencesACloudProjectOrPackageEvenTransitively(string project)
    {
        var closure = Closure(project);

        Assert.Contains(project, closure);
        Assert.DoesNotContain(closure, p => CloudProjects.Contains(p));
        var packages = closure.SelectMany(p => Items(p, "PulumiPackage").Concat(Items(p, "PackageReference"))).ToList();
        Assert.DoesNotContain(packages, p => CloudPackages.Contains(p));
    }

    [Fact]
    public void TheKubernetesLayersProjectsAreTheOnesUnderTheirFolders()
    {
        var projects = ProjectsUnderTheKubernetesFolders();

        Assert.Equal(["components/Kubernetes/MlPlatform.Components.Kubernetes.csproj", "infra/Kubernetes/MlPlatform.Infra.Kubernetes.csproj"], projects);
    }

    [Fact]
    public void TheCompiledKubernetesAssembliesReferenceNoCloudAssembly()
    {
        string[] cloud = ["MlPlatform.Components.Aws", "MlPlatform.Components.Azure", "MlPlatform.Infra", .. CloudPackages];

        foreach (var assembly in new[] { typeof(GpuAddons).Assembly, typeof(KubernetesPlatform).Assembly })
        {
            var references = assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
            Assert.Contains("Pulumi", references);
            Assert.DoesNotContain(references, r => cloud.Contains(r));
        }
    }

    private static List<string> ProjectsUnderTheKubernetesFolders() =>
        [
            .. KubernetesFolders.SelectMany(folder =>
                Directory.EnumerateFiles(Path.Combine(PlatformRun.Root, folder), "*.csproj", SearchOption.AllDirectories)
                    .Select(p => Path.GetRelativePath(PlatformRun.Root, p).Replace('\\', '/'))
                    .Order(StringComparer.Ordinal)),
        ];

    // The project and every project it references, directly or not, as repository-relative paths.
    private static HashSet<string> Closure(string project)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([project]);
        while (pending.TryPop(out var current))
        {
            if (!seen.Add(current))
            {
                continue;
            }

            var directory = Path.GetDirectoryName(Path.Combine(PlatformRun.Root, current))!;
            foreach (var reference in Items(current, "ProjectReference"))
            {
                var full = Path.GetFullPath(Path.Combine(directory, reference.Replace('\\', '/')));
                pending.Push(Path.GetRelativePath(PlatformRun.Root, full).Replace('\\', '/'));
            }
        }

        return seen;
    }

    private static IEnumerable<string> Items(string project, string item) =>
        XDocument.Load(Path.Combine(PlatformRun.Root, project)).Descendants(item)
            .Select(e => (string?)e.Attribute("Include"))
            .OfType<string>();
}

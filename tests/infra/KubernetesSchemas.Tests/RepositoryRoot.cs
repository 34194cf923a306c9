using MlPlatform.CostModel;

namespace MlPlatform.KubernetesSchemas.Tests;

/// <summary>The clone the tests run in (where the committed <c>Pulumi.&lt;stack&gt;.yaml</c> files are).</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } =
        RepositoryData.FindRoot(AppContext.BaseDirectory) ?? throw new DirectoryNotFoundException($"no {RepositoryData.RootMarker} above {AppContext.BaseDirectory}");
}

namespace MlPlatform.Components.Kubernetes.Tests;

public sealed class DockerfileLintTests
{
    private const string Good = """
        # syntax=docker/dockerfile:1
        ARG SDK_DIGEST=sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
        FROM mcr.microsoft.com/dotnet/sdk:10.0@${SDK_DIGEST} AS build
        RUN dotnet publish -o /app
        FROM mcr.microsoft.com/dotnet/aspnet:10.0@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
        COPY --from=build /app .
        USER 1654
        HEALTHCHECK --interval=10s \
          CMD ["dotnet", "app.dll", "probe"]
        ENTRYPOINT ["dotnet", "app.dll"]
        """;

    private static IEnumerable<string> Rules(string text, string docs = "", bool strict = false) =>
        DockerfileLinter.Lint(text, docs, strict).Select(f => f.Rule);

    [Fact]
    public void PinnedMultiStageNonRootImageWithHealthCheckPasses() => Assert.Empty(DockerfileLinter.Lint(Good));

    [Fact]
    public void SingleStageImageIsFlagged() =>
        Assert.Contains(DockerfileLinter.MultiStage, Rules("FROM alpine@" + K8sTest.Digest + "\nUSER 1000\nHEALTHCHECK CMD true\n"));

    [Theory]
    [InlineData("FROM mcr.microsoft.com/dotnet/aspnet:10.0")]
    [InlineData("FROM mcr.microsoft.com/dotnet/aspnet")]
    [InlineData("FROM mcr.microsoft.com/dotnet/aspnet:10.0@sha256:abc")]
    public void BaseImageWithoutDigestIsFlagged(string from) =>
        Assert.Contains(DockerfileLinter.BasePinned, Rules(Good.Replace("FROM mcr.microsoft.com/dotnet/aspnet:10.0@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", from, StringComparison.Ordinal)));

    [Fact]
    public void LatestTagIsFlagged() =>
        Assert.Contains(DockerfileLinter.NoLatest, Rules(Good.Replace("aspnet:10.0@", "aspnet:latest@", StringComparison.Ordinal)));

    [Fact]
    public void DigestArgWithATagAsDefaultIsFlagged() =>
        Assert.Contains(DockerfileLinter.BasePinned, Rules(Good.Replace("ARG SDK_DIGEST=sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "ARG SDK_DIGEST=10.0", StringComparison.Ordinal)));

    [Fact]
    public void RequiredDigestArgPassesUnlessDefaultsAreRequired()
    {
        var required = Good.Replace("ARG SDK_DIGEST=sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "ARG SDK_DIGEST", StringComparison.Ordinal);
        Assert.DoesNotContain(DockerfileLinter.BasePinned, Rules(required));
        Assert.Contains(DockerfileLinter.BasePinned, Rules(required, strict: true));
    }

    [Theory]
    [InlineData("USER root")]
    [InlineData("USER 0:0")]
    [InlineData("")]
    public void RootOrMissingUserIsFlagged(string user) =>
        Assert.Contains(DockerfileLinter.NonRootUser, Rules(Good.Replace("USER 1654", user, StringComparison.Ordinal)));

    [Fact]
    public void UserOfABuildStageDoesNotCountForTheFinalStage()
    {
        var text = Good.Replace("USER 1654\n", string.Empty, StringComparison.Ordinal).Replace("RUN dotnet publish -o /app", "USER 1000\nRUN dotnet publish -o /app", StringComparison.Ordinal);
        Assert.Contains(DockerfileLinter.NonRootUser, Rules(text));
    }

    [Fact]
    public void HealthEndpointDocumentedInTheReadmeSatisfiesTheHealthRule()
    {
        var noCheck = Good.Replace("HEALTHCHECK --interval=10s \\\n  CMD [\"dotnet\", \"app.dll\", \"probe\"]\n", string.Empty, StringComparison.Ordinal);
        Assert.Contains(DockerfileLinter.Health, Rules(noCheck));
        Assert.DoesNotContain(DockerfileLinter.Health, Rules(noCheck, "serves `/metrics`, `/healthz` and `/readyz` on 9400"));
    }
}

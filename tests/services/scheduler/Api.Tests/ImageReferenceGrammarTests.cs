using MlPlatform.Scheduler.Api.Endpoints;

namespace MlPlatform.Scheduler.Api.Tests;

public sealed class ImageReferenceGrammarTests
{
    private static readonly string Digest = "@sha256:" + new string('0', 64);

    [Theory]
    [InlineData("ubuntu")]
    [InlineData("registry.example/train")]
    [InlineData("localhost:5000/team/model:v1.2")]
    [InlineData("123456789012.dkr.ecr.us-east-1.amazonaws.com/mlplatform/scheduler")]
    [InlineData("ghcr.io/org/my_image__x-y.z:2026-12-05_rc1")]
    public void ADigestPinnedReferenceTheKubeletAcceptsPasses(string name) =>
        Assert.Null(ImageReferenceGrammar.Problem(name + Digest));

    [Theory]
    [InlineData("registry.example/Train", "invalid repository path component 'Train'")]
    [InlineData("registry.example//train", "invalid repository path component ''")]
    [InlineData("registry.example/tr ain", "invalid repository path component 'tr ain'")]
    [InlineData("registry.example/train:", "invalid tag ''")]
    [InlineData("registry.example/train:-rc1", "invalid tag '-rc1'")]
    [InlineData("-registry.example/train", "invalid registry host '-registry.example'")]
    [InlineData("registry.example:port/train", "invalid registry host 'registry.example:port'")]
    public void AReferenceTheKubeletWouldRefuseNamesItsBadPart(string name, string problem) =>
        Assert.Contains(problem, ImageReferenceGrammar.Problem(name + Digest), StringComparison.Ordinal);

    [Theory]
    [InlineData("ubuntu:latest")]
    [InlineData("registry.example/train@sha256:abc")]
    [InlineData("registry.example/train@sha512:" + "00")]
    public void AReferenceWithoutASha256DigestIsRefused(string image) =>
        Assert.StartsWith("must be pinned by digest", ImageReferenceGrammar.Problem(image), StringComparison.Ordinal);

    [Fact]
    public void ARepositoryNameOver255CharactersIsRefused() =>
        Assert.Contains("1 to 255 characters", ImageReferenceGrammar.Problem("r.example/" + new string('a', 250) + Digest), StringComparison.Ordinal);
}

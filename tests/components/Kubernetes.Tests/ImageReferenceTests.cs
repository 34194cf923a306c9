namespace MlPlatform.Components.Kubernetes.Tests;

public sealed class ImageReferenceTests
{
    [Theory]
    [InlineData("registry.example.com/mlplatform/scheduler@" + K8sTest.Digest)]
    [InlineData("123456789012.dkr.ecr.us-east-1.amazonaws.com/mlplatform/inference@" + K8sTest.Digest)]
    [InlineData("localhost:5000/app@" + K8sTest.Digest)]
    public void ImagePinnedByDigestIsAccepted(string image) =>
        Assert.Empty(ImageReference.Validate(image, "services.scheduler.image"));

    [Theory]
    [InlineData("registry.example.com/mlplatform/scheduler:latest")]
    [InlineData("registry.example.com/mlplatform/scheduler:1.2.3")]
    [InlineData("registry.example.com/mlplatform/scheduler")]
    [InlineData("registry.example.com/mlplatform/scheduler@sha256:abc")]
    [InlineData("registry.example.com/mlplatform/scheduler:1.2@" + K8sTest.Digest)]
    [InlineData("")]
    public void ImageWithoutDigestIsRejectedNamingTheField(string image)
    {
        var errors = ImageReference.Validate(image, "services.scheduler.image");
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal("services.scheduler.image", e.Path));
    }

    [Fact]
    public void LatestTagIsReportedAsItsOwnProblem()
    {
        var errors = ImageReference.Validate("registry.example.com/app:latest", "img");
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Problem.Contains(":latest", StringComparison.Ordinal));
    }

    [Fact]
    public void RegistryPortIsNotMistakenForATag() =>
        Assert.True(ImageReference.IsPinned("localhost:5000/latest@" + K8sTest.Digest));

    [Fact]
    public void RequireThrowsForAnUnpinnedImage() =>
        Assert.Throws<InvalidSpecException>(() => ImageReference.Require("nginx:latest", "img"));
}

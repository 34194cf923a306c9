namespace MlPlatform.Stacks.Previews.Tests;

public class PulumiUrnTests
{
    [Theory]
    [InlineData("urn:pulumi:dev::sample::aws:s3/bucket:Bucket::docs", "aws:s3/bucket:Bucket", "docs", "dev")]
    [InlineData("urn:pulumi:dev::sample::aws:s3/bucket:Bucket$aws:s3:BucketEventSubscription$aws:lambda/function:Function::docsHandler", "aws:lambda/function:Function", "docsHandler", "dev")]
    [InlineData("urn:pulumi:prod::mlp::pulumi:pulumi:Stack$mlplatform:aws:GpuNodePool$aws:eks/nodeGroup:NodeGroup::gpu::odd::name", "aws:eks/nodeGroup:NodeGroup", "gpu::odd::name", "prod")]
    public void PartsAreReadFromTheUrn(string urn, string type, string name, string stack)
    {
        Assert.Equal(type, PulumiUrn.TypeOf(urn));
        Assert.Equal(name, PulumiUrn.NameOf(urn));
        Assert.Equal(stack, PulumiUrn.StackOf(urn));
    }

    [Fact]
    public void CreatedUrnsReadBack()
    {
        var urn = PulumiUrn.Create("dev", "mlplatform", "aws:eks/nodeGroup:NodeGroup", "l4-spot", "pulumi:pulumi:Stack");

        Assert.Equal("urn:pulumi:dev::mlplatform::pulumi:pulumi:Stack$aws:eks/nodeGroup:NodeGroup::l4-spot", urn);
        Assert.Equal("aws:eks/nodeGroup:NodeGroup", PulumiUrn.TypeOf(urn));
        Assert.Equal("l4-spot", PulumiUrn.NameOf(urn));
    }
}

namespace MlPlatform.CostModel.Tests;

public sealed class GpuModelsTests
{
    [Theory]
    [InlineData("NVIDIA A10G", "g5.xlarge", "A10G", 24)]
    [InlineData("A100", "p4d.24xlarge", "A100", 40)]
    [InlineData("A100", "p4de.24xlarge", "A100-80GB", 80)]
    [InlineData("A100-80GB", "Standard_NC24ads_A100_v4", "A100-80GB", 80)]
    [InlineData("V100-32GB", "Standard_ND40rs_v2", "V100-32GB", 32)]
    [InlineData("NVIDIA L4", "g6.xlarge", "L4", 24)]
    public void NvidiaNamesNormaliseWithTheirMemory(string accelerator, string instanceType, string name, int memoryGiB)
    {
        var model = GpuModels.Parse(accelerator, instanceType);

        Assert.Equal(name, model.Name);
        Assert.Equal(memoryGiB, model.MemoryGiB);
        Assert.True(model.IsNvidia);
    }

    [Theory]
    [InlineData("AWS Inferentia2", "inf2.xlarge")]
    [InlineData("AMD Radeon Pro V520", "g4ad.xlarge")]
    [InlineData("Qualcomm AI 100", "dl2q.24xlarge")]
    public void OtherAcceleratorsAreNotNvidia(string accelerator, string instanceType) =>
        Assert.False(GpuModels.Parse(accelerator, instanceType).IsNvidia);
}

namespace MlPlatform.CostModel;

/// <summary>A GPU or accelerator model as the price tables name it, normalised (for example <c>A10G</c>, <c>H100</c>).</summary>
/// <param name="Name">Short canonical name, used in node labels and job requests.</param>
/// <param name="MemoryGiB">Memory of one device; 0 where the tables' source does not say and <see cref="GpuModels"/> does not know it.</param>
/// <param name="IsNvidia">Whether the NVIDIA device plugin and the CUDA runtime serve it (the platform's GPU pools require this).</param>
public sealed record GpuModel(string Name, decimal MemoryGiB, bool IsNvidia);

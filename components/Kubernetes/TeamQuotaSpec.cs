namespace MlPlatform.Components.Kubernetes;

/// <summary>What a team's namespace may hold at once; the GPU, CPU and memory figures come from the team's config.</summary>
/// <param name="Gpus">GPUs (<c>requests.nvidia.com/gpu</c>); also the scheduler's quota for the team.</param>
/// <param name="CpuCores">CPU cores requested.</param>
/// <param name="MemoryGiB">Memory requested.</param>
/// <param name="Pods">Pods, a guard against runaway job loops.</param>
/// <param name="Services">Services (each inference version takes one).</param>
/// <param name="PersistentVolumeClaims">Volume claims (checkpoints, caches).</param>
/// <param name="Jobs">batch/v1 Jobs kept (finished ones count until cleaned up).</param>
/// <param name="Secrets">Secrets.</param>
/// <param name="ConfigMaps">ConfigMaps.</param>
public sealed record TeamQuotaSpec(
    int Gpus,
    int CpuCores,
    int MemoryGiB,
    int Pods = 200,
    int Services = 50,
    int PersistentVolumeClaims = 50,
    int Jobs = 500,
    int Secrets = 100,
    int ConfigMaps = 100);

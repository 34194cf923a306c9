namespace MlPlatform.Components.Aws;

/// <summary>
/// The launch template of a node group, as plain values: IMDSv2 required with a hop limit of 1 (pods get AWS credentials
/// from EKS Pod Identity, never from the node's role through IMDS), an encrypted gp3 root volume, and the user data.
/// </summary>
/// <param name="RootDeviceName">AL2023 EKS AMIs boot from <c>/dev/xvda</c>.</param>
public sealed record LaunchTemplateSettings(
    string HttpTokens,
    int HttpPutResponseHopLimit,
    string HttpEndpoint,
    string RootDeviceName,
    int RootVolumeGiB,
    string RootVolumeType,
    bool RootVolumeEncrypted,
    int RootVolumeIops,
    int RootVolumeThroughputMiBps,
    string UserDataBase64)
{
    /// <summary>Settings for a GPU pool, with the dataset cache on local NVMe when <paramref name="cacheMountPath"/> is set.</summary>
    public static LaunchTemplateSettings ForGpuPool(GpuPoolSpec spec, string? cacheMountPath)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return Default(spec.DiskSizeGiB, NodeUserData.RenderBase64(cacheMountPath, karpenterAssemblesRaid: false));
    }

    /// <summary>Settings for the system pool: no GPU, no cache.</summary>
    public static LaunchTemplateSettings ForSystemPool(int diskSizeGiB) =>
        Default(diskSizeGiB, NodeUserData.RenderBase64(cacheMountPath: null, karpenterAssemblesRaid: false));

    private static LaunchTemplateSettings Default(int diskSizeGiB, string userData) =>
        new(
            HttpTokens: "required",
            HttpPutResponseHopLimit: 1,
            HttpEndpoint: "enabled",
            RootDeviceName: "/dev/xvda",
            RootVolumeGiB: diskSizeGiB,
            RootVolumeType: "gp3",
            RootVolumeEncrypted: true,
            RootVolumeIops: 3000,
            RootVolumeThroughputMiBps: 250,
            UserDataBase64: userData);
}

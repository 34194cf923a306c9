using System.Text;
using MlPlatform.Components.Kubernetes;

namespace MlPlatform.Components.Aws;

/// <summary>
/// User data of GPU nodes on Amazon Linux 2023: a MIME multi-part document with a <c>nodeadm</c> NodeConfig part (kubelet
/// settings EKS merges with its own) and a shell script part that prepares the dataset cache on local NVMe. Managed node
/// groups require MIME for user data; nodeadm reads the <c>application/node.eks.aws</c> part, cloud-init runs the script.
/// </summary>
public static class NodeUserData
{
    /// <summary>The MIME boundary; fixed so the rendered document (and the launch template version) is stable.</summary>
    public const string Boundary = "MLPLATFORM-BOUNDARY";

    /// <summary>Where Karpenter's <c>instanceStorePolicy: RAID0</c> mounts the node's RAID0 of instance-store volumes.</summary>
    public const string KarpenterRaidMount = "/mnt/k8s-disks";

    /// <summary>
    /// The user data document. <paramref name="cacheMountPath"/> null leaves local disks alone; otherwise the script
    /// assembles the instance-store NVMe volumes into one RAID0 (or, under Karpenter, uses the RAID0 it assembled) and
    /// mounts it at that path.
    /// </summary>
    public static string Render(string? cacheMountPath, bool karpenterAssemblesRaid)
    {
        var builder = new StringBuilder();
        builder.Append("MIME-Version: 1.0\n");
        builder.Append($"Content-Type: multipart/mixed; boundary=\"{Boundary}\"\n\n");
        builder.Append($"--{Boundary}\n");
        builder.Append("Content-Type: application/node.eks.aws\n\n");
        builder.Append(NodeConfig());
        if (cacheMountPath is not null)
        {
            builder.Append($"\n--{Boundary}\n");
            builder.Append("Content-Type: text/x-shellscript; charset=\"us-ascii\"\n\n");
            builder.Append(karpenterAssemblesRaid ? BindKarpenterRaidScript(cacheMountPath) : NvmeRaidScript(cacheMountPath));
        }

        builder.Append($"\n--{Boundary}--\n");
        return builder.ToString();
    }

    /// <summary><see cref="Render"/>, base64-encoded as EC2 launch templates take it.</summary>
    public static string RenderBase64(string? cacheMountPath, bool karpenterAssemblesRaid) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Render(cacheMountPath, karpenterAssemblesRaid)));

    /// <summary>
    /// Kubelet settings merged into the node's configuration: a graceful shutdown window that fits inside the two-minute
    /// spot interruption notice, so pods get their termination grace period when a spot node is reclaimed.
    /// </summary>
    public static string NodeConfig() =>
        """
        ---
        apiVersion: node.eks.aws/v1alpha1
        kind: NodeConfig
        spec:
          kubelet:
            config:
              shutdownGracePeriod: 90s
              shutdownGracePeriodCriticalPods: 30s

        """.Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>
    /// The script that finds the instance-store NVMe volumes (not EBS), builds RAID0 over them (or formats the only one),
    /// and mounts the result at <paramref name="mountPath"/>. Idempotent: a reboot re-mounts, it never re-formats a
    /// mounted cache. Nodes without instance storage keep the cache on the root volume.
    /// </summary>
    public static string NvmeRaidScript(string mountPath)
    {
        ValidateMountPath(mountPath);
        return $$"""
            #!/usr/bin/env bash
            # Dataset cache: RAID0 over the instance-store NVMe volumes, mounted at {{mountPath}}.
            set -euo pipefail
            MOUNT_PATH="{{mountPath}}"
            mkdir -p "$MOUNT_PATH"
            if mountpoint -q "$MOUNT_PATH"; then exit 0; fi
            mapfile -t DEVICES < <(ls /dev/disk/by-id/nvme-Amazon_EC2_NVMe_Instance_Storage_* 2>/dev/null | grep -v -- '-part' | xargs -r -n1 readlink -f | sort -u)
            if [ "${#DEVICES[@]}" -eq 0 ]; then
              echo "dataset-cache: no instance-store NVMe volumes; the cache stays on the root volume"
              chown {{DatasetWarmerManifests.RunAsUser}}:{{DatasetWarmerManifests.RunAsUser}} "$MOUNT_PATH"
              exit 0
            fi
            if [ "${#DEVICES[@]}" -eq 1 ]; then
              TARGET="${DEVICES[0]}"
            else
              TARGET=/dev/md/dataset-cache
              if [ ! -e "$TARGET" ]; then
                dnf install -y -q mdadm || true
                mdadm --create "$TARGET" --run --level=0 --raid-devices="${#DEVICES[@]}" "${DEVICES[@]}"
                udevadm settle
              fi
            fi
            if ! blkid "$TARGET" >/dev/null 2>&1; then
              mkfs.xfs -f -L dataset-cache "$TARGET"
            fi
            mount -o defaults,noatime,nofail "$TARGET" "$MOUNT_PATH"
            # The warmer runs as a non-root user; it owns the cache, pods read it.
            chown {{DatasetWarmerManifests.RunAsUser}}:{{DatasetWarmerManifests.RunAsUser}} "$MOUNT_PATH"
            chmod 0755 "$MOUNT_PATH"
            echo "dataset-cache: mounted $TARGET (${#DEVICES[@]} device(s)) at $MOUNT_PATH"

            """.Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    /// <summary>
    /// Under Karpenter the node class assembles the RAID0 itself (<c>instanceStorePolicy: RAID0</c>) at
    /// <see cref="KarpenterRaidMount"/>; the script bind-mounts a directory of it at <paramref name="mountPath"/>.
    /// </summary>
    public static string BindKarpenterRaidScript(string mountPath)
    {
        ValidateMountPath(mountPath);
        return $$"""
            #!/usr/bin/env bash
            # Dataset cache: a directory of Karpenter's instance-store RAID0, bind-mounted at {{mountPath}}.
            set -euo pipefail
            MOUNT_PATH="{{mountPath}}"
            mkdir -p "$MOUNT_PATH"
            if mountpoint -q "$MOUNT_PATH"; then exit 0; fi
            for _ in $(seq 1 60); do mountpoint -q {{KarpenterRaidMount}} && break; sleep 2; done
            if mountpoint -q {{KarpenterRaidMount}}; then
              mkdir -p {{KarpenterRaidMount}}/dataset-cache
              chown {{DatasetWarmerManifests.RunAsUser}}:{{DatasetWarmerManifests.RunAsUser}} {{KarpenterRaidMount}}/dataset-cache
              mount --bind {{KarpenterRaidMount}}/dataset-cache "$MOUNT_PATH"
            fi

            """.Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static void ValidateMountPath(string mountPath)
    {
        // The path is pasted into a root shell script: allow only a plain absolute path.
        if (string.IsNullOrEmpty(mountPath) || mountPath[0] != '/' || mountPath == "/" || mountPath.Contains("..", StringComparison.Ordinal)
            || !mountPath.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '-' or '_' or '.'))
        {
            throw new ArgumentException($"mount path '{mountPath}' must be an absolute path of letters, digits, '/', '-', '_' or '.'", nameof(mountPath));
        }
    }
}

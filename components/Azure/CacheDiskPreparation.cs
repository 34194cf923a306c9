namespace MlPlatform.Components.Azure;

/// <summary>
/// The node preparation step for the dataset cache on Azure, where there is no node user data: a shell script for a
/// privileged init container of the warmer DaemonSet (host mount namespace) on nodes labelled
/// <c>mlplatform.io/dataset-cache-disk=nvme</c>. It stripes the unused local NVMe drives as RAID0, formats the array
/// once and mounts it at the cache path; it is idempotent, so a restarted pod finds the cache intact. On temp-disk
/// nodes nothing needs doing: the cache path sits under <c>/mnt</c>.
/// </summary>
public static class CacheDiskPreparation
{
    /// <summary>The script for <paramref name="mountPath"/> (absolute, no spaces or quotes).</summary>
    public static string NvmeScript(string mountPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(mountPath);
        if (!mountPath.StartsWith('/') || mountPath.Any(c => char.IsWhiteSpace(c) || c is '\'' or '"' or '$' or '`' or ';' or '\\'))
        {
            throw new ArgumentException($"'{mountPath}' must be an absolute path without spaces, quotes or shell characters", nameof(mountPath));
        }

        return $$"""
            #!/bin/sh
            # Stripe the node's unused local NVMe drives as RAID0 and mount them at {{mountPath}} (idempotent).
            set -eu
            MOUNT='{{mountPath}}'
            if mountpoint -q "$MOUNT"; then exit 0; fi
            DEVICES=""
            for d in /dev/nvme*n1; do
              [ -b "$d" ] || continue
              # Skip drives that are mounted or partitioned (the OS disk on NVMe-OS sizes).
              if lsblk -no MOUNTPOINT,TYPE "$d" | grep -q -e '/' -e part; then continue; fi
              DEVICES="$DEVICES $d"
            done
            mkdir -p "$MOUNT"
            if [ -z "$DEVICES" ]; then exit 0; fi
            COUNT=$(echo $DEVICES | wc -w)
            if [ "$COUNT" -gt 1 ]; then
              [ -b /dev/md0 ] || mdadm --create /dev/md0 --level=0 --raid-devices="$COUNT" $DEVICES --force --run
              DEVICE=/dev/md0
            else
              DEVICE=$(echo $DEVICES)
            fi
            blkid "$DEVICE" >/dev/null 2>&1 || mkfs.ext4 -F -m 0 -E nodiscard "$DEVICE"
            mount -o noatime "$DEVICE" "$MOUNT"

            """.Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}

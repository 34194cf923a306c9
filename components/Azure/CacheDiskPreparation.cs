using System.Collections.Immutable;

namespace MlPlatform.Components.Azure;

/// <summary>
/// The node preparation step for the dataset cache on Azure, where there is no node user data: a shell script run by a
/// privileged init container of the warmer DaemonSet before the warmer starts. It stripes the node's unused local NVMe
/// drives as RAID0, formats the array once and mounts it at the cache path on the host; it is idempotent (a cache
/// already mounted, or an array assembled before, is reused), so a restarted pod finds the cache intact. Nodes without
/// NVMe (temp-disk sizes, labelled <c>mlplatform.io/dataset-cache-disk=temp</c>) are left alone: the cache path sits
/// under <c>/mnt</c> on the temporary disk.
/// </summary>
public static class CacheDiskPreparation
{
    /// <summary>Name of the init container in the warmer's pod.</summary>
    public const string InitContainerName = "prepare-nvme-cache";

    /// <summary>Name of the pod volume holding the host's <c>/dev</c>.</summary>
    public const string DevVolume = "host-dev";

    /// <summary>Name of the pod volume holding the host directory that contains the cache path.</summary>
    public const string HostDirectoryVolume = "cache-parent";

    /// <summary>Prefix of every line the script logs, so node logs can be searched for it.</summary>
    public const string LogPrefix = "nvme-cache:";

    /// <summary>The script for <paramref name="mountPath"/> (absolute, no spaces or quotes).</summary>
    public static string NvmeScript(string mountPath)
    {
        ValidateMountPath(mountPath);
        return $$"""
            #!/bin/sh
            # Stripe the node's unused local NVMe drives as RAID0 and mount them at {{mountPath}} (idempotent).
            set -eu
            MOUNT='{{mountPath}}'
            log() { echo "{{LogPrefix}} $*"; }
            if mountpoint -q "$MOUNT"; then log "$MOUNT is already mounted; nothing to do"; exit 0; fi
            # An array assembled before (a pod restart, or a reboot that auto-assembled it as /dev/md127) is reused.
            DEVICE=$(awk '$3 == "active" && $4 == "raid0" && /nvme/ { print "/dev/" $1; exit }' /proc/mdstat 2>/dev/null || true)
            if [ -z "$DEVICE" ]; then
              DEVICES=""
              for d in /dev/nvme*n1; do
                [ -b "$d" ] || continue
                # Skip drives that are mounted, partitioned (the OS disk on NVMe-OS sizes) or in an array.
                if lsblk -no MOUNTPOINT,TYPE "$d" | grep -q -e '/' -e part -e raid; then continue; fi
                DEVICES="$DEVICES $d"
              done
              if [ -z "$DEVICES" ]; then log "no unused local NVMe drive on this node; the cache stays on the temporary disk"; exit 0; fi
              COUNT=$(echo $DEVICES | wc -w)
              if [ "$COUNT" -gt 1 ]; then
                log "striping$DEVICES as RAID0 on /dev/md0"
                mdadm --create /dev/md0 --level=0 --raid-devices="$COUNT" $DEVICES --force --run
                DEVICE=/dev/md0
              else
                DEVICE=$(echo $DEVICES)
              fi
            fi
            blkid "$DEVICE" >/dev/null 2>&1 || mkfs.ext4 -F -m 0 -E nodiscard "$DEVICE"
            mkdir -p "$MOUNT"
            mount -o noatime "$DEVICE" "$MOUNT"
            log "mounted $DEVICE at $MOUNT"

            """.Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    /// <summary>
    /// The host directory the init container mounts (the parent of <paramref name="mountPath"/>): mounting the cache
    /// path itself would make it a mount point inside the container and defeat the script's "already mounted" check.
    /// </summary>
    public static string HostDirectory(string mountPath)
    {
        ValidateMountPath(mountPath);
        var trimmed = mountPath.TrimEnd('/');
        var slash = trimmed.LastIndexOf('/');
        return slash <= 0 ? "/" : trimmed[..slash];
    }

    /// <summary>
    /// <paramref name="daemonSetSpec"/> (an <c>apps/v1</c> DaemonSet spec) with the preparation as its first init
    /// container: privileged, the host's <c>/dev</c>, and the host directory of the cache at the same path with
    /// <c>Bidirectional</c> propagation so the array it mounts appears on the host. The other containers' mounts of
    /// the cache's hostPath volume get <c>HostToContainer</c> propagation so they see the array too.
    /// </summary>
    public static ImmutableDictionary<string, object> AddTo(ImmutableDictionary<string, object> daemonSetSpec, string image, string mountPath)
    {
        ArgumentNullException.ThrowIfNull(daemonSetSpec);
        ArgumentException.ThrowIfNullOrEmpty(image);
        var template = (ImmutableDictionary<string, object>)daemonSetSpec["template"];
        var pod = (ImmutableDictionary<string, object>)template["spec"];
        var volumes = pod.TryGetValue("volumes", out var existingVolumes) ? (ImmutableArray<object>)existingVolumes : [];
        var cacheVolumes = volumes.Cast<ImmutableDictionary<string, object>>()
            .Where(v => v.TryGetValue("hostPath", out var host) && (string)((ImmutableDictionary<string, object>)host)["path"] == mountPath)
            .Select(v => (string)v["name"])
            .ToImmutableHashSet(StringComparer.Ordinal);
        var containers = ((ImmutableArray<object>)pod["containers"]).Cast<ImmutableDictionary<string, object>>()
            .Select(c => (object)WithHostToContainer(c, cacheVolumes))
            .ToImmutableArray();
        var init = pod.TryGetValue("initContainers", out var existingInit) ? (ImmutableArray<object>)existingInit : [];
        pod = pod
            .SetItem("containers", containers)
            .SetItem("initContainers", init.Insert(0, InitContainer(image, mountPath)))
            .SetItem("volumes", volumes.AddRange(
                Map().Add("name", DevVolume).Add("hostPath", Map().Add("path", "/dev").Add("type", "Directory")),
                Map().Add("name", HostDirectoryVolume).Add("hostPath", Map().Add("path", HostDirectory(mountPath)).Add("type", "DirectoryOrCreate"))));
        return daemonSetSpec.SetItem("template", template.SetItem("spec", pod));
    }

    /// <summary>The init container that runs <see cref="NvmeScript"/>.</summary>
    public static ImmutableDictionary<string, object> InitContainer(string image, string mountPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(image);
        var hostDirectory = HostDirectory(mountPath);
        return Map()
            .Add("name", InitContainerName)
            .Add("image", image)
            .Add("command", List("/bin/sh", "-c", NvmeScript(mountPath)))
            .Add("resources", Map()
                .Add("requests", Map().Add("cpu", "50m").Add("memory", "64Mi"))
                .Add("limits", Map().Add("memory", "512Mi")))
            // mdadm, mkfs and mount act on the host's block devices and mount table: root and privileged by necessity.
            .Add("securityContext", Map().Add("privileged", true).Add("runAsUser", 0).Add("runAsNonRoot", false))
            .Add("volumeMounts", List(
                Map().Add("name", DevVolume).Add("mountPath", "/dev"),
                Map().Add("name", HostDirectoryVolume).Add("mountPath", hostDirectory).Add("mountPropagation", "Bidirectional")));
    }

    private static ImmutableDictionary<string, object> WithHostToContainer(ImmutableDictionary<string, object> container, ImmutableHashSet<string> cacheVolumes)
    {
        if (!container.TryGetValue("volumeMounts", out var mounts))
        {
            return container;
        }

        var updated = ((ImmutableArray<object>)mounts).Cast<ImmutableDictionary<string, object>>()
            .Select(m => (object)(cacheVolumes.Contains((string)m["name"]) ? m.SetItem("mountPropagation", "HostToContainer") : m))
            .ToImmutableArray();
        return container.SetItem("volumeMounts", updated);
    }

    private static void ValidateMountPath(string mountPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(mountPath);
        if (!mountPath.StartsWith('/') || mountPath.Any(c => char.IsWhiteSpace(c) || c is '\'' or '"' or '$' or '`' or ';' or '\\'))
        {
            throw new ArgumentException($"'{mountPath}' must be an absolute path without spaces, quotes or shell characters", nameof(mountPath));
        }
    }

    private static ImmutableDictionary<string, object> Map() => ImmutableDictionary<string, object>.Empty;

    private static ImmutableArray<object> List(params object[] items) => [.. items];
}

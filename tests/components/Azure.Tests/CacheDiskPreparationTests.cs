using System.Collections.Immutable;
using System.Diagnostics;

namespace MlPlatform.Components.Azure.Tests;

public sealed class CacheDiskPreparationTests
{
    private const string Image = "ghcr.io/mlplatform/node-disk-prep@sha256:3b7e1c9a52d04f8e6a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6071";

    [Fact]
    public void ScriptChecksTheMountBeforeTouchingAnyDrive()
    {
        var script = CacheDiskPreparation.NvmeScript("/mnt/dataset-cache");

        var guard = script.IndexOf("if mountpoint -q \"$MOUNT\"; then", StringComparison.Ordinal);
        Assert.True(guard > 0);
        Assert.True(guard < script.IndexOf("mdadm", StringComparison.Ordinal));
        Assert.True(guard < script.IndexOf("mkfs.ext4", StringComparison.Ordinal));
    }

    [Fact]
    public void ScriptStripesThenFormatsOnlyAnUnformattedDeviceThenMounts()
    {
        var script = CacheDiskPreparation.NvmeScript("/mnt/dataset-cache");

        var stripe = script.IndexOf("mdadm --create /dev/md0 --level=0", StringComparison.Ordinal);
        var format = script.IndexOf("blkid \"$DEVICE\" >/dev/null 2>&1 || mkfs.ext4", StringComparison.Ordinal);
        var mount = script.IndexOf("mount -o noatime \"$DEVICE\" \"$MOUNT\"", StringComparison.Ordinal);
        Assert.True(stripe > 0 && format > stripe && mount > format);
    }

    [Fact]
    public void ScriptIsValidPosixShell()
    {
        var result = Shell.Run(CacheDiskPreparation.NvmeScript("/mnt/dataset-cache"), "-n");

        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void AlreadyMountedCacheIsLeftAlone()
    {
        using var node = new FakeNode(mounted: true, existingArray: null, formatted: false);

        var result = node.Run();

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("nvme-cache: " + node.MountPath + " is already mounted", result.Output, StringComparison.Ordinal);
        Assert.Equal(["mountpoint"], node.Calls());
    }

    [Fact]
    public void NodeWithoutUnusedNvmeIsSkippedWithALogLine()
    {
        using var node = new FakeNode(mounted: false, existingArray: null, formatted: false);

        var result = node.Run();

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("nvme-cache: no unused local NVMe drive", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(node.Calls(), c => c is "mdadm" or "mkfs.ext4" or "mount");
    }

    [Theory]
    [InlineData(false, new[] { "mountpoint", "awk", "blkid", "mkfs.ext4", "mount" })]
    [InlineData(true, new[] { "mountpoint", "awk", "blkid", "mount" })]
    public void ArrayAssembledBeforeIsReusedAndFormattedOnlyOnce(bool formatted, string[] expected)
    {
        using var node = new FakeNode(mounted: false, existingArray: "/dev/md127", formatted);

        var result = node.Run();

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(expected, node.Calls());
        Assert.Contains("nvme-cache: mounted /dev/md127 at " + node.MountPath, result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/mnt/dataset-cache", "/mnt")]
    [InlineData("/mnt/a/b/", "/mnt/a")]
    [InlineData("/cache", "/")]
    public void InitContainerMountsTheParentSoTheCachePathIsNotAMountPointInside(string mountPath, string parent)
    {
        Assert.Equal(parent, CacheDiskPreparation.HostDirectory(mountPath));
    }

    [Fact]
    public void AddToPutsAPrivilegedInitContainerFirstWithBidirectionalPropagation()
    {
        var spec = WarmerSpec();

        var prepared = CacheDiskPreparation.AddTo(spec, Image, "/mnt/dataset-cache");

        var pod = PodSpec(prepared);
        var init = (ImmutableDictionary<string, object>)Assert.Single((ImmutableArray<object>)pod["initContainers"]);
        Assert.Equal(Image, init["image"]);
        Assert.Equal(true, ((ImmutableDictionary<string, object>)init["securityContext"])["privileged"]);
        var parentMount = ((ImmutableArray<object>)init["volumeMounts"]).Cast<ImmutableDictionary<string, object>>()
            .Single(m => (string)m["name"] == CacheDiskPreparation.HostDirectoryVolume);
        Assert.Equal("Bidirectional", parentMount["mountPropagation"]);
        Assert.Equal("/mnt", parentMount["mountPath"]);
        var warmer = (ImmutableDictionary<string, object>)Assert.Single((ImmutableArray<object>)pod["containers"]);
        var mounts = ((ImmutableArray<object>)warmer["volumeMounts"]).Cast<ImmutableDictionary<string, object>>().ToList();
        Assert.Equal("HostToContainer", mounts.Single(m => (string)m["name"] == "cache")["mountPropagation"]);
        Assert.False(mounts.Single(m => (string)m["name"] == "tmp").ContainsKey("mountPropagation"));
        var volumeNames = ((ImmutableArray<object>)pod["volumes"]).Cast<ImmutableDictionary<string, object>>().Select(v => (string)v["name"]);
        Assert.Equal(["cache", "tmp", CacheDiskPreparation.DevVolume, CacheDiskPreparation.HostDirectoryVolume], volumeNames);
    }

    // The shape of the warmer's DaemonSet spec: one container with the cache hostPath and a scratch emptyDir.
    private static ImmutableDictionary<string, object> WarmerSpec()
    {
        var map = ImmutableDictionary<string, object>.Empty;
        var warmer = map.Add("name", "warmer").Add("volumeMounts", ImmutableArray.Create<object>(
            map.Add("name", "cache").Add("mountPath", "/cache"),
            map.Add("name", "tmp").Add("mountPath", "/tmp")));
        var pod = map.Add("containers", ImmutableArray.Create<object>(warmer)).Add("volumes", ImmutableArray.Create<object>(
            map.Add("name", "cache").Add("hostPath", map.Add("path", "/mnt/dataset-cache").Add("type", "DirectoryOrCreate")),
            map.Add("name", "tmp").Add("emptyDir", map)));
        return map.Add("template", map.Add("metadata", map).Add("spec", pod));
    }

    private static ImmutableDictionary<string, object> PodSpec(ImmutableDictionary<string, object> spec) =>
        (ImmutableDictionary<string, object>)((ImmutableDictionary<string, object>)spec["template"])["spec"];

    /// <summary>
    /// A node faked with stub commands first on PATH (mountpoint, awk reading /proc/mdstat, lsblk, mdadm, blkid, mkfs,
    /// mount): each stub records its name, so a test sees which steps ran without touching a real drive.
    /// </summary>
    private sealed class FakeNode : IDisposable
    {
        private readonly string _root = Directory.CreateTempSubdirectory("nvme-cache-").FullName;

        public FakeNode(bool mounted, string? existingArray, bool formatted)
        {
            MountPath = Path.Combine(_root, "cache");
            var bin = Directory.CreateDirectory(Path.Combine(_root, "bin")).FullName;
            Stub(bin, "mountpoint", mounted ? "exit 0" : "exit 1");
            Stub(bin, "awk", existingArray is null ? "exit 0" : $"echo {existingArray}");
            // Every drive the host may have reports a mount, so the fake node never offers a real one.
            Stub(bin, "lsblk", "echo '/ disk'");
            Stub(bin, "mdadm", "exit 0");
            Stub(bin, "blkid", formatted ? "exit 0" : "exit 2");
            Stub(bin, "mkfs.ext4", "exit 0");
            Stub(bin, "mount", "exit 0");
            Bin = bin;
        }

        public string MountPath { get; }

        private string Bin { get; }

        private string Log => Path.Combine(_root, "calls");

        public (int ExitCode, string Output) Run() =>
            Shell.Run(CacheDiskPreparation.NvmeScript(MountPath), null, Bin + ":/usr/bin:/bin");

        public string[] Calls() => File.Exists(Log) ? File.ReadAllLines(Log) : [];

        public void Dispose() => Directory.Delete(_root, recursive: true);

        private void Stub(string bin, string name, string body)
        {
            var path = Path.Combine(bin, name);
            File.WriteAllText(path, $"#!/bin/sh\necho {name} >> '{Log}'\n{body}\n");
            // The script targets Linux nodes; /bin/sh runs it on the Linux build hosts only.
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }
    }

    private static class Shell
    {
        public static (int ExitCode, string Output) Run(string script, string? option, string? path = null)
        {
            var start = new ProcessStartInfo("/bin/sh") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
            if (option is not null)
            {
                start.ArgumentList.Add(option);
            }

            if (path is not null)
            {
                start.Environment["PATH"] = path;
            }

            using var process = Process.Start(start)!;
            process.StandardInput.Write(script);
            process.StandardInput.Close();
            var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output);
        }
    }
}

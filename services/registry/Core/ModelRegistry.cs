using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace MlPlatform.Registry;

/// <summary>
/// Registry operations on a model store: register immutable content-addressed versions with lineage, move aliases
/// behind gates, roll the champion back, read it all. Every change to a model's aliases and audit log is one conditional
/// write of its state document, retried on a lost race, so concurrent promotions never lose an update.
/// </summary>
public sealed class ModelRegistry
{
    private const int MaxAttempts = 50;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private readonly IRegistryStore _store;
    private readonly TimeProvider _time;

    public ModelRegistry(IRegistryStore store, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _time = time ?? TimeProvider.System;
    }

    public string Location => _store.Location;

    /// <summary>
    /// Registers the model file or directory at <paramref name="source"/> (a directory must hold <c>model.onnx</c>; a file
    /// is stored as <c>model.onnx</c>). The same content registered again returns the existing version; content different
    /// from what <paramref name="version"/> already holds is refused.
    /// </summary>
    public async Task<RegisterOutcome> RegisterAsync(
        string model,
        string source,
        IReadOnlyDictionary<string, string> lineage,
        IReadOnlyDictionary<string, double> metrics,
        string who,
        string? version = null,
        CancellationToken cancellationToken = default)
    {
        CheckName(model, "model");
        ArgumentNullException.ThrowIfNull(lineage);
        ArgumentNullException.ThrowIfNull(metrics);
        if (version is not null)
        {
            CheckName(version, "version");
        }

        var files = await ReadSourceAsync(source, cancellationToken).ConfigureAwait(false);
        var listed = files.Select(f => f.File).OrderBy(f => f.Path, StringComparer.Ordinal).ToImmutableArray();
        var digest = Digest(listed);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var existing = await VersionsAsync(model, cancellationToken).ConfigureAwait(false);
            if (existing.FirstOrDefault(v => v.Digest == digest) is { } same && (version is null || same.Version == version))
            {
                await UploadAsync(model, same.Version, files, cancellationToken).ConfigureAwait(false);
                return new RegisterOutcome(same, Created: false);
            }

            if (version is not null && existing.FirstOrDefault(v => v.Version == version) is { } taken)
            {
                throw new RegistryException($"version {version} of model '{model}' already holds different content ({taken.Digest}, not {digest}); versions are immutable — register under a new version");
            }

            var number = version ?? NextVersion(existing);
            var record = new ModelVersionRecord(
                model,
                number,
                digest,
                listed,
                lineage.ToImmutableSortedDictionary(StringComparer.Ordinal),
                metrics.ToImmutableSortedDictionary(StringComparer.Ordinal),
                who,
                _time.GetUtcNow());
            try
            {
                // Claiming the record first fixes the number; the model file lands last, which is when the runtime sees it.
                await _store.WriteAsync(RegistryLayout.RecordKey(model, number), Serialize(record), WriteCondition.Absent, cancellationToken).ConfigureAwait(false);
            }
            catch (ConcurrentUpdateException)
            {
                continue;
            }

            await UploadAsync(model, number, files, cancellationToken).ConfigureAwait(false);
            await ChangeStateAsync(model, state => state with { Audit = state.Audit.Add(new AuditEntry(_time.GetUtcNow(), who, "register", null, null, number, digest)) }, cancellationToken).ConfigureAwait(false);
            return new RegisterOutcome(record, Created: true);
        }

        throw new RegistryException($"could not claim a version number for '{model}' after {MaxAttempts} attempts (too many concurrent registrations)");
    }

    /// <summary>
    /// Moves <paramref name="request"/>'s alias to its version when every gate holds; prints nothing and moves nothing
    /// otherwise. Gates: the offline expressions against the version's metrics, and the canary judged from the
    /// runtime's metrics when given.
    /// </summary>
    public async Task<PromotionOutcome> PromoteAsync(PromotionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        CheckName(request.Model, "model");
        CheckAlias(request.Alias);
        var record = await RecordAsync(request.Model, request.Version, cancellationToken).ConfigureAwait(false);
        var results = new List<GateResult>();
        foreach (var gate in request.Gates)
        {
            if (!record.Metrics.TryGetValue(gate.Metric, out var measured))
            {
                throw new RegistryException($"gate '{gate}' names metric '{gate.Metric}', which version {record.Version} of '{record.Model}' does not record (it has: {(record.Metrics.IsEmpty ? "no metrics" : string.Join(", ", record.Metrics.Keys))})");
            }

            results.Add(new GateResult(gate.Metric, measured.ToString("R", CultureInfo.InvariantCulture), $"{gate.Operator}{gate.Threshold.ToString("R", CultureInfo.InvariantCulture)}", gate.Holds(measured)));
        }

        if (request.CanarySamples is { } samples)
        {
            var state = (await ReadStateAsync(request.Model, cancellationToken).ConfigureAwait(false)).State;
            var champion = state.Aliases.GetValueOrDefault(RegistryLayout.Champion);
            var challenger = CanaryMetrics.Observe(samples, request.Model, request.Version);
            var baseline = champion is null || champion == request.Version ? null : CanaryMetrics.Observe(samples, request.Model, champion);
            results.AddRange(CanaryMetrics.Judge(challenger, baseline, request.Tolerances));
        }

        if (results.Any(r => !r.Passed))
        {
            return new PromotionOutcome(results, null);
        }

        var gates = results.Select(r => r.ToString()).ToList();
        AliasMove? move = null;
        await ChangeStateAsync(request.Model, state =>
        {
            var from = state.Aliases.GetValueOrDefault(request.Alias);
            move = new AliasMove(request.Model, request.Alias, from, request.Version);
            return state with
            {
                Aliases = state.Aliases.SetItem(request.Alias, request.Version),
                Audit = state.Audit.Add(new AuditEntry(_time.GetUtcNow(), request.Who, "promote", request.Alias, from, request.Version, request.Reason, gates)),
            };
        }, cancellationToken).ConfigureAwait(false);
        return new PromotionOutcome(results, move);
    }

    /// <summary>Moves the champion back to the one before it, as the audit log records the champion's history.</summary>
    public async Task<AliasMove> RollbackAsync(string model, string who, string? reason = null, CancellationToken cancellationToken = default)
    {
        CheckName(model, "model");
        AliasMove? move = null;
        await ChangeStateAsync(model, state =>
        {
            var history = ChampionHistory(state.Audit);
            if (history.Count < 2 || !state.Aliases.TryGetValue(RegistryLayout.Champion, out var current))
            {
                throw new RegistryException($"model '{model}' has no previous champion to roll back to (champion history: {(history.Count == 0 ? "empty" : string.Join(" → ", history))})");
            }

            var previous = history[^2];
            move = new AliasMove(model, RegistryLayout.Champion, current, previous);
            return state with
            {
                Aliases = state.Aliases.SetItem(RegistryLayout.Champion, previous),
                Audit = state.Audit.Add(new AuditEntry(_time.GetUtcNow(), who, "rollback", RegistryLayout.Champion, current, previous, reason)),
            };
        }, cancellationToken).ConfigureAwait(false);
        return move!;
    }

    /// <summary>A model's versions, aliases and audit log.</summary>
    public async Task<ModelSummary> ShowAsync(string model, CancellationToken cancellationToken = default)
    {
        CheckName(model, "model");
        var versions = await VersionsAsync(model, cancellationToken).ConfigureAwait(false);
        var state = (await ReadStateAsync(model, cancellationToken).ConfigureAwait(false)).State;
        if (versions.Count == 0 && state.Audit.IsEmpty)
        {
            throw new RegistryException($"model '{model}' is not registered in {_store.Location}");
        }

        return new ModelSummary(model, versions, state.Aliases, state.Audit);
    }

    /// <summary>One version's record (lineage, metrics, files, digest).</summary>
    public Task<ModelVersionRecord> LineageAsync(string model, string version, CancellationToken cancellationToken = default)
    {
        CheckName(model, "model");
        CheckName(version, "version");
        return RecordAsync(model, version, cancellationToken);
    }

    // Promotions push, rollbacks pop: the champion before the current one is the second from the top.
    internal static IReadOnlyList<string> ChampionHistory(IEnumerable<AuditEntry> audit)
    {
        var history = new List<string>();
        foreach (var entry in audit.Where(e => e.Alias == RegistryLayout.Champion))
        {
            if (entry.Action == "rollback")
            {
                if (history.Count > 0)
                {
                    history.RemoveAt(history.Count - 1);
                }
            }
            else if (history.Count == 0 || history[^1] != entry.To)
            {
                history.Add(entry.To);
            }
        }

        return history;
    }

    private async Task<ModelVersionRecord> RecordAsync(string model, string version, CancellationToken cancellationToken)
    {
        var stored = await _store.ReadAsync(RegistryLayout.RecordKey(model, version), cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            var known = (await VersionsAsync(model, cancellationToken).ConfigureAwait(false)).Select(v => v.Version).ToList();
            throw new RegistryException(known.Count == 0
                ? $"model '{model}' is not registered in {_store.Location}"
                : $"model '{model}' has no version {version} (versions: {string.Join(", ", known)})");
        }

        return Deserialize<ModelVersionRecord>(stored.Content, RegistryLayout.RecordKey(model, version));
    }

    private async Task<IReadOnlyList<ModelVersionRecord>> VersionsAsync(string model, CancellationToken cancellationToken)
    {
        var keys = await _store.ListAsync(RegistryLayout.VersionPrefix(model), cancellationToken).ConfigureAwait(false);
        var records = new List<ModelVersionRecord>();
        foreach (var key in keys.Where(k => k.EndsWith("/" + RegistryLayout.RecordFile, StringComparison.Ordinal) && k.Count(c => c == '/') == 3))
        {
            if (await _store.ReadAsync(key, cancellationToken).ConfigureAwait(false) is { } stored)
            {
                records.Add(Deserialize<ModelVersionRecord>(stored.Content, key));
            }
        }

        return [.. records.OrderBy(r => r.Version, Comparer<string>.Create(CompareVersions))];
    }

    private async Task<(ModelRegistryState State, string? ETag)> ReadStateAsync(string model, CancellationToken cancellationToken)
    {
        var stored = await _store.ReadAsync(RegistryLayout.StateKey(model), cancellationToken).ConfigureAwait(false);
        return stored is null ? (ModelRegistryState.Empty, null) : (Deserialize<ModelRegistryState>(stored.Content, RegistryLayout.StateKey(model)), stored.ETag);
    }

    private async Task ChangeStateAsync(string model, Func<ModelRegistryState, ModelRegistryState> change, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var (state, etag) = await ReadStateAsync(model, cancellationToken).ConfigureAwait(false);
            var next = change(state);
            try
            {
                await _store.WriteAsync(RegistryLayout.StateKey(model), Serialize(next), etag is null ? WriteCondition.Absent : WriteCondition.Matching(etag), cancellationToken).ConfigureAwait(false);
            }
            catch (ConcurrentUpdateException)
            {
                // Someone else changed the model meanwhile: re-read their state and apply ours on top.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 10 + (attempt * 5))), cancellationToken).ConfigureAwait(false);
                continue;
            }

            await MirrorAliasesAsync(model, cancellationToken).ConfigureAwait(false);
            return;
        }

        throw new RegistryException($"model '{model}' kept changing under {MaxAttempts} attempts; try again");
    }

    // The runtime reads aliases/<m>/<alias>. Write them from the state until the state read after writing is the one
    // written from, so a writer that mirrored an older state catches up and the last word is always the newest state.
    private async Task MirrorAliasesAsync(string model, CancellationToken cancellationToken)
    {
        var (state, etag) = await ReadStateAsync(model, cancellationToken).ConfigureAwait(false);
        for (var round = 0; round < MaxAttempts; round++)
        {
            foreach (var (alias, version) in state.Aliases)
            {
                foreach (var served in RegistryLayout.ServedAs(alias))
                {
                    await _store.WriteAsync(RegistryLayout.AliasKey(model, served), Encoding.UTF8.GetBytes(version), WriteCondition.None, cancellationToken).ConfigureAwait(false);
                }
            }

            var (latest, latestETag) = await ReadStateAsync(model, cancellationToken).ConfigureAwait(false);
            if (latestETag == etag)
            {
                return;
            }

            (state, etag) = (latest, latestETag);
        }
    }

    private async Task UploadAsync(string model, string version, IReadOnlyList<SourceFile> files, CancellationToken cancellationToken)
    {
        foreach (var file in files.OrderBy(f => f.File.Path == RegistryLayout.ModelFile ? 1 : 0).ThenBy(f => f.File.Path, StringComparer.Ordinal))
        {
            var key = RegistryLayout.FileKey(model, version, file.File.Path);
            if (await _store.ReadAsync(key, cancellationToken).ConfigureAwait(false) is { } present && Sha256(present.Content.Span) == file.File.Sha256)
            {
                continue;
            }

            await _store.WriteAsync(key, await File.ReadAllBytesAsync(file.FullPath, cancellationToken).ConfigureAwait(false), WriteCondition.None, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<IReadOnlyList<SourceFile>> ReadSourceAsync(string source, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(source);
        var full = Path.GetFullPath(source);
        List<(string Path, string Relative)> paths;
        if (File.Exists(full))
        {
            paths = [(full, RegistryLayout.ModelFile)];
        }
        else if (Directory.Exists(full))
        {
            paths = [.. Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories)
                .Select(p => (p, Path.GetRelativePath(full, p).Replace(Path.DirectorySeparatorChar, '/')))
                .Where(p => p.Item2 != RegistryLayout.RecordFile)];
            if (!paths.Any(p => p.Relative == RegistryLayout.ModelFile))
            {
                throw new RegistryException($"{source}: the directory has no {RegistryLayout.ModelFile} (the runtime serves that file)");
            }
        }
        else
        {
            throw new RegistryException($"{source}: no such file or directory");
        }

        var files = new List<SourceFile>();
        foreach (var (path, relative) in paths)
        {
            await using var stream = File.OpenRead(path);
            var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false));
            files.Add(new SourceFile(path, new RegisteredFile(relative, stream.Length, hash)));
        }

        return files;
    }

    private static string Digest(IEnumerable<RegisteredFile> files)
    {
        var manifest = string.Concat(files.Select(f => $"{f.Path}\t{f.Size.ToString(CultureInfo.InvariantCulture)}\t{f.Sha256}\n"));
        return "sha256:" + Sha256(Encoding.UTF8.GetBytes(manifest));
    }

    private static string Sha256(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    private static string NextVersion(IReadOnlyList<ModelVersionRecord> existing) =>
        (existing.Select(v => long.TryParse(v.Version, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0).DefaultIfEmpty(0).Max() + 1).ToString(CultureInfo.InvariantCulture);

    private static int CompareVersions(string? a, string? b) =>
        long.TryParse(a, out var x) && long.TryParse(b, out var y) ? x.CompareTo(y) : string.CompareOrdinal(a, b);

    private static void CheckName(string name, string what)
    {
        if (!RegistryLayout.IsValidName(name))
        {
            throw new RegistryException($"{what} '{name}' is not a valid name (letters, digits, '.', '_', '-'; at most 128; not starting with '.')");
        }
    }

    private static void CheckAlias(string alias)
    {
        CheckName(alias, "alias");
        if (alias is RegistryLayout.RuntimeStable or RegistryLayout.RuntimeCanary)
        {
            throw new RegistryException($"alias '{alias}' is the runtime's serving alias; promote to '{RegistryLayout.Champion}' (served as stable) or '{RegistryLayout.Challenger}' (served as canary)");
        }
    }

    private static byte[] Serialize<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Json);

    private static T Deserialize<T>(ReadOnlyMemory<byte> content, string key)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(content.Span, Json) ?? throw new RegistryException($"{key} is empty");
        }
        catch (JsonException e)
        {
            throw new RegistryException($"{key} is not a registry document: {e.Message}", e);
        }
    }

    private sealed record SourceFile(string FullPath, RegisteredFile File);
}

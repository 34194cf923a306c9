namespace MlPlatform.Policies;

/// <summary>
/// Finds the resources that configure an S3 bucket (public access block, encryption, policy), which Pulumi.Aws 7 models
/// as separate resources pointing at the bucket by name. A link is, in order: the engine's recorded dependency of the
/// <c>bucket</c> input on the bucket; an equal known bucket name; or, when either name is not known yet (a preview), the
/// same parent with a name that starts with the bucket's resource name (<c>models</c> → <c>models-encryption</c>).
/// Lookups go through an index built once per input and type set, so the rules stay linear in the resources.
/// </summary>
internal static class BucketLinks
{
    public static IEnumerable<PolicyResource> For(PolicyResource bucket, PolicyInput input, params string[] types)
    {
        var index = input.Derived("bucket-links:" + string.Join(",", types), i => new Index(i.OfTypes(types)));
        var name = Values.AsString(bucket.InputOrOutput("bucket"));
        var id = Values.AsString(bucket.Outputs.GetValueOrDefault("id"));
        var found = new List<PolicyResource>(4);
        void Add(PolicyResource candidate)
        {
            if (!found.Contains(candidate))
            {
                found.Add(candidate);
            }
        }

        index.DependingOn(bucket.Urn).ForEach(Add);
        if (name is not null)
        {
            index.Naming(name).ForEach(Add);
        }

        if (id is not null && id != name)
        {
            index.Naming(id).ForEach(Add);
        }

        foreach (var candidate in index.Prefixed(bucket.Parent, bucket.Name))
        {
            // By name only when the exact link cannot be made: the candidate's target or the bucket's own name is unknown.
            if ((name is null && id is null) || !index.HasKnownTarget(candidate))
            {
                Add(candidate);
            }
        }

        return found;
    }

    private sealed class Index
    {
        private readonly Dictionary<string, List<PolicyResource>> _byDependency = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<PolicyResource>> _byName = new(StringComparer.Ordinal);
        private readonly Dictionary<(string?, string), List<PolicyResource>> _byPrefix = new();
        private readonly HashSet<PolicyResource> _knownTarget = new(ReferenceEqualityComparer.Instance);

        public Index(IEnumerable<PolicyResource> candidates)
        {
            foreach (var candidate in candidates)
            {
                if (candidate.PropertyDependencies is { } deps && deps.TryGetValue("bucket", out var urns))
                {
                    foreach (var urn in urns)
                    {
                        Add(_byDependency, urn, candidate);
                    }
                }

                var target = candidate.Input("bucket");
                if (Values.AsString(target) is { } name && !Values.IsUnknown(target))
                {
                    Add(_byName, name, candidate);
                    _knownTarget.Add(candidate);
                }

                for (var dash = candidate.Name.IndexOf('-', StringComparison.Ordinal); dash > 0; dash = candidate.Name.IndexOf('-', dash + 1))
                {
                    Add(_byPrefix, (candidate.Parent, candidate.Name[..dash]), candidate);
                }
            }
        }

        private static readonly List<PolicyResource> None = [];

        public List<PolicyResource> DependingOn(string urn) => _byDependency.GetValueOrDefault(urn) ?? None;

        public List<PolicyResource> Naming(string name) => _byName.GetValueOrDefault(name) ?? None;

        public List<PolicyResource> Prefixed(string? parent, string name) => _byPrefix.GetValueOrDefault((parent, name)) ?? None;

        public bool HasKnownTarget(PolicyResource candidate) => _knownTarget.Contains(candidate);

        private static void Add<TKey>(Dictionary<TKey, List<PolicyResource>> index, TKey key, PolicyResource candidate)
            where TKey : notnull
        {
            if (!index.TryGetValue(key, out var list))
            {
                index[key] = list = [];
            }

            list.Add(candidate);
        }
    }
}

// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Helm.V3
{
    /// <summary>
    /// A Helm release installed by the provider (<c>helm install</c>/<c>upgrade</c> as one resource), unlike
    /// <c>Chart</c>, which renders the chart into separate objects.
    /// </summary>
    [KubernetesResourceType("kubernetes:helm.sh/v3:Release")]
    public partial class Release : KubernetesResource
    {
        [Output("chart")]
        public Output<string> Chart { get; private set; } = null!;

        [Output("name")]
        public Output<string> Name { get; private set; } = null!;

        [Output("namespace")]
        public Output<string> Namespace { get; private set; } = null!;

        [Output("status")]
        public Output<Pulumi.Kubernetes.Types.Outputs.Helm.V3.ReleaseStatus> Status { get; private set; } = null!;

        [Output("values")]
        public Output<ImmutableDictionary<string, object>> Values { get; private set; } = null!;

        [Output("version")]
        public Output<string> Version { get; private set; } = null!;

        public Release(string name, Pulumi.Kubernetes.Types.Inputs.Helm.V3.ReleaseArgs? args = null, CustomResourceOptions? options = null)
            : base("kubernetes:helm.sh/v3:Release", name, MakeArgs(args), MakeResourceOptions(options, ""))
        {
        }

        private Release(string name, Input<string> id, CustomResourceOptions? options = null)
            : base("kubernetes:helm.sh/v3:Release", name, null, MakeResourceOptions(options, id))
        {
        }

        private static Pulumi.Kubernetes.Types.Inputs.Helm.V3.ReleaseArgs? MakeArgs(Pulumi.Kubernetes.Types.Inputs.Helm.V3.ReleaseArgs? args)
        {
            args ??= new Pulumi.Kubernetes.Types.Inputs.Helm.V3.ReleaseArgs();
            args.Compat = "true";
            return args;
        }

        private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
        {
            var defaultOptions = new CustomResourceOptions
            {
                Version = Utilities.Version,
            };
            var merged = CustomResourceOptions.Merge(defaultOptions, options);
            merged.Id = id ?? merged.Id;
            return merged;
        }

        public static Release Get(string name, Input<string> id, CustomResourceOptions? options = null) => new Release(name, id, options);
    }
}

namespace Pulumi.Kubernetes.Types.Inputs.Helm.V3
{
    public class ReleaseArgs : global::Pulumi.ResourceArgs
    {
        [Input("allowNullValues")]
        public Input<bool>? AllowNullValues { get; set; }

        [Input("atomic")]
        public Input<bool>? Atomic { get; set; }

        [Input("chart", required: true)]
        public Input<string> Chart { get; set; } = null!;

        [Input("cleanupOnFail")]
        public Input<bool>? CleanupOnFail { get; set; }

        [Input("compat")]
        public Input<string>? Compat { get; set; }

        [Input("createNamespace")]
        public Input<bool>? CreateNamespace { get; set; }

        [Input("dependencyUpdate")]
        public Input<bool>? DependencyUpdate { get; set; }

        [Input("description")]
        public Input<string>? Description { get; set; }

        [Input("devel")]
        public Input<bool>? Devel { get; set; }

        [Input("disableCRDHooks")]
        public Input<bool>? DisableCRDHooks { get; set; }

        [Input("disableOpenapiValidation")]
        public Input<bool>? DisableOpenapiValidation { get; set; }

        [Input("disableWebhooks")]
        public Input<bool>? DisableWebhooks { get; set; }

        [Input("forceUpdate")]
        public Input<bool>? ForceUpdate { get; set; }

        [Input("keyring")]
        public Input<string>? Keyring { get; set; }

        [Input("lint")]
        public Input<bool>? Lint { get; set; }

        [Input("manifest")]
        private InputMap<object>? _manifest;

        public InputMap<object> Manifest
        {
            get => _manifest ?? (_manifest = new InputMap<object>());
            set => _manifest = value;
        }

        [Input("maxHistory")]
        public Input<int>? MaxHistory { get; set; }

        [Input("name")]
        public Input<string>? Name { get; set; }

        [Input("namespace")]
        public Input<string>? Namespace { get; set; }

        [Input("postrender")]
        public Input<string>? Postrender { get; set; }

        [Input("recreatePods")]
        public Input<bool>? RecreatePods { get; set; }

        [Input("renderSubchartNotes")]
        public Input<bool>? RenderSubchartNotes { get; set; }

        [Input("replace")]
        public Input<bool>? Replace { get; set; }

        [Input("repositoryOpts")]
        public Input<Pulumi.Kubernetes.Types.Inputs.Helm.V3.RepositoryOptsArgs>? RepositoryOpts { get; set; }

        [Input("resetValues")]
        public Input<bool>? ResetValues { get; set; }

        [Input("resourceNames")]
        private InputMap<ImmutableArray<string>>? _resourceNames;

        public InputMap<ImmutableArray<string>> ResourceNames
        {
            get => _resourceNames ?? (_resourceNames = new InputMap<ImmutableArray<string>>());
            set => _resourceNames = value;
        }

        [Input("reuseValues")]
        public Input<bool>? ReuseValues { get; set; }

        [Input("skipAwait")]
        public Input<bool>? SkipAwait { get; set; }

        [Input("skipCrds")]
        public Input<bool>? SkipCrds { get; set; }

        [Input("timeout")]
        public Input<int>? Timeout { get; set; }

        [Input("values")]
        private InputMap<object>? _values;

        public InputMap<object> Values
        {
            get => _values ?? (_values = new InputMap<object>());
            set => _values = value;
        }

        [Input("verify")]
        public Input<bool>? Verify { get; set; }

        [Input("version")]
        public Input<string>? Version { get; set; }

        [Input("waitForJobs")]
        public Input<bool>? WaitForJobs { get; set; }

        public ReleaseArgs()
        {
        }

        public static new ReleaseArgs Empty => new ReleaseArgs();
    }
}

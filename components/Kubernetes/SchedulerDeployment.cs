using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using MlPlatform.Scheduler.Configuration;
using Pulumi;
using Pulumi.Kubernetes.Core.V1;
using Pulumi.Kubernetes.Networking.V1;
using Pulumi.Kubernetes.Policy.V1;
using Pulumi.Kubernetes.Rbac.V1;
using Pulumi.Kubernetes.Scheduling.V1;
using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
using Pulumi.Kubernetes.Types.Inputs.Core.V1;
using Pulumi.Kubernetes.Types.Inputs.Meta.V1;
using Pulumi.Kubernetes.Types.Inputs.Policy.V1;
using Pulumi.Kubernetes.Types.Inputs.Rbac.V1;
using Pulumi.Kubernetes.Types.Inputs.Scheduling.V1;
using Pulumi.Random;
using Deployment = Pulumi.Kubernetes.Apps.V1.Deployment;

namespace MlPlatform.Components.Kubernetes;

/// <summary>
/// The bundled GPU job scheduler: its namespace and jobs namespace, a service account bound to its cloud identity, RBAC
/// limited to Jobs and Pods in the namespaces it manages (plus reading nodes), a PriorityClass per queue, its config as a
/// ConfigMap built from the typed stack config, per-team API tokens and the admin token as generated secrets, the state
/// store (SQLite on a volume, or a PostgreSQL connection string with a generated password, kept secret), one replica
/// (one replica with SQLite, <c>Recreate</c>, no PodDisruptionBudget, which would block node drains; with PostgreSQL one or
/// more replicas electing a leader, rolling updates, spread over nodes and zones, <c>maxUnavailable: 1</c> over several), and
/// a Service with Prometheus scrape annotations.
/// </summary>
public sealed class SchedulerDeployment : ComponentResource
{
    public const string TypeToken = "mlplatform:k8s:SchedulerDeployment";

    /// <summary>The token before it matched the class name (issue 17); stacks deployed with it keep the scheduler.</summary>
    public const string FormerTypeToken = "mlplatform:k8s:Scheduler";

    public const string ComponentLabel = "scheduler";

    public const string AppName = "scheduler";

    public const string TokensSecretName = "scheduler-tokens";

    public const string AdminTokenKey = "admin";

    public const string PostgresSecretName = "scheduler-postgres";

    public const string ConnectionStringKey = "connection-string";

    /// <summary>Where the PostgreSQL CA bundle is mounted (<see cref="PostgresCaBundles.FileName"/> in it).</summary>
    public const string PostgresCaDirectory = "/etc/mlplatform/postgres-ca";

    public const string PostgresCaConfigMapName = "scheduler-postgres-ca";

    /// <summary>Where the image expects the price tables (<c>MLPLATFORM_PRICING_DIR</c>).</summary>
    public const string PricingDirectory = "/etc/mlplatform/pricing";

    /// <summary>The offset of queue priorities in PriorityClass values, above the default of 0 for unclassified pods.</summary>
    public const int PriorityClassBase = 1000;

    /// <summary>Kubernetes caps a ConfigMap at 1 MiB; leave room for metadata.</summary>
    public const int MaxConfigMapBytes = 1_000_000;

    public SchedulerDeployment(string name, SchedulerDeploymentArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, Kubernetes.FormerTypeToken.Alias(options, FormerTypeToken))
    {
        ArgumentNullException.ThrowIfNull(args);
        InvalidSpecException.ThrowIfAny(SchedulerDeploymentPlan.Validate(args));
        var settings = args.Settings;
        var ns = args.Namespace;
        var labels = KubernetesLabels.For(AppName, name, args.Version, ComponentLabel);
        var selector = SchedulerDeploymentPlan.Selector(name);
        var child = new CustomResourceOptions { Parent = this };

        var dependsOn = new List<Resource>();
        if (args.CreateNamespace)
        {
            dependsOn.Add(new Namespace($"{name}-namespace", new NamespaceArgs
            {
                Metadata = KubeArgs.Meta(ns, null, labels.SetItem("pod-security.kubernetes.io/enforce", "restricted")),
            }, child));
        }

        var managed = ImmutableArray.Create(settings.JobsNamespace).AddRange(args.TeamNamespaces).Distinct(StringComparer.Ordinal).ToList();
        if (settings.JobsNamespace != ns && !args.TeamNamespaces.Contains(settings.JobsNamespace))
        {
            dependsOn.Add(new Namespace($"{name}-jobs-namespace", new NamespaceArgs
            {
                Metadata = KubeArgs.Meta(settings.JobsNamespace, null, labels.SetItem(TeamNamespace.TeamNamespaceLabel, "true")),
            }, child));
        }

        var inNamespace = new CustomResourceOptions { Parent = this, DependsOn = [.. dependsOn] };
        if (args.CreateNamespace)
        {
            foreach (var policy in NetworkPolicies.ForScheduler(args.Cloud, args.Port, TeamNamespace.TeamNamespaceLabel))
            {
                _ = new NetworkPolicy($"{name}-{policy.Name}", NetworkPolicies.ToArgs(policy, ns, labels), inNamespace);
            }
        }

        var accountMeta = KubeArgs.Meta(PlatformServiceAccounts.Scheduler.Name, ns, labels);
        if (args.Identity is not null)
        {
            accountMeta.Annotations = args.Identity.ToOutput().Apply(id => ImmutableDictionary<string, string>.Empty.Add(CloudIdentity.AnnotationKey(args.Cloud), id));
        }

        var account = new ServiceAccount($"{name}-account", new ServiceAccountArgs { Metadata = accountMeta }, inNamespace);
        var subject = new SubjectArgs { Kind = "ServiceAccount", Name = PlatformServiceAccounts.Scheduler.Name, Namespace = ns };

        foreach (var queue in settings.Queues)
        {
            _ = new PriorityClass($"{name}-priority-{queue.Name}", new PriorityClassArgs
            {
                Metadata = KubeArgs.Meta(KubernetesNames.PriorityClass(queue.Name!), null, labels),
                Value = PriorityClassBase + queue.Priority,
                GlobalDefault = false,
                PreemptionPolicy = "PreemptLowerPriority",
                Description = $"Jobs of the scheduler queue '{queue.Name}'.",
            }, child);
        }

        foreach (var managedNamespace in managed)
        {
            var roleName = "mlplatform-scheduler";
            _ = new Role($"{name}-role-{managedNamespace}", new RoleArgs
            {
                Metadata = KubeArgs.Meta(roleName, managedNamespace, labels),
                Rules = SchedulerDeploymentPlan.JobRules().ToArray(),
            }, inNamespace);
            _ = new RoleBinding($"{name}-binding-{managedNamespace}", new RoleBindingArgs
            {
                Metadata = KubeArgs.Meta(roleName, managedNamespace, labels),
                RoleRef = new RoleRefArgs { ApiGroup = "rbac.authorization.k8s.io", Kind = "Role", Name = roleName },
                Subjects = subject,
            }, inNamespace);
        }

        var nodeReader = $"mlplatform-scheduler-nodes-{name}";
        _ = new ClusterRole($"{name}-node-reader", new ClusterRoleArgs
        {
            Metadata = KubeArgs.Meta(nodeReader, null, labels),
            Rules = new PolicyRuleArgs { ApiGroups = "", Resources = "nodes", Verbs = SchedulerDeploymentPlan.ReadVerbs },
        }, child);
        _ = new ClusterRoleBinding($"{name}-node-reader", new ClusterRoleBindingArgs
        {
            Metadata = KubeArgs.Meta(nodeReader, null, labels),
            RoleRef = new RoleRefArgs { ApiGroup = "rbac.authorization.k8s.io", Kind = "ClusterRole", Name = nodeReader },
            Subjects = subject,
        }, child);

        // API tokens: generated, never in config; the admin token and one per team.
        var tokenNames = settings.Teams.Select(t => t.Name!).Prepend(AdminTokenKey).ToList();
        var tokens = tokenNames.Select(t => new RandomPassword($"{name}-token-{t}", new RandomPasswordArgs { Length = 48, Special = false }, child).Result).ToList();
        var tokenData = Output.All(tokens).Apply(values => tokenNames.Zip(values).ToImmutableDictionary(p => p.First, p => p.Second));
        var tokensSecret = new Secret($"{name}-tokens", new SecretArgs
        {
            Metadata = KubeArgs.Meta(TokensSecretName, ns, labels),
            Type = "Opaque",
            StringData = Output.CreateSecret(tokenData),
        }, inNamespace);

        var env = new List<EnvVarArgs>
        {
            new() { Name = "Urls", Value = $"http://0.0.0.0:{args.Port.ToString(CultureInfo.InvariantCulture)}" },
            new() { Name = "ASPNETCORE_ENVIRONMENT", Value = "Production" },
            SchedulerDeploymentPlan.FromSecret(SchedulerEnvironment.AdminTokenKey, TokensSecretName, AdminTokenKey),

            // The pod's name heads its name in the leader lease (the scheduler adds a per-process suffix).
            new() { Name = SchedulerEnvironment.InstanceIdKey, ValueFrom = new EnvVarSourceArgs { FieldRef = new ObjectFieldSelectorArgs { FieldPath = "metadata.name" } } },
        };
        env.AddRange(settings.Teams.Select((t, i) => SchedulerDeploymentPlan.FromSecret(SchedulerEnvironment.TeamTokenKey(i), TokensSecretName, t.Name!)));

        var volumes = new List<VolumeArgs> { new() { Name = "tmp", EmptyDir = new EmptyDirVolumeSourceArgs { SizeLimit = "1Gi" } } };
        var mounts = new List<VolumeMountArgs> { new() { Name = "tmp", MountPath = "/tmp" } };
        var stateDependencies = new List<Resource> { tokensSecret, account };
        if (settings.StateStore == StoreOptions.Sqlite)
        {
            var claim = new PersistentVolumeClaim($"{name}-state", new PersistentVolumeClaimArgs
            {
                Metadata = KubeArgs.Meta("scheduler-state", ns, labels),
                Spec = SchedulerDeploymentPlan.StateClaim(args),
            }, inNamespace);
            stateDependencies.Add(claim);
            volumes.Add(new VolumeArgs { Name = "state", PersistentVolumeClaim = new PersistentVolumeClaimVolumeSourceArgs { ClaimName = "scheduler-state" } });
            mounts.Add(new VolumeMountArgs { Name = "state", MountPath = SchedulerConfigMap.SqliteDirectory });
        }
        else
        {
            var password = args.PostgresPassword?.ToOutput()
                ?? new RandomPassword($"{name}-postgres-password", new RandomPasswordArgs { Length = 32, Special = false }, child).Result;
            PostgresPassword = Output.CreateSecret(password);
            var rootCertificate = args.PostgresCaBundle is null ? null : $"{PostgresCaDirectory}/{PostgresCaBundles.FileName}";
            PostgresConnectionString = Output.CreateSecret(Output.Tuple(args.PostgresHost.ToOutput(), password)
                .Apply(t => SchedulerDeploymentPlan.PostgresConnection(t.Item1, args.PostgresDatabase, args.PostgresUser, t.Item2, rootCertificate)));
            if (args.PostgresCaBundle is not null)
            {
                stateDependencies.Add(new ConfigMap($"{name}-postgres-ca", new ConfigMapArgs
                {
                    Metadata = KubeArgs.Meta(PostgresCaConfigMapName, ns, labels),
                    Data = new Dictionary<string, string> { [PostgresCaBundles.FileName] = args.PostgresCaBundle },
                }, inNamespace));
                volumes.Add(new VolumeArgs { Name = "postgres-ca", ConfigMap = new ConfigMapVolumeSourceArgs { Name = PostgresCaConfigMapName } });
                mounts.Add(new VolumeMountArgs { Name = "postgres-ca", MountPath = PostgresCaDirectory, ReadOnly = true });
            }

            stateDependencies.Add(new Secret($"{name}-postgres", new SecretArgs
            {
                Metadata = KubeArgs.Meta(PostgresSecretName, ns, labels),
                Type = "Opaque",
                StringData = PostgresConnectionString.Apply(c => ImmutableDictionary<string, string>.Empty.Add(ConnectionStringKey, c)),
            }, inNamespace));
            env.Add(SchedulerDeploymentPlan.FromSecret(SchedulerEnvironment.PostgresConnectionStringKey, PostgresSecretName, ConnectionStringKey));
        }

        if (!args.PricingTables.IsEmpty)
        {
            stateDependencies.Add(new ConfigMap($"{name}-pricing", new ConfigMapArgs
            {
                Metadata = KubeArgs.Meta("scheduler-pricing", ns, labels),
                Data = args.PricingTables,
            }, inNamespace));
            volumes.Add(new VolumeArgs { Name = "pricing", ConfigMap = new ConfigMapVolumeSourceArgs { Name = "scheduler-pricing" } });
            mounts.Add(new VolumeMountArgs { Name = "pricing", MountPath = PricingDirectory, ReadOnly = true });
            env.Add(new EnvVarArgs { Name = "MLPLATFORM_PRICING_DIR", Value = PricingDirectory });
        }

        var configData = SchedulerConfigMap.Data(settings);
        var config = new ConfigMap($"{name}-config", new ConfigMapArgs
        {
            Metadata = KubeArgs.Meta("scheduler-config", ns, labels),
            Data = configData,
        }, inNamespace);
        stateDependencies.Add(config);

        var scrape = SchedulerDeploymentPlan.ScrapeAnnotations(args.Port);
        var checksummed = configData.SetItems(args.PricingTables);
        if (args.PostgresCaBundle is not null)
        {
            checksummed = checksummed.SetItem(PostgresCaConfigMapName, args.PostgresCaBundle);
        }

        var podAnnotations = scrape.SetItem("mlplatform.io/config-checksum", SchedulerDeploymentPlan.Checksum(checksummed));
        var deployment = new Deployment($"{name}-deployment", new DeploymentArgs
        {
            Metadata = KubeArgs.Meta(AppName, ns, labels),
            Spec = new DeploymentSpecArgs
            {
                Replicas = args.Replicas,
                Strategy = SchedulerDeploymentPlan.Strategy(settings),
                Selector = new LabelSelectorArgs { MatchLabels = selector },
                Template = new PodTemplateSpecArgs
                {
                    Metadata = new ObjectMetaArgs { Labels = labels.SetItems(CloudIdentity.PodLabels(args.Cloud)), Annotations = podAnnotations },
                    Spec = new PodSpecArgs
                    {
                        ServiceAccountName = PlatformServiceAccounts.Scheduler.Name,
                        SecurityContext = KubeArgs.RestrictedPod(KubeArgs.DotnetImageUser),
                        TerminationGracePeriodSeconds = 30,
                        Containers = new ContainerArgs
                        {
                            Name = AppName,
                            Image = args.Image,
                            ImagePullPolicy = "IfNotPresent",
                            Ports = new ContainerPortArgs { Name = "http", ContainerPortValue = args.Port, Protocol = "TCP" },
                            EnvFrom = new EnvFromSourceArgs { ConfigMapRef = new ConfigMapEnvSourceArgs { Name = "scheduler-config" } },
                            Env = env.ToArray(),
                            ReadinessProbe = KubeArgs.Probe(ServingProbes.ServiceReadiness(args.Port)),
                            LivenessProbe = KubeArgs.Probe(ServingProbes.ServiceLiveness(args.Port)),
                            Resources = new ResourceRequirementsArgs
                            {
                                Requests = new Dictionary<string, string> { ["cpu"] = args.CpuRequest, ["memory"] = args.MemoryRequest },
                                Limits = new Dictionary<string, string> { ["memory"] = args.MemoryLimit },
                            },
                            SecurityContext = KubeArgs.RestrictedContainer(),
                            VolumeMounts = mounts.ToArray(),
                        },
                        Volumes = volumes.ToArray(),
                        TopologySpreadConstraints = SchedulerDeploymentPlan.Spread(args.Replicas, selector),
                    },
                },
            },
        }, new CustomResourceOptions { Parent = this, DependsOn = [.. dependsOn, .. stateDependencies] });

        // Over one replica, minAvailable 1 blocks every node drain and maxUnavailable 1 protects nothing, so a budget
        // exists only with several replicas: one may go at a time, and the lease moves to a survivor.
        if (args.Replicas > 1)
        {
            _ = new PodDisruptionBudget($"{name}-pdb", new PodDisruptionBudgetArgs
            {
                Metadata = KubeArgs.Meta(AppName, ns, labels),
                Spec = new PodDisruptionBudgetSpecArgs
                {
                    MaxUnavailable = 1,
                    Selector = new LabelSelectorArgs { MatchLabels = selector },
                    UnhealthyPodEvictionPolicy = "AlwaysAllow",
                },
            }, inNamespace);
        }

        var service = new Service($"{name}-service", new ServiceArgs
        {
            Metadata = KubeArgs.Meta(AppName, ns, labels, scrape),
            Spec = new ServiceSpecArgs
            {
                Type = "ClusterIP",
                Selector = selector,
                Ports = new ServicePortArgs { Name = "http", Port = args.Port, TargetPort = "http", Protocol = "TCP" },
            },
        }, inNamespace);

        NamespaceName = Output.Create(ns);
        Url = Output.Tuple(service.Metadata, deployment.Metadata).Apply(t => SchedulerDeploymentPlan.InClusterUrl(t.Item1.Name, t.Item1.Namespace ?? ns, args.Port));
        PostgresPassword ??= Output.CreateSecret(string.Empty);
        PostgresConnectionString ??= Output.CreateSecret(string.Empty);
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["namespaceName"] = NamespaceName,
            ["url"] = Url,
            ["postgresConnectionString"] = PostgresConnectionString,
        });
    }

    /// <summary>Namespace of the scheduler.</summary>
    [Output("namespaceName")]
    public Output<string> NamespaceName { get; private set; }

    /// <summary>In-cluster URL of the scheduler API.</summary>
    [Output("url")]
    public Output<string> Url { get; private set; }

    /// <summary>Secret: the PostgreSQL connection string (empty with SQLite).</summary>
    [Output("postgresConnectionString")]
    public Output<string> PostgresConnectionString { get; private set; }

    /// <summary>Secret: the generated PostgreSQL password, for whoever provisions the database role (empty with SQLite).</summary>
    [Output("postgresPassword")]
    public Output<string> PostgresPassword { get; private set; }
}

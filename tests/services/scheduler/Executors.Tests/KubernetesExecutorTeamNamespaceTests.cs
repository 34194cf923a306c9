using k8s;
using k8s.Models;
using MlPlatform.Scheduler.Core;
using Moq;

namespace MlPlatform.Scheduler.Executors.Tests;

public sealed class KubernetesExecutorTeamNamespaceTests
{
    private const string Selector = "app.kubernetes.io/managed-by=mlplatform-scheduler";

    private readonly Mock<IBatchV1Operations> _batch = new(MockBehavior.Strict);
    private readonly Mock<ICoreV1Operations> _core = new(MockBehavior.Strict);
    private readonly Mock<IKubernetes> _client = new(MockBehavior.Strict);
    private readonly KubernetesExecutor _executor;
    private readonly List<(string Namespace, V1Job Job)> _created = [];
    private readonly List<(string Namespace, string Name)> _deleted = [];
    private readonly List<string> _listed = [];
    private readonly Dictionary<string, List<V1Job>> _jobs = new(StringComparer.Ordinal);

    public KubernetesExecutorTeamNamespaceTests()
    {
        _client.SetupGet(c => c.BatchV1).Returns(_batch.Object);
        _client.SetupGet(c => c.CoreV1).Returns(_core.Object);
        _executor = new KubernetesExecutor(_client.Object, new KubernetesExecutorOptions
        {
            Namespace = "ml-jobs",
            TeamNamespaces = new Dictionary<string, string>(StringComparer.Ordinal) { ["vision"] = "vision" },
            ServiceAccount = "trainer",
        });
        _batch.Setup(b => b.CreateNamespacedJobWithHttpMessagesAsync(It.IsAny<V1Job>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<bool?>(), It.IsAny<IReadOnlyDictionary<string, IReadOnlyList<string>>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((V1Job body, string ns, string _, string _, string _, bool? _, IReadOnlyDictionary<string, IReadOnlyList<string>> _, CancellationToken _) =>
            {
                _created.Add((ns, body));
                return new k8s.Autorest.HttpOperationResponse<V1Job> { Body = body };
            });
        _batch.Setup(b => b.DeleteNamespacedJobWithHttpMessagesAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<V1DeleteOptions>(), It.IsAny<string>(), It.IsAny<int?>(), It.IsAny<bool?>(), It.IsAny<bool?>(), It.IsAny<string>(), It.IsAny<bool?>(), It.IsAny<IReadOnlyDictionary<string, IReadOnlyList<string>>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string name, string ns, V1DeleteOptions _, string _, int? _, bool? _, bool? _, string _, bool? _, IReadOnlyDictionary<string, IReadOnlyList<string>> _, CancellationToken _) =>
            {
                _deleted.Add((ns, name));
                return new k8s.Autorest.HttpOperationResponse<V1Status> { Body = new V1Status() };
            });
        _batch.Setup(b => b.ListNamespacedJobWithHttpMessagesAsync(It.IsAny<string>(), It.IsAny<bool?>(), It.IsAny<string>(), It.IsAny<string>(), Selector, It.IsAny<int?>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<bool?>(), It.IsAny<string>(), It.IsAny<int?>(), It.IsAny<bool?>(), It.IsAny<bool?>(), It.IsAny<IReadOnlyDictionary<string, IReadOnlyList<string>>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string ns, bool? _, string _, string _, string _, int? _, string _, string _, bool? _, string _, int? _, bool? _, bool? _, IReadOnlyDictionary<string, IReadOnlyList<string>> _, CancellationToken _) =>
            {
                _listed.Add(ns);
                return new k8s.Autorest.HttpOperationResponse<V1JobList> { Body = new V1JobList { Items = [.. _jobs.GetValueOrDefault(ns) ?? []] } };
            });
        _core.Setup(c => c.ListNamespacedPodWithHttpMessagesAsync(It.IsAny<string>(), It.IsAny<bool?>(), It.IsAny<string>(), It.IsAny<string>(), Selector, It.IsAny<int?>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<bool?>(), It.IsAny<string>(), It.IsAny<int?>(), It.IsAny<bool?>(), It.IsAny<bool?>(), It.IsAny<IReadOnlyDictionary<string, IReadOnlyList<string>>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => new k8s.Autorest.HttpOperationResponse<V1PodList> { Body = new V1PodList { Items = [] } });
    }

    private void Exists(string ns, string id, int attempt = 1) =>
        (_jobs.TryGetValue(ns, out var list) ? list : _jobs[ns] = []).Add(new V1Job
        {
            Metadata = new V1ObjectMeta { Name = KubernetesExecutor.RunName(id, attempt), NamespaceProperty = ns },
            Spec = new V1JobSpec { Completions = 1, Template = new V1PodTemplateSpec() },
            Status = new V1JobStatus(),
        });

    [Fact]
    public async Task ARunOfATeamWithANamespaceIsCreatedThereSoTheTeamsQuotaApplies()
    {
        await _executor.StartAsync(TestJobs.Running("j1", ["train"], team: "vision"), default);

        var (ns, job) = Assert.Single(_created);
        Assert.Equal("vision", ns);
        Assert.Equal("vision", job.Metadata.NamespaceProperty);
        Assert.Equal("trainer", job.Spec.Template.Spec.ServiceAccountName);
    }

    [Fact]
    public async Task ARunOfATeamWithoutANamespaceGoesToTheExecutorsNamespace()
    {
        await _executor.StartAsync(TestJobs.Running("j2", ["train"], team: "nlp"), default);

        Assert.Equal("ml-jobs", Assert.Single(_created).Namespace);
    }

    [Fact]
    public async Task StopDeletesTheRunInItsTeamsNamespace()
    {
        await _executor.StopAsync(TestJobs.Running("j1", ["train"], attempt: 2, team: "vision"), default);

        Assert.Equal([("vision", "mlp-j1-2")], _deleted);
    }

    [Fact]
    public async Task ObservationListsEachNamespaceOfARunningJobOnceAndFindsEachRunInItsOwn()
    {
        Exists("vision", "j1");
        Exists("ml-jobs", "j2");
        Exists("ml-jobs", "j3");

        var observations = await _executor.ObserveAsync(
            [TestJobs.Running("j1", ["x"], team: "vision"), TestJobs.Running("j2", ["x"], team: "nlp"), TestJobs.Running("j3", ["x"], team: "vision")],
            default);

        Assert.Equal(["ml-jobs", "vision"], _listed.Order(StringComparer.Ordinal));
        Assert.Equal(RunStatus.Running, observations[0].Status);
        Assert.Equal(RunStatus.Running, observations[1].Status);
        // j3 belongs to vision: a Job of the same name in another namespace is not its run.
        Assert.Equal(RunStatus.NotFound, observations[2].Status);
    }

    [Fact]
    public async Task NothingRunningListsNothing()
    {
        Assert.Empty(await _executor.ObserveAsync([], default));
        Assert.Empty(_listed);
    }
}

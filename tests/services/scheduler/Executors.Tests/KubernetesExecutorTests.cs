using System.Net;
using k8s;
using k8s.Autorest;
using k8s.Models;
using MlPlatform.CostModel;
using MlPlatform.Scheduler.Core;
using Moq;

namespace MlPlatform.Scheduler.Executors.Tests;

public sealed class KubernetesExecutorTests
{
    private readonly Mock<IBatchV1Operations> _batch = new(MockBehavior.Strict);
    private readonly Mock<ICoreV1Operations> _core = new(MockBehavior.Strict);
    private readonly Mock<IKubernetes> _client = new(MockBehavior.Strict);
    private readonly KubernetesExecutor _executor;
    private readonly List<V1Job> _created = [];
    private readonly List<string> _deleted = [];
    private readonly List<V1Job> _jobs = [];
    private readonly List<V1Pod> _pods = [];

    public KubernetesExecutorTests()
    {
        _client.SetupGet(c => c.BatchV1).Returns(_batch.Object);
        _client.SetupGet(c => c.CoreV1).Returns(_core.Object);
        _executor = new KubernetesExecutor(_client.Object, new KubernetesExecutorOptions { Namespace = "ml-jobs" });
        _batch.Setup(b => b.DeleteNamespacedJobWithHttpMessagesAsync(It.IsAny<string>(), "ml-jobs", It.IsAny<V1DeleteOptions>(), It.IsAny<string>(), It.IsAny<int?>(), It.IsAny<bool?>(), It.IsAny<bool?>(), It.IsAny<string>(), It.IsAny<bool?>(), It.IsAny<IReadOnlyDictionary<string, IReadOnlyList<string>>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string name, string ns, V1DeleteOptions body, string _, int? _, bool? _, bool? _, string _, bool? _, IReadOnlyDictionary<string, IReadOnlyList<string>> _, CancellationToken _) =>
            {
                _deleted.Add(name);
                return new HttpOperationResponse<V1Status> { Body = new V1Status() };
            });
        _batch.Setup(b => b.ListNamespacedJobWithHttpMessagesAsync("ml-jobs", It.IsAny<bool?>(), It.IsAny<string>(), It.IsAny<string>(), "app.kubernetes.io/managed-by=mlplatform-scheduler", It.IsAny<int?>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<bool?>(), It.IsAny<string>(), It.IsAny<int?>(), It.IsAny<bool?>(), It.IsAny<bool?>(), It.IsAny<IReadOnlyDictionary<string, IReadOnlyList<string>>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => new HttpOperationResponse<V1JobList> { Body = new V1JobList { Items = [.. _jobs] } });
        _core.Setup(c => c.ListNamespacedPodWithHttpMessagesAsync("ml-jobs", It.IsAny<bool?>(), It.IsAny<string>(), It.IsAny<string>(), "app.kubernetes.io/managed-by=mlplatform-scheduler", It.IsAny<int?>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<bool?>(), It.IsAny<string>(), It.IsAny<int?>(), It.IsAny<bool?>(), It.IsAny<bool?>(), It.IsAny<IReadOnlyDictionary<string, IReadOnlyList<string>>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => new HttpOperationResponse<V1PodList> { Body = new V1PodList { Items = [.. _pods] } });
    }

    private void AcceptCreates(HttpStatusCode? failWith = null, string content = "") =>
        _batch.Setup(b => b.CreateNamespacedJobWithHttpMessagesAsync(It.IsAny<V1Job>(), "ml-jobs", It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<bool?>(), It.IsAny<IReadOnlyDictionary<string, IReadOnlyList<string>>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((V1Job body, string _, string _, string _, string _, bool? _, IReadOnlyDictionary<string, IReadOnlyList<string>> _, CancellationToken _) =>
            {
                if (failWith is { } status)
                {
                    throw new HttpOperationException("create failed") { Response = new HttpResponseMessageWrapper(new HttpResponseMessage(status), content) };
                }

                _created.Add(body);
                return new HttpOperationResponse<V1Job> { Body = body };
            });

    [Fact]
    public async Task SpotRunIsCreatedAsAJobPinnedToItsPoolThatToleratesSpotAndGpuTaints()
    {
        AcceptCreates();
        await _executor.StartAsync(TestJobs.Running("j-abc", ["python", "train.py"], attempt: 2), default);
        var job = Assert.Single(_created);
        Assert.Equal("mlp-j-abc-2", job.Metadata.Name);
        var pod = job.Spec.Template.Spec;
        Assert.Equal("a10g-spot", pod.NodeSelector["mlplatform.io/pool"]);
        Assert.Equal("spot", pod.NodeSelector["mlplatform.io/capacity-type"]);
        Assert.Contains(pod.Tolerations, t => t.Key == "kubernetes.azure.com/scalesetpriority" && t.Value == "spot" && t.Effect == "NoSchedule");
        Assert.Contains(pod.Tolerations, t => t.Key == "nvidia.com/gpu");
        Assert.Equal("Never", pod.RestartPolicy);
        Assert.Equal(0, job.Spec.BackoffLimit);
        var container = Assert.Single(pod.Containers);
        Assert.Equal(["python", "train.py"], container.Command);
        Assert.Equal("2", container.Resources.Limits["nvidia.com/gpu"].ToString());
        Assert.Equal("4", container.Resources.Limits["cpu"].ToString());
        Assert.Contains(container.Env, e => e.Name == "MLPLATFORM_RESUME_FROM_CHECKPOINT" && e.Value == "1");
        Assert.Contains(container.Env, e => e.Name == "MLPLATFORM_CHECKPOINT_PATH" && e.Value == "s3://ckpt/j-abc");
        Assert.Contains(container.Env, e => e.Name == "MLPLATFORM_IMAGE_DIGEST" && e.Value == "sha256:" + new string('c', 64));
        Assert.DoesNotContain(container.Env, e => e.Name == "MLPLATFORM_DATASET_DIGEST");
    }

    [Fact]
    public async Task ARunCarriesItsLineageForModelRegistration()
    {
        AcceptCreates();
        var job = TestJobs.Running("j-lin", ["python", "train.py"]);
        job = job with { Spec = job.Spec with { Lineage = new JobLineage("imagenet", "v3", "sha256:" + new string('e', 64), "abcdef1") } };

        await _executor.StartAsync(job, default);

        var env = Assert.Single(Assert.Single(_created).Spec.Template.Spec.Containers).Env.ToDictionary(e => e.Name, e => e.Value);
        Assert.Equal("j-lin", env[RunEnvironment.JobId]);
        Assert.Equal("imagenet", env[RunEnvironment.Dataset]);
        Assert.Equal("v3", env[RunEnvironment.DatasetVersion]);
        Assert.Equal("sha256:" + new string('e', 64), env[RunEnvironment.DatasetDigest]);
        Assert.Equal("abcdef1", env[RunEnvironment.CodeCommit]);
    }

    [Fact]
    public async Task ANamedJobsPodsCarryItsNameAndItsEnvironment()
    {
        AcceptCreates();
        var job = TestJobs.Running("j-env", ["python", "train.py"]);
        job = job with { Spec = job.Spec with { Name = "sweep-7", Environment = new Dictionary<string, string> { ["LR"] = "0.01" } } };

        await _executor.StartAsync(job, default);

        var created = Assert.Single(_created);
        Assert.Equal("sweep-7", created.Spec.Template.Metadata.Labels[KubernetesExecutor.JobNameLabel]);
        var env = Assert.Single(created.Spec.Template.Spec.Containers).Env.ToDictionary(e => e.Name, e => e.Value);
        Assert.Equal("0.01", env["LR"]);
        Assert.Equal("j-env", env[RunEnvironment.JobId]);
    }

    [Fact]
    public async Task OnDemandRunDoesNotTolerateTheSpotTaint()
    {
        AcceptCreates();
        await _executor.StartAsync(TestJobs.Running("j1", ["x"], capacity: CapacityType.OnDemand), default);
        var pod = Assert.Single(_created).Spec.Template.Spec;
        Assert.Equal("on-demand", pod.NodeSelector["mlplatform.io/capacity-type"]);
        Assert.DoesNotContain(pod.Tolerations, t => t.Key == "kubernetes.azure.com/scalesetpriority");
    }

    [Fact]
    public async Task GangRunsAsOneIndexedJobWithAllMembersInParallel()
    {
        AcceptCreates();
        await _executor.StartAsync(TestJobs.Running("g1", ["x"], gang: 4), default);
        var job = Assert.Single(_created);
        Assert.Equal(4, job.Spec.Parallelism);
        Assert.Equal(4, job.Spec.Completions);
        Assert.Equal("Indexed", job.Spec.CompletionMode);
    }

    [Fact]
    public async Task StartingARunThatAlreadyExistsIsANoOp()
    {
        AcceptCreates(HttpStatusCode.Conflict);
        await _executor.StartAsync(TestJobs.Running("j1", ["x"]), default);
    }

    [Fact]
    public async Task ServerErrorsOnStartPropagateToBeRetried()
    {
        AcceptCreates(HttpStatusCode.InternalServerError);
        await Assert.ThrowsAsync<HttpOperationException>(() => _executor.StartAsync(TestJobs.Running("j1", ["x"]), default));
    }

    [Theory]
    [InlineData(HttpStatusCode.UnprocessableEntity)]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Forbidden)]
    public async Task ARunTheClusterRejectsCannotStartAndSaysWhy(HttpStatusCode status)
    {
        AcceptCreates(status, "{\"kind\":\"Status\",\"message\":\"Job.batch \\\"mlp-j1-1\\\" is invalid: spec.template.spec.containers[0].image: Invalid value\"}");

        var error = await Assert.ThrowsAsync<RunStartException>(() => _executor.StartAsync(TestJobs.Running("j1", ["x"]), default));

        Assert.True(error.Permanent);
        Assert.Contains($"the cluster refused the run ({(int)status}", error.Message, StringComparison.Ordinal);
        Assert.Contains("spec.template.spec.containers[0].image: Invalid value", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StopDeletesTheRunsJob()
    {
        await _executor.StopAsync(TestJobs.Running("j1", ["x"], attempt: 3), default);
        Assert.Equal(["mlp-j1-3"], _deleted);
    }

    private static V1Job K8sJob(string id, int attempt, int succeeded = 0, int failed = 0) => new()
    {
        Metadata = new V1ObjectMeta { Name = KubernetesExecutor.RunName(id, attempt) },
        Spec = new V1JobSpec { Completions = 1, Template = new V1PodTemplateSpec() },
        Status = new V1JobStatus { Succeeded = succeeded, Failed = failed },
    };

    private static V1Pod Pod(string id, int attempt, V1PodStatus status) => new()
    {
        Metadata = new V1ObjectMeta
        {
            Name = $"{id}-pod",
            Labels = new Dictionary<string, string> { [KubernetesExecutor.JobIdLabel] = id, [KubernetesExecutor.AttemptLabel] = attempt.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        },
        Status = status,
    };

    public static TheoryData<string, V1PodStatus, RunStatus, EvictionKind?> PodOutcomes() => new()
    {
        { "running", new V1PodStatus { Phase = "Running" }, RunStatus.Running, null },
        { "spot node terminated by kubelet", new V1PodStatus { Phase = "Failed", Conditions = [new V1PodCondition { Type = "DisruptionTarget", Status = "True", Reason = "TerminationByKubelet" }] }, RunStatus.Failed, EvictionKind.SpotReclaim },
        { "evicted for node pressure", new V1PodStatus { Phase = "Failed", Reason = "Evicted" }, RunStatus.Failed, EvictionKind.InfrastructureFailure },
        { "image pull back-off", new V1PodStatus { Phase = "Pending", ContainerStatuses = [new V1ContainerStatus { Name = "job", Image = "i", ImageID = "", Ready = false, RestartCount = 0, State = new V1ContainerState { Waiting = new V1ContainerStateWaiting { Reason = "ImagePullBackOff" } } }] }, RunStatus.Failed, EvictionKind.InfrastructureFailure },
        { "application exit 3", new V1PodStatus { Phase = "Failed", ContainerStatuses = [new V1ContainerStatus { Name = "job", Image = "i", ImageID = "", Ready = false, RestartCount = 0, State = new V1ContainerState { Terminated = new V1ContainerStateTerminated { ExitCode = 3, Reason = "Error" } } }] }, RunStatus.Failed, EvictionKind.ApplicationError },
    };

    [Theory]
    [MemberData(nameof(PodOutcomes))]
    public async Task PodStatesBecomeObservationsThatClassifyCorrectly(string scenario, V1PodStatus status, RunStatus expected, EvictionKind? kind)
    {
        _jobs.Add(K8sJob("j1", 1));
        _pods.Add(Pod("j1", 1, status));
        var observation = Assert.Single(await _executor.ObserveAsync([TestJobs.Running("j1", ["x"])], default));
        Assert.True(expected == observation.Status, scenario);
        if (kind is { } k)
        {
            Assert.Equal(k, EvictionClassifier.Classify(observation, CapacityType.Spot));
        }
    }

    [Fact]
    public async Task SucceededJobAndMissingJobAreReported()
    {
        _jobs.Add(K8sJob("done", 1, succeeded: 1));
        var observations = await _executor.ObserveAsync([TestJobs.Running("done", ["x"]), TestJobs.Running("never-created", ["x"])], default);
        Assert.Equal(RunStatus.Succeeded, observations[0].Status);
        Assert.Equal(RunStatus.NotFound, observations[1].Status);
    }

    [Fact]
    public async Task RunStuckPullingItsImageIsDeletedSoItFreesItsNode()
    {
        _jobs.Add(K8sJob("j1", 1));
        _pods.Add(Pod("j1", 1, new V1PodStatus { Phase = "Pending", ContainerStatuses = [new V1ContainerStatus { Name = "job", Image = "i", ImageID = "", Ready = false, RestartCount = 0, State = new V1ContainerState { Waiting = new V1ContainerStateWaiting { Reason = "ErrImagePull" } } }] }));
        await _executor.ObserveAsync([TestJobs.Running("j1", ["x"])], default);
        Assert.Equal(["mlp-j1-1"], _deleted);
    }

    [Fact]
    public async Task PodsOfAnEarlierAttemptDoNotAffectTheCurrentRun()
    {
        _jobs.Add(K8sJob("j1", 2));
        _pods.Add(Pod("j1", 1, new V1PodStatus { Phase = "Failed", Reason = "Evicted" }));
        var observation = Assert.Single(await _executor.ObserveAsync([TestJobs.Running("j1", ["x"], attempt: 2)], default));
        Assert.Equal(RunStatus.Running, observation.Status);
    }
}

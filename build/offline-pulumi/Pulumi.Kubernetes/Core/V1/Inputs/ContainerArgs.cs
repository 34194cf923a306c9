// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Core.V1;

public class ContainerArgs : global::Pulumi.ResourceArgs
{
    [Input("args")]
    private InputList<string>? _args;

    public InputList<string> Args
    {
        get => _args ?? (_args = new InputList<string>());
        set => _args = value;
    }

    [Input("command")]
    private InputList<string>? _command;

    public InputList<string> Command
    {
        get => _command ?? (_command = new InputList<string>());
        set => _command = value;
    }

    [Input("env")]
    private InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.EnvVarArgs>? _env;

    public InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.EnvVarArgs> Env
    {
        get => _env ?? (_env = new InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.EnvVarArgs>());
        set => _env = value;
    }

    [Input("envFrom")]
    private InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.EnvFromSourceArgs>? _envFrom;

    public InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.EnvFromSourceArgs> EnvFrom
    {
        get => _envFrom ?? (_envFrom = new InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.EnvFromSourceArgs>());
        set => _envFrom = value;
    }

    [Input("image")]
    public Input<string>? Image { get; set; }

    [Input("imagePullPolicy")]
    public Input<string>? ImagePullPolicy { get; set; }

    [Input("lifecycle")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Core.V1.LifecycleArgs>? Lifecycle { get; set; }

    [Input("livenessProbe")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Core.V1.ProbeArgs>? LivenessProbe { get; set; }

    [Input("name", required: true)]
    public Input<string> Name { get; set; } = null!;

    [Input("ports")]
    private InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.ContainerPortArgs>? _ports;

    public InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.ContainerPortArgs> Ports
    {
        get => _ports ?? (_ports = new InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.ContainerPortArgs>());
        set => _ports = value;
    }

    [Input("readinessProbe")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Core.V1.ProbeArgs>? ReadinessProbe { get; set; }

    [Input("resources")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Core.V1.ResourceRequirementsArgs>? Resources { get; set; }

    [Input("restartPolicy")]
    public Input<string>? RestartPolicy { get; set; }

    [Input("securityContext")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Core.V1.SecurityContextArgs>? SecurityContext { get; set; }

    [Input("startupProbe")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Core.V1.ProbeArgs>? StartupProbe { get; set; }

    [Input("stdin")]
    public Input<bool>? Stdin { get; set; }

    [Input("stdinOnce")]
    public Input<bool>? StdinOnce { get; set; }

    [Input("terminationMessagePath")]
    public Input<string>? TerminationMessagePath { get; set; }

    [Input("terminationMessagePolicy")]
    public Input<string>? TerminationMessagePolicy { get; set; }

    [Input("tty")]
    public Input<bool>? Tty { get; set; }

    [Input("volumeMounts")]
    private InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.VolumeMountArgs>? _volumeMounts;

    public InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.VolumeMountArgs> VolumeMounts
    {
        get => _volumeMounts ?? (_volumeMounts = new InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.VolumeMountArgs>());
        set => _volumeMounts = value;
    }

    [Input("workingDir")]
    public Input<string>? WorkingDir { get; set; }

    public ContainerArgs()
    {
    }

    public static new ContainerArgs Empty => new ContainerArgs();
}

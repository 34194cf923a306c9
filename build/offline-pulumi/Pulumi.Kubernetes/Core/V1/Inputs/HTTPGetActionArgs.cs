// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Core.V1;

public class HTTPGetActionArgs : global::Pulumi.ResourceArgs
{
    [Input("host")]
    public Input<string>? Host { get; set; }

    [Input("httpHeaders")]
    private InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.HTTPHeaderArgs>? _httpHeaders;

    public InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.HTTPHeaderArgs> HttpHeaders
    {
        get => _httpHeaders ?? (_httpHeaders = new InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.HTTPHeaderArgs>());
        set => _httpHeaders = value;
    }

    [Input("path")]
    public Input<string>? Path { get; set; }

    [Input("port", required: true)]
    public InputUnion<int, string> Port { get; set; } = null!;

    [Input("scheme")]
    public Input<string>? Scheme { get; set; }

    public HTTPGetActionArgs()
    {
    }

    public static new HTTPGetActionArgs Empty => new HTTPGetActionArgs();
}

using Pulumi;

namespace MlPlatform.PulumiSurface.Tests;

public sealed class ProbeArgs : ResourceArgs
{
    [Input("value")]
    public InputArgs? Value { get; set; }
}

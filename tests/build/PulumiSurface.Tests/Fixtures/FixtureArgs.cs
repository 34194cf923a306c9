using Pulumi;

namespace MlPlatform.PulumiSurface.Tests.Fixtures;

/// <summary>Args shaped like the generated ones: a required input, optional ones, a collection on a backing field, a default.</summary>
public sealed class FixtureArgs : ResourceArgs
{
    [Input("tags")]
    private InputMap<string>? _tags;

    public FixtureArgs()
    {
        Mode = "Fast";
    }

    [Input("mode")]
    public InputUnion<string, FixtureMode>? Mode { get; set; }

    [Input("name", required: true)]
    public Input<string> Name { get; set; } = null!;

    [Input("sizeGb")]
    public Input<int>? Size { get; set; }

    public InputMap<string> Tags
    {
        get => _tags ??= new InputMap<string>();
        set => _tags = value;
    }
}

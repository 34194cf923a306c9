using System.Collections.Immutable;
using Pulumi;

namespace MlPlatform.PulumiSdk.Tests;

/// <summary>A custom resource shaped like the generated provider SDKs' resources.</summary>
[ResourceType("test:index/bucket:Bucket", "1.0.0")]
public sealed class TestBucket : CustomResource
{
    public TestBucket(string name, TestBucketArgs? args = null, CustomResourceOptions? options = null)
        : base("test:index/bucket:Bucket", name, args ?? new TestBucketArgs(), options)
    {
    }

    [Output("bucketName")]
    public Output<string> BucketName { get; private set; } = null!;

    [Output("arn")]
    public Output<string> Arn { get; private set; } = null!;

    [Output("sizeGiB")]
    public Output<int> SizeGiB { get; private set; } = null!;

    [Output("tags")]
    public Output<ImmutableDictionary<string, string>> Tags { get; private set; } = null!;

    [Output("zones")]
    public Output<ImmutableArray<string>> Zones { get; private set; } = null!;
}

public sealed class TestBucketArgs : ResourceArgs
{
    private InputList<string>? _zones;
    private InputMap<string>? _tags;

    [Input("bucketName")]
    public Input<string>? BucketName { get; set; }

    [Input("sizeGiB")]
    public Input<int>? SizeGiB { get; set; }

    [Input("versioning")]
    public Input<TestVersioningArgs>? Versioning { get; set; }

    [Input("zones")]
    public InputList<string> Zones
    {
        get => _zones ??= new InputList<string>();
        set => _zones = value;
    }

    [Input("tags")]
    public InputMap<string> Tags
    {
        get => _tags ??= new InputMap<string>();
        set => _tags = value;
    }
}

public sealed class TestVersioningArgs : ResourceArgs
{
    [Input("enabled")]
    public Input<bool>? Enabled { get; set; }

    [Input("keepDays")]
    public Input<int>? KeepDays { get; set; }
}

/// <summary>A component shaped like ours: children parented to it, outputs registered last.</summary>
public sealed class TestComponent : ComponentResource
{
    public TestComponent(string name, ComponentResourceOptions? options = null)
        : base("test:components:Storage", name, options)
    {
        Bucket = new TestBucket($"{name}-bucket", new TestBucketArgs { BucketName = $"{name}-data" }, new CustomResourceOptions { Parent = this });
        BucketName = Bucket.BucketName;
        RegisterOutputs(new Dictionary<string, object?> { ["bucketName"] = BucketName });
    }

    public TestBucket Bucket { get; }

    [Output("bucketName")]
    public Output<string> BucketName { get; private set; }
}

/// <summary>A provider resource, as a program makes one for a specific cluster or account.</summary>
public sealed class TestProvider : ProviderResource
{
    public TestProvider(string name, CustomResourceOptions? options = null)
        : base("test", name, ResourceArgs.Empty, options)
    {
    }
}

namespace MlPlatform.Inference.Bench.Tests;

public sealed class ServerSampleTests
{
    [Fact]
    public void CollectionsAreSummedOverGenerationsAndAllocationsReadAsTheyAre()
    {
        const string Text = """
            # HELP system_runtime_dotnet_gc_collections Number of garbage collections.
            # TYPE system_runtime_dotnet_gc_collections counter
            system_runtime_dotnet_gc_collections{gc_heap_generation="gen2"} 1
            system_runtime_dotnet_gc_collections{gc_heap_generation="gen1"} 4
            system_runtime_dotnet_gc_collections{gc_heap_generation="gen0"} 20
            system_runtime_dotnet_gc_heap_total_allocated 123456789
            system_runtime_dotnet_gc_heap_total_allocated_other 5
            dotnet_collection_count_total{generation="0"} 99
            """;

        var (collections, allocated) = ServerSample.ParseMetrics(Text);

        Assert.Equal(25, collections);
        Assert.Equal(123456789, allocated);
    }

    [Fact]
    public void AbsentMetricsAreUnknownNotZero()
    {
        var (collections, allocated) = ServerSample.ParseMetrics("inference_requests_total{model=\"m\"} 3\n");

        Assert.Null(collections);
        Assert.Null(allocated);
    }
}

using System.Buffers;
using Microsoft.AspNetCore.Connections;

namespace MlPlatform.Inference.Api.Hosting;

/// <summary>Gives Kestrel's transport and HTTP/2 streams <see cref="LargeBlockMemoryPool"/>s instead of its 4 KiB block pools.</summary>
public sealed class LargeBlockMemoryPoolFactory(int blockSize) : IMemoryPoolFactory<byte>
{
    /// <summary>The size of the pools' blocks.</summary>
    public int BlockSize { get; } = blockSize;

    /// <inheritdoc/>
    public MemoryPool<byte> Create(MemoryPoolOptions? options = null) => new LargeBlockMemoryPool(BlockSize);
}

using System.Buffers;
using System.Runtime.InteropServices;
using MlPlatform.Inference.Api.Hosting;

namespace MlPlatform.Inference.Api.Tests.Hosting;

public sealed class LargeBlockMemoryPoolTests
{
    private static byte[] ArrayOf(IMemoryOwner<byte> owner) =>
        MemoryMarshal.TryGetArray<byte>(owner.Memory, out var segment) ? segment.Array! : throw new InvalidOperationException("not array-backed");

    [Theory]
    [InlineData(-1)]
    [InlineData(1)]
    [InlineData(4096)]
    [InlineData(8192)]
    public void RentGivesAWholeBlockWhateverSizeIsAskedFor(int minimum)
    {
        using var pool = new LargeBlockMemoryPool(8192);
        using var block = pool.Rent(minimum);

        Assert.Equal(8192, block.Memory.Length);
        Assert.Equal(8192, pool.MaxBufferSize);
    }

    [Fact]
    public void AReturnedBlockIsReusedByTheNextRent()
    {
        using var pool = new LargeBlockMemoryPool(8192);
        var first = pool.Rent();
        var array = ArrayOf(first);
        first.Dispose();

        using var second = pool.Rent();

        Assert.Same(array, ArrayOf(second));
        Assert.Equal(0, pool.IdleBlocks);
    }

    [Fact]
    public void DisposingALeaseTwiceReturnsTheBlockOnlyOnce()
    {
        using var pool = new LargeBlockMemoryPool(8192);
        var lease = pool.Rent();
        lease.Dispose();
        lease.Dispose();

        using var a = pool.Rent();
        using var b = pool.Rent();

        Assert.Equal(0, pool.IdleBlocks);
        Assert.NotSame(ArrayOf(a), ArrayOf(b));
    }

    [Fact]
    public void AReturnedLeaseNoLongerGivesItsMemory()
    {
        using var pool = new LargeBlockMemoryPool(8192);
        var lease = pool.Rent();
        lease.Dispose();

        Assert.Throws<ObjectDisposedException>(() => lease.Memory);
    }

    [Fact]
    public void IdleBlocksBeyondTheRetentionLimitAreLeftToTheCollector()
    {
        using var pool = new LargeBlockMemoryPool(8192, maxRetainedBlocks: 2);
        var leases = Enumerable.Range(0, 5).Select(_ => pool.Rent()).ToList();

        leases.ForEach(l => l.Dispose());

        Assert.Equal(2, pool.IdleBlocks);
    }

    [Fact]
    public void AskingForMoreThanABlockIsRefused()
    {
        using var pool = new LargeBlockMemoryPool(8192);

        Assert.Throws<ArgumentOutOfRangeException>(() => pool.Rent(8193));
    }

    [Fact]
    public void ADisposedPoolRefusesRentsAndKeepsNoBlocks()
    {
        var pool = new LargeBlockMemoryPool(8192);
        var lease = pool.Rent();
        pool.Rent().Dispose();
        pool.Dispose();
        lease.Dispose();

        Assert.Equal(0, pool.IdleBlocks);
        Assert.Throws<ObjectDisposedException>(() => pool.Rent());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4095)]
    [InlineData(1024 * 1024 + 1)]
    public void BlockSizesOutsideTheRangeAreRefused(int size)
    {
        Assert.False(LargeBlockMemoryPool.IsValidBlockSize(size));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LargeBlockMemoryPool(size));
    }

    [Fact]
    public void TheFactoryMakesPoolsOfItsBlockSize()
    {
        using var pool = new LargeBlockMemoryPoolFactory(16384).Create();

        Assert.Equal(16384, pool.MaxBufferSize);
    }
}

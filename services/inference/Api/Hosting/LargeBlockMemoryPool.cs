using System.Buffers;
using System.Collections.Concurrent;

namespace MlPlatform.Inference.Api.Hosting;

/// <summary>
/// A memory pool of fixed-size pinned blocks larger than Kestrel's 4 KiB ones. Kestrel receives into one pool block per
/// socket read, so a 110 KB tensor request took ~27 reads (twice that with the zero-byte readiness read) and as many
/// pipe hand-offs; with 64 KiB blocks it takes two or three. Blocks are reused; at most <see cref="MaxRetainedBlocks"/>
/// idle blocks are kept, the rest are left to the garbage collector.
/// </summary>
public sealed class LargeBlockMemoryPool : MemoryPool<byte>
{
    /// <summary>The default block size: 64 KiB, the most a loopback or typical TCP read returns at once.</summary>
    public const int DefaultBlockSize = 64 * 1024;

    /// <summary>The smallest block: Kestrel's own size.</summary>
    public const int MinBlockSize = 4096;

    /// <summary>The largest block.</summary>
    public const int MaxBlockSize = 1024 * 1024;

    private readonly ConcurrentQueue<Block> _idle = new();
    private readonly int _blockSize;
    private readonly int _maxRetained;
    private int _idleCount;
    private int _disposed;

    /// <summary>Creates a pool of <paramref name="blockSize"/>-byte blocks that keeps up to <paramref name="maxRetainedBlocks"/> idle ones.</summary>
    public LargeBlockMemoryPool(int blockSize = DefaultBlockSize, int maxRetainedBlocks = 256)
    {
        if (!IsValidBlockSize(blockSize))
        {
            throw new ArgumentOutOfRangeException(nameof(blockSize), blockSize, $"A block must be {MinBlockSize} to {MaxBlockSize} bytes.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(maxRetainedBlocks);
        _blockSize = blockSize;
        _maxRetained = maxRetainedBlocks;
    }

    /// <summary>True for a size this pool takes.</summary>
    public static bool IsValidBlockSize(int blockSize) => blockSize is >= MinBlockSize and <= MaxBlockSize;

    /// <inheritdoc/>
    public override int MaxBufferSize => _blockSize;

    /// <summary>How many idle blocks the pool keeps at most.</summary>
    public int MaxRetainedBlocks => _maxRetained;

    /// <summary>Idle blocks held now.</summary>
    public int IdleBlocks => Volatile.Read(ref _idleCount);

    /// <summary>A block of <see cref="MaxBufferSize"/> bytes (any <paramref name="minBufferSize"/> up to it; -1 for the default).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minBufferSize"/> is larger than a block.</exception>
    /// <exception cref="ObjectDisposedException">The pool was disposed.</exception>
    public override IMemoryOwner<byte> Rent(int minBufferSize = -1)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minBufferSize, _blockSize);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (_idle.TryDequeue(out var block))
        {
            Interlocked.Decrement(ref _idleCount);
            block.Lease();
            return block;
        }

        // Pinned: sockets pin the buffer for every read and write, and the pinned heap keeps that free.
        block = new Block(this, GC.AllocateUninitializedArray<byte>(_blockSize, pinned: true));
        block.Lease();
        return block;
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            while (_idle.TryDequeue(out _))
            {
                Interlocked.Decrement(ref _idleCount);
            }
        }
    }

    private void Return(Block block)
    {
        if (Volatile.Read(ref _disposed) != 0 || Interlocked.Increment(ref _idleCount) > _maxRetained)
        {
            if (Volatile.Read(ref _disposed) == 0)
            {
                Interlocked.Decrement(ref _idleCount);
            }

            return;
        }

        _idle.Enqueue(block);
    }

    private sealed class Block(LargeBlockMemoryPool pool, byte[] array) : IMemoryOwner<byte>
    {
        private int _leased;

        public Memory<byte> Memory
        {
            get
            {
                ObjectDisposedException.ThrowIf(Volatile.Read(ref _leased) == 0, this);
                return array;
            }
        }

        public void Lease() => Volatile.Write(ref _leased, 1);

        // A second Dispose of the same lease must not put the block in the pool twice.
        public void Dispose()
        {
            if (Interlocked.Exchange(ref _leased, 0) == 1)
            {
                pool.Return(this);
            }
        }
    }
}

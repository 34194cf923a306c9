using System.Buffers;

namespace MlPlatform.Inference.Api.Endpoints;

/// <summary>
/// A request body in a buffer rented from the shared pool: tensors of one request are 100 KB and more, and allocating
/// them per request keeps the garbage collector busy on the request path. Dispose once nothing reads the body any more:
/// the decoded request's tensors are slices of it.
/// </summary>
public sealed class RequestBody : IDisposable
{
    private byte[]? _rented;

    private RequestBody(byte[]? rented, ReadOnlyMemory<byte> memory)
    {
        _rented = rented;
        Memory = memory;
    }

    /// <summary>The body's bytes (valid until <see cref="Dispose"/>).</summary>
    public ReadOnlyMemory<byte> Memory { get; }

    /// <summary>A body of <paramref name="length"/> bytes in a rented buffer, filled by the caller through <paramref name="fill"/>.</summary>
    internal static async Task<RequestBody> RentAsync(int length, Func<Memory<byte>, Task> fill)
    {
        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            await fill(rented.AsMemory(0, length)).ConfigureAwait(false);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(rented);
            throw;
        }

        return new RequestBody(rented, rented.AsMemory(0, length));
    }

    /// <summary>A body that owns no pooled buffer.</summary>
    internal static RequestBody Unpooled(ReadOnlyMemory<byte> memory) => new(null, memory);

    /// <inheritdoc/>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _rented, null) is { } rented)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}

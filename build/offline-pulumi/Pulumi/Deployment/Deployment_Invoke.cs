using System.Collections.Immutable;
using Pulumi.Serialization;
using Pulumi.Testing;

namespace Pulumi;

/// <summary>
/// Provider function calls (invokes) in the output form that generated SDKs use (<c>GetX.Invoke(args)</c>): the call
/// waits for its args, is answered by <see cref="IMocks.CallAsync"/>, and is unknown while any arg is unknown (as in a
/// real preview). Internal: provider stand-ins call it for their generated <c>Invoke</c> methods.
/// </summary>
public sealed partial class Deployment
{
    internal Output<T> Invoke<T>(string token, InvokeArgs args, InvokeOptions? options) =>
        new(InvokeAsync<T>(token, args, options));

    private async Task<OutputData<T>> InvokeAsync<T>(string token, InvokeArgs args, InvokeOptions? options)
    {
        var plain = await PropertySerializer.ToPlainAsync(args).ConfigureAwait(false);
        if (!plain.IsKnown)
        {
            return new OutputData<T>(ImmutableHashSet<Resource>.Empty, default!, IsKnown: false, IsSecret: false);
        }

        var provider = await ProviderResource.RegisterAsync(options?.Provider ?? options?.Parent?.GetProvider(token)).ConfigureAwait(false);
        var result = await _mocks.CallAsync(new MockCallArgs
        {
            Token = token,
            Args = KnownTopLevel(plain.Value),
            Provider = provider ?? string.Empty,
        }).ConfigureAwait(false);
        var data = await PropertySerializer.ToPlainAsync(result is IDictionary<string, object> d ? d.ToDictionary(e => e.Key, e => (object?)e.Value) : result).ConfigureAwait(false);
        var value = (T)OutputConverter.Convert(data.Value, typeof(T), token)!;
        return new OutputData<T>(plain.Resources, value, IsKnown: true, plain.IsSecret || data.IsSecret);
    }
}

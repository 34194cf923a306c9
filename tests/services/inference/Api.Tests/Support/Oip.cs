using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using MlPlatform.Inference.Protocol;
using MlPlatform.Inference.Tensors;

namespace MlPlatform.Inference.Api.Tests.Support;

/// <summary>Client-side helpers: build infer requests, read answers and errors.</summary>
public static class Oip
{
    /// <summary>A classifier input of <paramref name="rows"/> rows with a deterministic pattern.</summary>
    public static InferTensor ClassifierInput(int rows, int seed = 0, int width = 192)
    {
        var values = new float[rows * 3 * 48 * width];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = (((i * 31) + (seed * 17)) % 101 / 101f) - 0.5f;
        }

        return InferTensor.FromSingles("x", [rows, 3, 48, width], values);
    }

    /// <summary>An infer request body, JSON or binary.</summary>
    public static HttpContent Content(IReadOnlyList<InferTensor> inputs, bool binary, bool binaryOutputs = false)
    {
        var encoded = OipClientCodec.EncodeRequest(inputs, binary, binaryOutputs);
        var content = new ByteArrayContent(encoded.Body.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue(encoded.ContentType);
        if (encoded.JsonHeaderLength is { } length)
        {
            content.Headers.Add(OipHeaders.InferenceHeaderContentLength, length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return content;
    }

    /// <summary>A raw JSON body.</summary>
    public static HttpContent Json(string json) => new StringContent(json, Encoding.UTF8, "application/json");

    /// <summary>Decodes a successful answer.</summary>
    public static async Task<InferenceResponse> ReadAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {Encoding.UTF8.GetString(body)}");
        long? header = response.Headers.TryGetValues(OipHeaders.InferenceHeaderContentLength, out var values) ? long.Parse(values.First(), System.Globalization.CultureInfo.InvariantCulture) : null;
        return OipClientCodec.DecodeResponse(body, header);
    }

    /// <summary>The <c>field</c> of an error answer.</summary>
    public static async Task<(string Field, string Error)> ErrorAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (document.RootElement.GetProperty("field").GetString()!, document.RootElement.GetProperty("error").GetString()!);
    }
}

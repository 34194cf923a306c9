using System.Text.Json;
using System.Text.Json.Serialization;
using MlPlatform.Scheduler.Core;

namespace MlPlatform.Scheduler.Storage;

/// <summary>How a job is written to a store's document column: JSON with enum names, the version kept in its own column.</summary>
public static class JobDocument
{
    /// <summary>The serializer settings of stored jobs.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The job as JSON.</summary>
    public static string Serialize(Job job) => JsonSerializer.Serialize(job, Options);

    /// <summary>The job read back, with <paramref name="version"/> from the version column.</summary>
    public static Job Deserialize(string json, long version) =>
        (JsonSerializer.Deserialize<Job>(json, Options) ?? throw new InvalidDataException("stored job document is null")) with { Version = version };
}

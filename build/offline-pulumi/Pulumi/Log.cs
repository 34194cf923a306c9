namespace Pulumi;

/// <summary>Diagnostics for the engine. Under test, errors fail the run, as with the real mock engine.</summary>
public static class Log
{
    public static void Debug(string message, Resource? resource = null, int? streamId = null, bool? ephemeral = null)
    {
    }

    public static void Info(string message, Resource? resource = null, int? streamId = null, bool? ephemeral = null)
    {
    }

    public static void Warn(string message, Resource? resource = null, int? streamId = null, bool? ephemeral = null)
    {
    }

    public static void Error(string message, Resource? resource = null, int? streamId = null, bool? ephemeral = null) =>
        Deployment.TryGetInternalInstance()?.LogError(message);

    public static void Exception(Exception exception, Resource? resource = null, int? streamId = null, bool? ephemeral = null)
    {
        ArgumentNullException.ThrowIfNull(exception);
        Error(exception.ToString(), resource, streamId, ephemeral);
    }
}

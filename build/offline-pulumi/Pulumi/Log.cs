namespace Pulumi;

/// <summary>Diagnostics for the engine. Under test, errors fail the run, as with the real mock engine.</summary>
public static class Log
{
    public static void Debug(string message, Resource? resource = null, int? streamId = null, bool? ephemeral = null) =>
        _ = Deployment.InternalInstance;

    public static void Info(string message, Resource? resource = null, int? streamId = null, bool? ephemeral = null) =>
        _ = Deployment.InternalInstance;

    public static void Warn(string message, Resource? resource = null, int? streamId = null, bool? ephemeral = null) =>
        _ = Deployment.InternalInstance;

    public static void Error(string message, Resource? resource = null, int? streamId = null, bool? ephemeral = null) =>
        Deployment.InternalInstance.LogError(message);

    public static void Exception(Exception exception, Resource? resource = null, int? streamId = null, bool? ephemeral = null)
    {
        ArgumentNullException.ThrowIfNull(exception);
        Error(exception.ToString(), resource, streamId, ephemeral);
    }
}

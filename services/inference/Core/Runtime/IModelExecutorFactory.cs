namespace MlPlatform.Inference.Runtime;

/// <summary>Creates executors from model files on local disk.</summary>
public interface IModelExecutorFactory
{
    /// <summary>Loads the model at <paramref name="modelPath"/>.</summary>
    IModelExecutor Create(string modelPath);
}

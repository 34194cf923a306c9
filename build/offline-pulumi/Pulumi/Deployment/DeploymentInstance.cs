namespace Pulumi;

/// <summary>Metadata of the running deployment.</summary>
public sealed class DeploymentInstance
{
    private readonly Deployment _deployment;

    internal DeploymentInstance(Deployment deployment) => _deployment = deployment;

    public string StackName => _deployment.StackName;

    public string ProjectName => _deployment.ProjectName;

    public string RootDirectory => _deployment.RootDirectory;

    public string OrganizationName => _deployment.OrganizationName;

    public bool IsDryRun => _deployment.IsDryRun;

    /// <summary>Calls a provider function (what generated <c>Get…</c>/<c>List…</c> <c>Invoke</c> methods use).</summary>
    public Output<T> Invoke<T>(string token, InvokeArgs args, InvokeOptions? options = null) => _deployment.Invoke<T>(token, args, options);
}

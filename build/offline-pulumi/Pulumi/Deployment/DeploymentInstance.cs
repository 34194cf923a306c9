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
}

namespace MlPlatform.Components.Kubernetes.Tests;

/// <summary>One rule a Dockerfile breaks: the rule id, the line (1-based, 0 for the whole file) and why.</summary>
internal sealed record DockerfileFinding(string Rule, int Line, string Message)
{
    public override string ToString() => $"{Rule} (line {Line}): {Message}";
}

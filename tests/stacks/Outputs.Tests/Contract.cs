using System.Collections.Immutable;
using System.Text.Json.Nodes;

namespace MlPlatform.Stacks.Outputs.Tests;

/// <summary>A complete set of outputs as a dev stack on AWS writes them.</summary>
internal static class Contract
{
    public static PlatformOutputs Sample { get; } = new(
        "1",
        "dev",
        "aws",
        "us-east-1",
        "mlp-dev",
        "https://ABCDEF.gr7.us-east-1.eks.amazonaws.com",
        "apiVersion: v1\nkind: Config\nclusters: []\n",
        ImmutableDictionary<string, string>.Empty
            .Add("scheduler", "123456789012.dkr.ecr.us-east-1.amazonaws.com/mlplatform/scheduler")
            .Add("inference", "123456789012.dkr.ecr.us-east-1.amazonaws.com/mlplatform/inference"),
        "s3://mlp-dev-models",
        "s3://mlp-dev-datasets",
        "http://scheduler.mlplatform-system.svc.cluster.local:8080",
        "https://models.dev.example.com",
        ImmutableDictionary<string, string>.Empty.Add("ocr-cls", "https://models.dev.example.com/v2/models/ocr-cls"),
        ["mlp-dev-monthly", "mlp-dev-team-vision"]);

    /// <summary>The sample's JSON with one output changed (null removes it).</summary>
    public static string With(string output, JsonNode? value)
    {
        var json = JsonNode.Parse(PlatformOutputsWriter.ToJson(Sample))!.AsObject();
        if (value is null)
        {
            json.Remove(output);
        }
        else
        {
            json[output] = value;
        }

        return json.ToJsonString();
    }
}

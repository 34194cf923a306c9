using System.Text.Json.Nodes;

namespace MlPlatform.Components.Aws;

/// <summary>The ECR lifecycle policy: untagged images expire after N days, and only the last N images are kept.</summary>
public static class EcrLifecycle
{
    public static string Policy(int untaggedExpiryDays, int keepLastImages)
    {
        var rules = new JsonArray(
            new JsonObject
            {
                ["rulePriority"] = 1,
                ["description"] = $"Expire untagged images after {untaggedExpiryDays} days",
                ["selection"] = new JsonObject
                {
                    ["tagStatus"] = "untagged",
                    ["countType"] = "sinceImagePushed",
                    ["countUnit"] = "days",
                    ["countNumber"] = untaggedExpiryDays,
                },
                ["action"] = new JsonObject { ["type"] = "expire" },
            },
            // ECR requires the "any" rule to have the lowest priority (the highest number).
            new JsonObject
            {
                ["rulePriority"] = 2,
                ["description"] = $"Keep only the last {keepLastImages} images",
                ["selection"] = new JsonObject
                {
                    ["tagStatus"] = "any",
                    ["countType"] = "imageCountMoreThan",
                    ["countNumber"] = keepLastImages,
                },
                ["action"] = new JsonObject { ["type"] = "expire" },
            });
        return new JsonObject { ["rules"] = rules }.ToJsonString();
    }
}

using System.Text;
using System.Text.Json.Nodes;
using MlPlatform.Stacks.Previews;

namespace MlPlatform.Plan.Tests;

/// <summary><c>plan &lt;stack&gt; --against EXPORT</c>: refuses another stack's export, shows every delete, never crashes.</summary>
public sealed class PlanAgainstExportTests
{
    private static readonly string SampleExport = Path.Combine(PlanFixture.Root, "data", "pulumi", "preview-json-samples", "sample-export.json");

    [Fact]
    public async Task AnExportOfAnotherProjectOrStackIsRefusedNamingBoth()
    {
        var (console, output) = PlanFixture.Console();

        var code = await PlanCommand.RunAsync(["dev", "--root", PlanFixture.Root, "--against", SampleExport], console);

        Assert.Equal(2, code);
        var line = Assert.Single(output.ToString().TrimEnd().Split('\n'));
        Assert.Matches("is an export of project '[^']+' stack '[^']+', not of project 'mlplatform' stack 'dev'; pass --force", line);
    }

    [Fact]
    public async Task WithForceEveryDeleteIsInTheTreeEvenWithoutItsParent()
    {
        var (console, output) = PlanFixture.Console();
        var deployed = PulumiJson.ReadFile(SampleExport).Export!.Deployment.Resources!
            .Select(r => $"- {r.Type} {PulumiUrn.NameOf(r.Urn)}")
            .ToList();

        var code = await PlanCommand.RunAsync(["dev", "--root", PlanFixture.Root, "--against", SampleExport, "--force"], console);

        var text = output.ToString();
        Assert.Equal(0, code);
        Assert.NotEmpty(deployed);
        Assert.All(deployed, line => Assert.Contains(line, text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ADeleteWhoseParentIsInNeitherThePlanNorTheExportIsStillShown()
    {
        var plan = await PlanRunner.RunAsync(PlanFixture.Root, "dev");
        var export = new StackExport
        {
            Deployment = new DeploymentV3
            {
                Resources = [new ResourceState { Urn = "urn:pulumi:dev::mlplatform::mlplatform:old:Thing$aws:s3/bucket:Bucket::leftover", Type = "aws:s3/bucket:Bucket", Custom = true, Parent = "urn:pulumi:dev::mlplatform::mlplatform:old:Thing::gone" }],
            },
        };
        var (console, output) = PlanFixture.Console();

        PlanRenderer.Render(StackExportDiff.Apply(plan, export), console);

        Assert.Contains("- aws:s3/bucket:Bucket leftover (parent urn:pulumi:dev::mlplatform::mlplatform:old:Thing::gone not in the plan)", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnExportOfTheSameStackNeedsNoForce()
    {
        var plan = await PlanRunner.RunAsync(PlanFixture.Root, "dev");
        var export = new StackExport { Deployment = new DeploymentV3 { Resources = [new ResourceState { Urn = plan.Resources[0].Urn, Type = plan.Resources[0].Type }] } };

        StackExportDiff.CheckSameStack(plan, export, "same.json");
    }

    [Fact]
    public async Task NoMutationOfARealExportCrashesPlanAgainst()
    {
        var plan = await PlanRunner.RunAsync(PlanFixture.Root, "dev");
        var random = new Random(1205);
        var exports = Directory.EnumerateFiles(Path.Combine(PlanFixture.Root, "data", "pulumi"), "*.json", SearchOption.AllDirectories).ToList();
        var failures = new List<string>();
        for (var i = 0; i < 600; i++)
        {
            var original = File.ReadAllBytes(exports[i % exports.Count]);
            var mutated = Mutate(original, random, i);
            var path = Path.Combine(Path.GetTempPath(), $"against-{Guid.NewGuid():N}.json");
            await File.WriteAllBytesAsync(path, mutated);
            try
            {
                var export = StackExportDiff.Load(path);
                StackExportDiff.CheckSameStack(plan, export, path);
                _ = StackExportDiff.Apply(plan, export);
            }
            catch (PlanException e) when (e.ExitCode == 2 && !e.Message.Contains('\n', StringComparison.Ordinal))
            {
            }
#pragma warning disable CA1031 // Any other exception is exactly what the test looks for.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failures.Add($"mutation {i} of {Path.GetFileName(exports[i % exports.Count])}: {e.GetType().Name}: {e.Message}");
            }
            finally
            {
                File.Delete(path);
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(5)));
    }

    private static byte[] Mutate(byte[] original, Random random, int i)
    {
        switch (i % 4)
        {
            case 0:
                return original[..random.Next(original.Length)];
            case 1:
                var flipped = (byte[])original.Clone();
                flipped[random.Next(flipped.Length)] = (byte)random.Next(256);
                return flipped;
            default:
                var node = JsonNode.Parse(original)!;
                JsonNode current = node;
                JsonNode? parent = null;
                object key = string.Empty;
                for (var depth = 0; depth < 6; depth++)
                {
                    if (current is JsonObject obj && obj.Count > 0)
                    {
                        var name = obj.ElementAt(random.Next(obj.Count)).Key;
                        (parent, key) = (obj, name);
                        if (obj[name] is not { } next)
                        {
                            break;
                        }

                        current = next;
                    }
                    else if (current is JsonArray array && array.Count > 0)
                    {
                        var index = random.Next(array.Count);
                        (parent, key) = (array, index);
                        if (array[index] is not { } next)
                        {
                            break;
                        }

                        current = next;
                    }
                    else
                    {
                        break;
                    }
                }

                JsonNode? replacement = i % 4 == 2 ? null : JsonValue.Create(random.Next(2) == 0 ? 1e12 : -1);
                if (parent is JsonObject o)
                {
                    o[(string)key] = replacement;
                }
                else if (parent is JsonArray a)
                {
                    a[(int)key] = replacement;
                }

                return Encoding.UTF8.GetBytes(node.ToJsonString());
        }
    }
}

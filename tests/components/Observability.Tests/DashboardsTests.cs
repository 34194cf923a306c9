using System.Text.Json;

namespace MlPlatform.Components.Observability.Tests;

public sealed class DashboardsTests
{
    [Fact]
    public void TheThreeDashboardsHaveDistinctUidsAndEveryPanelHasAQuery()
    {
        Assert.Equal(["mlplatform-overview", "mlplatform-teams", "mlplatform-inference"], Dashboards.All.Select(d => d.Uid));
        Assert.All(Dashboards.All.SelectMany(d => d.Panels), p => Assert.NotEmpty(p.Queries));
        Assert.All(Dashboards.All, d => Assert.Equal(d.Panels.Length, d.Panels.Select(p => p.Title).Distinct().Count()));
    }

    [Fact]
    public void RenderedJsonIsAGrafanaModelWithEveryQueryOnTheDatasourceVariable()
    {
        foreach (var dashboard in Dashboards.All)
        {
            using var json = JsonDocument.Parse(DashboardJson.Render(dashboard));
            var root = json.RootElement;
            Assert.Equal(dashboard.Uid, root.GetProperty("uid").GetString());
            Assert.Equal("datasource", root.GetProperty("templating").GetProperty("list")[0].GetProperty("type").GetString());
            var panels = root.GetProperty("panels").EnumerateArray().ToList();
            Assert.Equal(dashboard.Panels.Length, panels.Count);
            Assert.Equal(panels.Count, panels.Select(p => p.GetProperty("id").GetInt32()).Distinct().Count());
            var targets = panels.SelectMany(p => p.GetProperty("targets").EnumerateArray()).ToList();
            Assert.Equal(dashboard.Expressions.Count(), targets.Count);
            Assert.All(targets, t => Assert.Equal("${datasource}", t.GetProperty("datasource").GetProperty("uid").GetString()));
            Assert.Equal(dashboard.Expressions, targets.Select(t => t.GetProperty("expr").GetString()));
        }
    }

    [Fact]
    public void PanelsDoNotOverlap()
    {
        using var json = JsonDocument.Parse(DashboardJson.Render(Dashboards.Inference()));
        var cells = json.RootElement.GetProperty("panels").EnumerateArray()
            .Select(p => p.GetProperty("gridPos"))
            .Select(g => (g.GetProperty("x").GetInt32(), g.GetProperty("y").GetInt32()))
            .ToList();
        Assert.Equal(cells.Count, cells.Distinct().Count());
    }

    [Fact]
    public void TheIssuesPanelsAreThere()
    {
        static IEnumerable<string> Titles(Dashboard d) => d.Panels.Select(p => p.Title);

        Assert.Contains("GPUs by pool and capacity type (DCGM)", Titles(Dashboards.PlatformOverview()));
        Assert.Contains("Spot share of GPUs", Titles(Dashboards.PlatformOverview()));
        Assert.Contains("Fallbacks to on-demand (per hour)", Titles(Dashboards.PlatformOverview()));
        Assert.Contains("Cost per successful run (7 days)", Titles(Dashboards.Teams()));
        Assert.Contains("Running GPUs against quota", Titles(Dashboards.Teams()));
        Assert.Contains("Month-to-date spend against budget", Titles(Dashboards.Teams()));
        Assert.Contains("Latency p50 / p95 / p99", Titles(Dashboards.Inference()));
        Assert.Contains("Canary against champion: traffic share", Titles(Dashboards.Inference()));
        Assert.Contains("Mean batch size", Titles(Dashboards.Inference()));
    }
}

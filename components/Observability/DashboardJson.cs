using System.Text;
using System.Text.Json;

namespace MlPlatform.Components.Observability;

/// <summary>
/// Renders a <see cref="Dashboard"/> as the JSON model Grafana imports: a Prometheus data source variable, panels two to
/// a row, every query against that variable. Deterministic output, so a preview shows a dashboard change as a diff.
/// </summary>
public static class DashboardJson
{
    /// <summary>Grafana's dashboard schema version the model follows.</summary>
    public const int SchemaVersion = 39;

    private const int PanelWidth = 12;
    private const int PanelHeight = 8;

    public static string Render(Dashboard dashboard)
    {
        ArgumentNullException.ThrowIfNull(dashboard);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("uid", dashboard.Uid);
            w.WriteString("title", dashboard.Title);
            w.WriteStartArray("tags");
            w.WriteStringValue("mlplatform");
            w.WriteEndArray();
            w.WriteNumber("schemaVersion", SchemaVersion);
            w.WriteNumber("version", 1);
            w.WriteBoolean("editable", false);
            w.WriteString("refresh", "1m");
            w.WriteStartObject("time");
            w.WriteString("from", "now-24h");
            w.WriteString("to", "now");
            w.WriteEndObject();
            WriteTemplating(w);
            w.WriteStartArray("panels");
            for (var i = 0; i < dashboard.Panels.Length; i++)
            {
                WritePanel(w, dashboard.Panels[i], i);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteTemplating(Utf8JsonWriter w)
    {
        w.WriteStartObject("templating");
        w.WriteStartArray("list");
        w.WriteStartObject();
        w.WriteString("name", "datasource");
        w.WriteString("label", "Prometheus");
        w.WriteString("type", "datasource");
        w.WriteString("query", "prometheus");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WritePanel(Utf8JsonWriter w, DashboardPanel panel, int index)
    {
        w.WriteStartObject();
        w.WriteNumber("id", index + 1);
        w.WriteString("type", panel.Type);
        w.WriteString("title", panel.Title);
        w.WriteStartObject("gridPos");
        w.WriteNumber("x", index % 2 * PanelWidth);
        w.WriteNumber("y", index / 2 * PanelHeight);
        w.WriteNumber("w", PanelWidth);
        w.WriteNumber("h", PanelHeight);
        w.WriteEndObject();
        WriteDatasource(w);
        w.WriteStartObject("fieldConfig");
        w.WriteStartObject("defaults");
        w.WriteString("unit", panel.Unit);
        w.WriteEndObject();
        w.WriteStartArray("overrides");
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteStartArray("targets");
        for (var i = 0; i < panel.Queries.Length; i++)
        {
            w.WriteStartObject();
            w.WriteString("refId", ((char)('A' + i)).ToString());
            WriteDatasource(w);
            w.WriteString("expr", panel.Queries[i].Expression);
            w.WriteString("legendFormat", panel.Queries[i].Legend);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteDatasource(Utf8JsonWriter w)
    {
        w.WriteStartObject("datasource");
        w.WriteString("type", "prometheus");
        w.WriteString("uid", "${datasource}");
        w.WriteEndObject();
    }
}

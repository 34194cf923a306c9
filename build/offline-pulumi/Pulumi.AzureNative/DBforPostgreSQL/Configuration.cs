// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.DBforPostgreSQL;

[AzureNativeResourceType("azure-native:dbforpostgresql:Configuration")]
public partial class Configuration : global::Pulumi.CustomResource
{
    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    [Output("value")]
    public Output<string?> Value { get; private set; } = null!;

    public Configuration(string name, ConfigurationArgs args, CustomResourceOptions? options = null)
        : base("azure-native:dbforpostgresql:Configuration", name, args ?? new ConfigurationArgs(), options)
    {
    }
}

public sealed class ConfigurationArgs : global::Pulumi.ResourceArgs
{
    [Input("configurationName")]
    public Input<string>? ConfigurationName { get; set; }

    [Input("resourceGroupName", required: true)]
    public Input<string> ResourceGroupName { get; set; } = null!;

    [Input("serverName", required: true)]
    public Input<string> ServerName { get; set; } = null!;

    [Input("source")]
    public Input<string>? Source { get; set; }

    [Input("value")]
    public Input<string>? Value { get; set; }
}

// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.DBforPostgreSQL;

[AzureNativeResourceType("azure-native:dbforpostgresql:Database")]
public partial class Database : global::Pulumi.CustomResource
{
    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    public Database(string name, DatabaseArgs args, CustomResourceOptions? options = null)
        : base("azure-native:dbforpostgresql:Database", name, args ?? new DatabaseArgs(), options)
    {
    }
}

public sealed class DatabaseArgs : global::Pulumi.ResourceArgs
{
    [Input("charset")]
    public Input<string>? Charset { get; set; }

    [Input("collation")]
    public Input<string>? Collation { get; set; }

    [Input("databaseName")]
    public Input<string>? DatabaseName { get; set; }

    [Input("resourceGroupName", required: true)]
    public Input<string> ResourceGroupName { get; set; } = null!;

    [Input("serverName", required: true)]
    public Input<string> ServerName { get; set; } = null!;
}

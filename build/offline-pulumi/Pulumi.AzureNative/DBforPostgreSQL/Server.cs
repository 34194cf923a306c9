// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.DBforPostgreSQL;

[AzureNativeResourceType("azure-native:dbforpostgresql:Server")]
public partial class Server : global::Pulumi.CustomResource
{
    [Output("fullyQualifiedDomainName")]
    public Output<string> FullyQualifiedDomainName { get; private set; } = null!;

    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    public Server(string name, ServerArgs args, CustomResourceOptions? options = null)
        : base("azure-native:dbforpostgresql:Server", name, args ?? new ServerArgs(), options)
    {
    }
}

public sealed class ServerArgs : global::Pulumi.ResourceArgs
{
    [Input("administratorLogin")]
    public Input<string>? AdministratorLogin { get; set; }

    [Input("administratorLoginPassword")]
    public Input<string>? AdministratorLoginPassword { get; set; }

    [Input("authConfig")]
    public Input<Inputs.AuthConfigArgs>? AuthConfig { get; set; }

    [Input("availabilityZone")]
    public Input<string>? AvailabilityZone { get; set; }

    [Input("backup")]
    public Input<Inputs.BackupArgs>? Backup { get; set; }

    [Input("highAvailability")]
    public Input<Inputs.HighAvailabilityArgs>? HighAvailability { get; set; }

    [Input("location")]
    public Input<string>? Location { get; set; }

    [Input("network")]
    public Input<Inputs.NetworkArgs>? Network { get; set; }

    [Input("resourceGroupName", required: true)]
    public Input<string> ResourceGroupName { get; set; } = null!;

    [Input("serverName")]
    public Input<string>? ServerName { get; set; }

    [Input("sku")]
    public Input<Inputs.SkuArgs>? Sku { get; set; }

    [Input("storage")]
    public Input<Inputs.StorageArgs>? Storage { get; set; }

    [Input("tags")]
    private InputMap<string>? _tags;

    public InputMap<string> Tags
    {
        get => _tags ?? (_tags = new InputMap<string>());
        set => _tags = value;
    }

    [Input("version")]
    public InputUnion<string, Pulumi.AzureNative.DBforPostgreSQL.PostgresMajorVersion>? Version { get; set; }

    public ServerArgs()
    {
        AvailabilityZone = "";
    }
}

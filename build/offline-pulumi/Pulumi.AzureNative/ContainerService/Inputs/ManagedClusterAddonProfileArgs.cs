// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.ContainerService.Inputs;

public sealed class ManagedClusterAddonProfileArgs : global::Pulumi.ResourceArgs
{
    [Input("config")]
    private InputMap<string>? _config;

    public InputMap<string> Config
    {
        get => _config ?? (_config = new InputMap<string>());
        set => _config = value;
    }

    [Input("enabled", required: true)]
    public Input<bool> Enabled { get; set; } = null!;
}

// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.ContainerService.Inputs;

public sealed class ManagedClusterAADProfileArgs : global::Pulumi.ResourceArgs
{
    [Input("adminGroupObjectIDs")]
    private InputList<string>? _adminGroupObjectIDs;

    public InputList<string> AdminGroupObjectIDs
    {
        get => _adminGroupObjectIDs ?? (_adminGroupObjectIDs = new InputList<string>());
        set => _adminGroupObjectIDs = value;
    }

    [Input("enableAzureRBAC")]
    public Input<bool>? EnableAzureRBAC { get; set; }

    [Input("managed")]
    public Input<bool>? Managed { get; set; }

    [Input("tenantID")]
    public Input<string>? TenantID { get; set; }
}

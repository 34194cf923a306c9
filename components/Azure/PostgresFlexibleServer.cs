using Pulumi;
using Pulumi.AzureNative.Authorization;
using Pulumi.AzureNative.DBforPostgreSQL;
using Pulumi.AzureNative.DBforPostgreSQL.Inputs;
using Pulumi.AzureNative.PrivateDns;
using Pulumi.Random;
using PrivateDnsSubResourceArgs = Pulumi.AzureNative.PrivateDns.Inputs.SubResourceArgs;

namespace MlPlatform.Components.Azure;

/// <summary>
/// Azure Database for PostgreSQL Flexible Server for the scheduler's state, with private access only: the server sits in
/// a subnet delegated to it in the cluster VNet, resolves through its own private DNS zone linked to that VNet, and has
/// public network access disabled. Zone-redundant HA when asked, automated backups (optionally geo-redundant), TLS
/// required (<c>require_secure_transport</c>, TLS 1.2 minimum), a generated administrator password kept secret, and the
/// scheduler's database. Storage is always encrypted at rest by the service. Deletion protection: Flexible Server has
/// no such setting, so the server gets a CanNotDelete management lock (which stops deletes from the portal, the CLI or a
/// resource group delete) and Pulumi's <c>protect</c> on the server and the lock (without it, <c>pulumi destroy</c>
/// would remove the lock first and then the server).
/// </summary>
public sealed class PostgresFlexibleServer : ComponentResource
{
    public const string TypeToken = "mlplatform:azure:PostgresFlexibleServer";

    /// <summary>Length of the generated password (Flexible Server accepts 8 to 128 characters of three classes).</summary>
    public const int PasswordLength = 32;

    public PostgresFlexibleServer(string name, PostgresFlexibleServerArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        InvalidSpecException.ThrowIfAny(FlexibleServerPostgres.Validate(args));
        var child = new CustomResourceOptions { Parent = this };
        var tags = args.Tags.For();
        var serverName = FlexibleServerPostgres.ServerName(args.Prefix, args.Purpose, args.NameSeed);
        var zoneName = FlexibleServerPostgres.PrivateDnsZoneName(serverName);

        var zone = new PrivateZone($"{name}-dns", new PrivateZoneArgs
        {
            PrivateZoneName = zoneName,
            ResourceGroupName = args.ResourceGroupName,
            Location = PrivateLinkGroups.DnsZoneLocation,
            Tags = tags,
        }, child);
        var link = new VirtualNetworkLink($"{name}-dns-link", new VirtualNetworkLinkArgs
        {
            VirtualNetworkLinkName = AzureNaming.For(AzureResourceKind.PrivateDnsZoneLink, args.Prefix, args.Purpose, "postgres", "link"),
            PrivateZoneName = zoneName,
            ResourceGroupName = args.ResourceGroupName,
            Location = PrivateLinkGroups.DnsZoneLocation,
            VirtualNetwork = new PrivateDnsSubResourceArgs { Id = args.VnetId },
            // The server registers its own record; VMs must not add theirs.
            RegistrationEnabled = false,
            Tags = tags,
        }, new CustomResourceOptions { Parent = this, DependsOn = { zone } });

        // Letters and digits with each class guaranteed: Flexible Server wants three character classes; no character
        // a connection string would need to escape.
        var password = new RandomPassword($"{name}-password", new RandomPasswordArgs
        {
            Length = PasswordLength,
            Special = false,
            MinUpper = 2,
            MinLower = 2,
            MinNumeric = 2,
        }, child);

        var highAvailability = args.HighAvailability
            ? new HighAvailabilityArgs { Mode = "ZoneRedundant", StandbyAvailabilityZone = FlexibleServerPostgres.StandbyZone }
            : new HighAvailabilityArgs { Mode = "Disabled" };
        // The private DNS zone must be linked to the VNet before the server is created in it.
        var server = new Server($"{name}-server", new ServerArgs
        {
            ServerName = serverName,
            ResourceGroupName = args.ResourceGroupName,
            Location = args.Location,
            Version = args.EngineVersion,
            Sku = new SkuArgs { Name = args.SkuName, Tier = FlexibleServerPostgres.Tier(args.SkuName)! },
            Storage = new StorageArgs { StorageSizeGB = args.StorageGiB, AutoGrow = "Enabled" },
            AvailabilityZone = FlexibleServerPostgres.PrimaryZone,
            HighAvailability = highAvailability,
            Backup = new BackupArgs
            {
                BackupRetentionDays = args.BackupRetentionDays,
                GeoRedundantBackup = args.GeoRedundantBackup ? "Enabled" : "Disabled",
            },
            Network = new NetworkArgs
            {
                DelegatedSubnetResourceId = args.DelegatedSubnetId,
                PrivateDnsZoneArmResourceId = zone.Id,
                PublicNetworkAccess = "Disabled",
            },
            AuthConfig = new AuthConfigArgs { PasswordAuth = "Enabled", ActiveDirectoryAuth = "Disabled" },
            AdministratorLogin = args.AdministratorLogin,
            AdministratorLoginPassword = password.Result,
            Tags = tags,
        }, new CustomResourceOptions { Parent = this, DependsOn = { link }, Protect = args.DeletionProtection });

        Resource previous = server;
        foreach (var (parameter, value) in FlexibleServerPostgres.TlsParameters)
        {
            previous = new Configuration($"{name}-{parameter.Replace('_', '-')}", new ConfigurationArgs
            {
                ConfigurationName = parameter,
                ResourceGroupName = args.ResourceGroupName,
                ServerName = serverName,
                Value = value,
                Source = FlexibleServerPostgres.UserOverride,
            }, new CustomResourceOptions { Parent = this, DependsOn = { previous } });
        }

        _ = new Database($"{name}-database", new DatabaseArgs
        {
            DatabaseName = args.DatabaseName,
            ResourceGroupName = args.ResourceGroupName,
            ServerName = serverName,
            Charset = "UTF8",
            Collation = "en_US.utf8",
        }, new CustomResourceOptions { Parent = this, DependsOn = { previous } });

        if (args.DeletionProtection)
        {
            _ = new ManagementLockByScope($"{name}-lock", new ManagementLockByScopeArgs
            {
                LockName = $"{serverName}-cannot-delete",
                Level = LockLevel.CanNotDelete,
                Scope = server.Id,
                Notes = $"The {args.Purpose}'s state (deletion protection, set by the platform).",
            }, new CustomResourceOptions { Parent = this, Protect = true });
        }

        Host = server.FullyQualifiedDomainName;
        Endpoint = server.FullyQualifiedDomainName.Apply(h => $"{h}:{FlexibleServerPostgres.Port}");
        ServerId = server.Id;
        DatabaseName = Output.Create(args.DatabaseName);
        Username = Output.Create(args.AdministratorLogin);
        Password = Output.CreateSecret(password.Result);
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["host"] = Host,
            ["endpoint"] = Endpoint,
            ["serverId"] = ServerId,
            ["databaseName"] = DatabaseName,
            ["username"] = Username,
            ["password"] = Password,
        });
    }

    /// <summary>The server's DNS name (<c>&lt;server&gt;.postgres.database.azure.com</c>, private inside the VNet).</summary>
    [Output("host")]
    public Output<string> Host { get; private set; }

    /// <summary><c>host:5432</c>.</summary>
    [Output("endpoint")]
    public Output<string> Endpoint { get; private set; }

    [Output("serverId")]
    public Output<string> ServerId { get; private set; }

    [Output("databaseName")]
    public Output<string> DatabaseName { get; private set; }

    [Output("username")]
    public Output<string> Username { get; private set; }

    /// <summary>Secret: the generated administrator password.</summary>
    [Output("password")]
    public Output<string> Password { get; private set; }
}

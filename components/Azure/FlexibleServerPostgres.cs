using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace MlPlatform.Components.Azure;

/// <summary>
/// The pure rules of the platform's Azure Database for PostgreSQL Flexible Server: SKU tiers, storage sizes, zones,
/// names, server parameters and validation.
/// </summary>
public static partial class FlexibleServerPostgres
{
    public const int Port = 5432;

    /// <summary>The PostgreSQL major versions accepted (the scheduler is tested on them; RDS offers them too).</summary>
    public static readonly ImmutableArray<string> MajorVersions = ["16", "17"];

    /// <summary>Flexible Server keeps 7 to 35 days of backups; it has no way to turn them off.</summary>
    public const int MinBackupRetentionDays = 7;

    public const int MaxBackupRetentionDays = 35;

    /// <summary>The Premium SSD sizes (GiB) a Flexible Server can be created with; other sizes are refused.</summary>
    public static readonly ImmutableArray<int> StorageSizesGiB = [32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384];

    /// <summary>The zone of the primary; with zone-redundant HA the standby goes to <see cref="StandbyZone"/>.</summary>
    public const string PrimaryZone = "1";

    public const string StandbyZone = "2";

    /// <summary>
    /// The server parameters the platform sets, in order (Azure applies one configuration change at a time).
    /// <c>require_secure_transport</c> is already ON by default on Flexible Server; setting it pins it, so a later manual
    /// change shows as drift. <c>ssl_min_protocol_version</c> rules out TLS 1.0/1.1.
    /// </summary>
    public static ImmutableArray<(string Name, string Value)> TlsParameters { get; } =
    [
        ("require_secure_transport", "ON"),
        ("ssl_min_protocol_version", "TLSv1.2"),
    ];

    /// <summary>The <c>source</c> of a configuration a user sets.</summary>
    public const string UserOverride = "user-override";

    /// <summary>The tier of a SKU name: <c>Standard_B*</c> Burstable, <c>Standard_D*</c> GeneralPurpose, <c>Standard_E*</c> MemoryOptimized; null otherwise.</summary>
    public static string? Tier(string skuName)
    {
        ArgumentNullException.ThrowIfNull(skuName);
        if (!SkuShape().IsMatch(skuName))
        {
            return null;
        }

        return skuName["Standard_".Length] switch
        {
            'B' => "Burstable",
            'D' => "GeneralPurpose",
            'E' => "MemoryOptimized",
            _ => null,
        };
    }

    /// <summary>
    /// The server's name: globally unique, since it is the host <c>&lt;name&gt;.postgres.database.azure.com</c>; 3-63
    /// lowercase letters, digits and hyphens: <c>&lt;prefix&gt;-&lt;purpose&gt;-&lt;6-hex hash of seed, prefix and purpose&gt;</c>.
    /// </summary>
    public static string ServerName(string prefix, string purpose, string seed)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentNullException.ThrowIfNull(purpose);
        ArgumentNullException.ThrowIfNull(seed);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{seed}/{prefix}/{purpose}")))[..6];
        var head = Hyphens().Replace(NotName().Replace($"{prefix}-{purpose}".ToLowerInvariant(), "-"), "-").Trim('-');
        head = head[..Math.Min(head.Length, 63 - 7)].TrimEnd('-');
        if (head.Length == 0 || !char.IsAsciiLetter(head[0]))
        {
            head = "pg" + head;
        }

        return $"{head}-{hash}";
    }

    /// <summary>
    /// The private DNS zone of a server with private access: <c>&lt;server&gt;.private.postgres.database.azure.com</c>.
    /// Azure puts the server's A record in it; the public name <c>&lt;server&gt;.postgres.database.azure.com</c> is a CNAME
    /// to it, so clients in the linked VNet use the usual host name and get the private address.
    /// </summary>
    public static string PrivateDnsZoneName(string serverName) => $"{serverName}.private.postgres.database.azure.com";

    /// <summary>Every problem with <paramref name="args"/>, each naming its config path.</summary>
    public static IReadOnlyList<SpecError> Validate(PostgresFlexibleServerArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var errors = new List<SpecError>();
        var path = args.SpecPath;
        var tier = Tier(args.SkuName);
        if (tier is null)
        {
            errors.Add(new SpecError($"{path}.instanceClass", $"'{args.SkuName}' is not a Flexible Server SKU (Standard_B*, Standard_D*, Standard_E*, for example Standard_D2ds_v5)"));
        }
        else if (args.HighAvailability && tier == "Burstable")
        {
            errors.Add(new SpecError($"{path}.highAvailability", $"zone-redundant HA needs a GeneralPurpose or MemoryOptimized SKU; '{args.SkuName}' is Burstable"));
        }

        if (!MajorVersions.Contains(args.EngineVersion))
        {
            errors.Add(new SpecError($"{path}.engineVersion", $"must be one of {string.Join(", ", MajorVersions)} (got '{args.EngineVersion}')"));
        }

        if (!StorageSizesGiB.Contains(args.StorageGiB))
        {
            errors.Add(new SpecError($"{path}.storageGiB", string.Create(CultureInfo.InvariantCulture, $"must be one of {string.Join(", ", StorageSizesGiB)} on Azure (got {args.StorageGiB})")));
        }

        if (args.BackupRetentionDays is < MinBackupRetentionDays or > MaxBackupRetentionDays)
        {
            errors.Add(new SpecError($"{path}.backupRetentionDays", string.Create(CultureInfo.InvariantCulture, $"must be between {MinBackupRetentionDays} and {MaxBackupRetentionDays} on Azure (got {args.BackupRetentionDays})")));
        }

        if (args.AdministratorLogin is "azure_superuser" or "admin" or "administrator" or "root" or "guest" or "public" || args.AdministratorLogin.StartsWith("pg_", StringComparison.Ordinal))
        {
            errors.Add(new SpecError($"{path}.username", $"'{args.AdministratorLogin}' is reserved on Flexible Server"));
        }

        return errors;
    }

    [GeneratedRegex("^Standard_[A-Z][A-Za-z0-9_]+$")]
    private static partial Regex SkuShape();

    [GeneratedRegex("[^a-z0-9-]")]
    private static partial Regex NotName();

    [GeneratedRegex("-{2,}")]
    private static partial Regex Hyphens();
}

using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace MlPlatform.Components.Aws;

/// <summary>The pure rules of the platform's RDS for PostgreSQL: engine families, TLS parameters, names, validation.</summary>
public static partial class RdsPostgres
{
    public const string Engine = "postgres";

    public const int Port = 5432;

    /// <summary>The PostgreSQL major versions accepted (both clouds offer them; the scheduler is tested on them).</summary>
    public static readonly ImmutableArray<string> MajorVersions = ["16", "17"];

    /// <summary>RDS keeps 0 to 35 days of automated backups; 0 would turn them off, which the platform never does.</summary>
    public const int MaxBackupRetentionDays = 35;

    public const int MinStorageGiB = 20;

    public const int MaxStorageGiB = 65536;

    /// <summary>The parameter group family of a major version: <c>postgres16</c>.</summary>
    public static string ParameterGroupFamily(string engineVersion) => $"{Engine}{engineVersion}";

    /// <summary>
    /// The parameters the platform sets: <c>rds.force_ssl=1</c> makes the server refuse every connection without TLS,
    /// whatever the client asks for; <c>ssl_min_protocol_version</c> rules out TLS 1.0/1.1.
    /// </summary>
    public static ImmutableArray<(string Name, string Value)> TlsParameters { get; } =
    [
        ("rds.force_ssl", "1"),
        ("ssl_min_protocol_version", "TLSv1.2"),
    ];

    /// <summary>The snapshot RDS takes when a deletion-protected instance is finally deleted (letters, digits, '-').</summary>
    public static string FinalSnapshotIdentifier(string namePrefix, string purpose) =>
        Identifier($"{namePrefix}-{purpose}-final");

    /// <summary>An RDS identifier: lowercase letters, digits and single hyphens, starting with a letter, at most 63 characters.</summary>
    public static string Identifier(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var cleaned = NotIdentifier().Replace(value.ToLowerInvariant(), "-").Trim('-');
        cleaned = Hyphens().Replace(cleaned, "-");
        if (cleaned.Length == 0 || !char.IsAsciiLetter(cleaned[0]))
        {
            cleaned = "db-" + cleaned;
        }

        return cleaned.Length <= 63 ? cleaned : cleaned[..63].TrimEnd('-');
    }

    /// <summary>Every problem with <paramref name="args"/>, each naming its config path.</summary>
    public static IReadOnlyList<SpecError> Validate(PostgresDatabaseArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var errors = new List<SpecError>();
        var path = args.SpecPath;
        if (!InstanceClassShape().IsMatch(args.InstanceClass))
        {
            errors.Add(new SpecError($"{path}.instanceClass", $"'{args.InstanceClass}' is not an RDS instance class (db.<family>.<size>, for example db.m7g.large)"));
        }

        if (!MajorVersions.Contains(args.EngineVersion))
        {
            errors.Add(new SpecError($"{path}.engineVersion", $"must be one of {string.Join(", ", MajorVersions)} (got '{args.EngineVersion}')"));
        }

        if (args.StorageGiB is < MinStorageGiB or > MaxStorageGiB)
        {
            errors.Add(new SpecError($"{path}.storageGiB", string.Create(CultureInfo.InvariantCulture, $"must be between {MinStorageGiB} and {MaxStorageGiB} (got {args.StorageGiB})")));
        }

        if (args.BackupRetentionDays is < 1 or > MaxBackupRetentionDays)
        {
            errors.Add(new SpecError($"{path}.backupRetentionDays", string.Create(CultureInfo.InvariantCulture, $"must be between 1 and {MaxBackupRetentionDays} (got {args.BackupRetentionDays})")));
        }

        if (args.ClientSecurityGroupIds.IsDefaultOrEmpty)
        {
            errors.Add(new SpecError(path, "needs the cluster's node security group: nothing else may reach the database"));
        }

        return errors;
    }

    [GeneratedRegex("^db\\.[a-z0-9-]+\\.[a-z0-9]+$")]
    private static partial Regex InstanceClassShape();

    [GeneratedRegex("[^a-z0-9-]")]
    private static partial Regex NotIdentifier();

    [GeneratedRegex("-{2,}")]
    private static partial Regex Hyphens();
}

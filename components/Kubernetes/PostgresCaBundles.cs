using MlPlatform.CostModel;

namespace MlPlatform.Components.Kubernetes;

/// <summary>
/// The CA bundles a client of each cloud's managed PostgreSQL verifies the server with (<c>data/tls</c>, embedded in this
/// assembly): the Amazon RDS global bundle, and for Azure Database for PostgreSQL Flexible Server DigiCert Global Root
/// G2, Microsoft RSA Root Certificate Authority 2017 and DigiCert Global Root CA.
/// </summary>
public static class PostgresCaBundles
{
    /// <summary>The ConfigMap key, and the file name under <see cref="SchedulerDeployment.PostgresCaDirectory"/>.</summary>
    public const string FileName = "ca.pem";

    /// <summary>The PEM bundle (several certificates) for the managed PostgreSQL of <paramref name="cloud"/>.</summary>
    public static string For(Cloud cloud) => Read(cloud switch
    {
        Cloud.Aws => "tls/rds-global-bundle.pem",
        Cloud.Azure => "tls/azure-postgres-ca-bundle.pem",
        _ => throw new ArgumentOutOfRangeException(nameof(cloud), cloud, "no managed PostgreSQL CA bundle for this cloud"),
    });

    private static string Read(string resource)
    {
        using var stream = typeof(PostgresCaBundles).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"the CA bundle '{resource}' is not embedded in {typeof(PostgresCaBundles).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

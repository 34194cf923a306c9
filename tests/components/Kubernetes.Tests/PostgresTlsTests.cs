using System.Security.Cryptography.X509Certificates;
using MlPlatform.CostModel;
using MlPlatform.Testing;
using Pulumi;

using MlPlatform.Scheduler.Configuration;

namespace MlPlatform.Components.Kubernetes.Tests;

public sealed class PostgresTlsTests
{
    private static SchedulerDeploymentArgs Args(string? caBundle)
    {
        var defaults = K8sTest.SchedulerArgs(StoreOptions.Postgres);
        return new SchedulerDeploymentArgs
        {
            Image = defaults.Image,
            Version = defaults.Version,
            Settings = defaults.Settings,
            Cloud = defaults.Cloud,
            PostgresHost = Output.Create("db.abc.us-east-1.rds.amazonaws.com"),
            PostgresPassword = Output.CreateSecret("from-the-database"),
            PostgresCaBundle = caBundle,
        };
    }

    [Fact]
    public async Task WithACaBundleTheSchedulerVerifiesTheServerAgainstTheBundleMountedFromAConfigMap()
    {
        var bundle = PostgresCaBundles.For(Cloud.Aws);
        var (mocks, scheduler) = await K8sTest.DeployAsync(() => new SchedulerDeployment("scheduler", Args(bundle)));

        var connection = await scheduler.PostgresConnectionString.GetAsync();
        Assert.EndsWith(";SSL Mode=VerifyFull;Root Certificate=/etc/mlplatform/postgres-ca/ca.pem", connection, StringComparison.Ordinal);
        var configMap = mocks.Named("kubernetes:core/v1:ConfigMap", "scheduler-postgres-ca").Inputs;
        Assert.Equal(SchedulerDeployment.PostgresCaConfigMapName, configMap.Obj("metadata").Str("name"));
        Assert.Equal(bundle, configMap.Obj("data").Str("ca.pem"));
        var pod = Assert.Single(mocks.OfType("kubernetes:apps/v1:Deployment")).Inputs.Obj("spec").Obj("template").Obj("spec");
        var volume = Assert.Single(pod.Objs("volumes"), v => v.Str("name") == "postgres-ca");
        Assert.Equal(SchedulerDeployment.PostgresCaConfigMapName, volume.Obj("configMap").Str("name"));
        var mount = Assert.Single(Assert.Single(pod.Objs("containers")).Objs("volumeMounts"), m => m.Str("name") == "postgres-ca");
        Assert.Equal(SchedulerDeployment.PostgresCaDirectory, mount.Str("mountPath"));
        Assert.Equal(true, mount["readOnly"]);
    }

    [Fact]
    public async Task WithoutACaBundleTlsIsStillRequiredAndNothingIsMounted()
    {
        var (mocks, scheduler) = await K8sTest.DeployAsync(() => new SchedulerDeployment("scheduler", Args(null)));

        Assert.EndsWith(";SSL Mode=Require", await scheduler.PostgresConnectionString.GetAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(mocks.OfType("kubernetes:core/v1:ConfigMap"), c => c.Name == "scheduler-postgres-ca");
    }

    [Fact]
    public void TheRdsBundleHoldsTheRegionalRootsOfRdsCaRsa2048G1()
    {
        var certificates = Parse(PostgresCaBundles.For(Cloud.Aws));

        Assert.Equal(118, certificates.Count);
        Assert.Equal(96, certificates.Count(c => c.Subject == c.Issuer));
        Assert.All(certificates, c => Assert.Contains("OU=Amazon RDS", c.Subject, StringComparison.Ordinal));
        var root = Assert.Single(certificates, c => c.Subject.Contains("CN=Amazon RDS us-east-1 Root CA RSA2048 G1,", StringComparison.Ordinal));
        Assert.Equal((root.Subject, 2061), (root.Issuer, root.NotAfter.Year));
    }

    [Fact]
    public void TheAzureBundleHoldsTheThreeRootsFlexibleServerChainsTo()
    {
        var certificates = Parse(PostgresCaBundles.For(Cloud.Azure));

        Assert.Equal(
            ["CB3CCBB76031E5E0138F8DD39A23F9DE47FFC35E43C1144CEA27D46A5AB1CB5F", "C741F70F4B2A8D88BF2E71C14122EF53EF10EBA0CFA5E64CFA20F418853073E0", "4348A0E9444C78CB265E058D5E8944B4D84F9662BD26DB257F8934A443C70161"],
            certificates.Select(c => c.GetCertHashString(System.Security.Cryptography.HashAlgorithmName.SHA256)).ToArray());
    }

    // The API Npgsql 10 reads `Root Certificate` with (X509Certificate2Collection.ImportFromPemFile): every certificate
    // of a multi-certificate PEM becomes a trust anchor.
    private static X509Certificate2Collection Parse(string pem)
    {
        var certificates = new X509Certificate2Collection();
        certificates.ImportFromPem(pem);
        return certificates;
    }
}

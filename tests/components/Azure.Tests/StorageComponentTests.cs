using MlPlatform.Testing;
using Pulumi.Testing;

namespace MlPlatform.Components.Azure.Tests;

public sealed class StorageComponentTests
{
    private const string AccountType = "azure-native:storage:StorageAccount";

    private const string RoleAssignmentType = "azure-native:authorization:RoleAssignment";

    private static readonly ServiceAccountRef Serving = new("mlplatform-system", "inference");

    private static readonly ServiceAccountRef Training = new("vision", "trainer");

    private static ModelStoreArgs ModelStoreArgs() => new()
    {
        Prefix = "mlp-dev",
        NameSeed = "eastus/mlp-dev",
        ResourceGroupName = "mlp-dev-rg",
        Location = AzureTestEnvironment.Region,
        Tags = AzureTestEnvironment.Tags,
        OidcIssuer = "https://issuer.example/",
        ReaderServiceAccounts = [Serving],
        WriterServiceAccounts = [Training],
        NoncurrentVersionExpiryDays = 30,
        SoftDeleteDays = 7,
    };

    private static DatasetCacheArgs DatasetCacheArgs() => new()
    {
        Prefix = "mlp-dev",
        NameSeed = "eastus/mlp-dev",
        ResourceGroupName = "mlp-dev-rg",
        Location = AzureTestEnvironment.Region,
        Tags = AzureTestEnvironment.Tags,
        OidcIssuer = "https://issuer.example/",
    };

    private static async Task<(EchoMocks Mocks, ModelStore Store)> DeployModelStoreAsync()
    {
        var mocks = AzureTestEnvironment.Mocks();
        ModelStore? store = null;
        await AzureTestEnvironment.DeployAsync(mocks, () => store = new ModelStore("models", ModelStoreArgs()));
        return (mocks, store!);
    }

    private static MockResourceArgs Identity(EchoMocks mocks, string name) =>
        mocks.OfType("azure-native:managedidentity:UserAssignedIdentity").Single(r => r.Name == name);

    [Fact]
    public async Task ModelStoreAccountIsHttpsOnlyTls12WithoutPublicAccessOrSharedKeys()
    {
        var (mocks, _) = await DeployModelStoreAsync();

        var account = Assert.Single(mocks.OfType(AccountType)).Inputs;
        Assert.Equal(true, account["enableHttpsTrafficOnly"]);
        Assert.Equal("TLS1_2", account["minimumTlsVersion"]);
        Assert.Equal(false, account["allowBlobPublicAccess"]);
        Assert.Equal(false, account["allowSharedKeyAccess"]);
        Assert.Equal("StorageV2", account["kind"]);
        Assert.Matches("^[a-z0-9]{3,24}$", (string)account["accountName"]);
    }

    [Fact]
    public async Task ModelStoreKeepsVersionsAndSoftDeletesForTheConfiguredDays()
    {
        var (mocks, _) = await DeployModelStoreAsync();

        var service = Assert.Single(mocks.OfType("azure-native:storage:BlobServiceProperties")).Inputs;
        Assert.Equal(true, service["isVersioningEnabled"]);
        Assert.Equal(true, service.Object("deleteRetentionPolicy")["enabled"]);
        Assert.Equal(7.0, service.Object("deleteRetentionPolicy")["days"]);
        Assert.Equal(7.0, service.Object("containerDeleteRetentionPolicy")["days"]);
    }

    [Fact]
    public async Task ModelStoreLifecycleExpiresNoncurrentVersions()
    {
        var (mocks, _) = await DeployModelStoreAsync();

        var rules = Assert.Single(mocks.OfType("azure-native:storage:ManagementPolicy")).Inputs.Object("policy").List("rules").Cast<IReadOnlyDictionary<string, object>>().ToList();
        var expire = Assert.Single(rules, r => (string)r["name"] == "expire-noncurrent-versions");
        Assert.Equal("Lifecycle", expire["type"]);
        var delete = expire.Object("definition").Object("actions").Object("version").Object("delete");
        Assert.Equal(30.0, delete["daysAfterCreationGreaterThan"]);
        Assert.Equal(["blockBlob"], expire.Object("definition").Object("filters").Strings("blobTypes").ToArray());
    }

    [Fact]
    public async Task ModelsContainerIsPrivate()
    {
        var (mocks, store) = await DeployModelStoreAsync();

        var container = Assert.Single(mocks.OfType("azure-native:storage:BlobContainer")).Inputs;
        Assert.Equal("None", container["publicAccess"]);
        Assert.Matches("^https://[a-z0-9]+\\.blob\\.core\\.windows\\.net/models$", await store.StoreUri.GetAsync());
    }

    [Fact]
    public async Task ServingReadsAndTrainingWritesThroughFederatedIdentities()
    {
        var (mocks, store) = await DeployModelStoreAsync();

        var roles = mocks.OfType(RoleAssignmentType);
        var reader = Assert.Single(roles, r => r.Name == "models-reader-blob-reader").Inputs;
        var writer = Assert.Single(roles, r => r.Name == "models-writer-blob-contributor").Inputs;
        Assert.EndsWith(RoleDefinitions.StorageBlobDataReader, (string)reader["roleDefinitionId"], StringComparison.Ordinal);
        Assert.EndsWith(RoleDefinitions.StorageBlobDataContributor, (string)writer["roleDefinitionId"], StringComparison.Ordinal);
        Assert.Equal("models-models_id", reader["scope"]);
        Assert.Equal("models-reader-id-principal-id", reader["principalId"]);
        Assert.Equal("ServicePrincipal", reader["principalType"]);

        var credentials = mocks.OfType("azure-native:managedidentity:FederatedIdentityCredential");
        var serving = Assert.Single(credentials, c => (string)c.Inputs["subject"] == Serving.Subject).Inputs;
        Assert.Equal("https://issuer.example/", serving["issuer"]);
        Assert.Equal(["api://AzureADTokenExchange"], serving.Strings("audiences").ToArray());
        Assert.Single(credentials, c => (string)c.Inputs["subject"] == "system:serviceaccount:vision:trainer");
        Assert.Equal("models-reader-id-client-id", await store.ReaderClientId.GetAsync());
        Assert.Equal("models-writer-id-client-id", await store.WriterClientId.GetAsync());
        Assert.NotNull(Identity(mocks, "models-writer-id"));
    }

    [Fact]
    public void ModelStoreArgsOutOfRangeFailNamingTheFields()
    {
        var args = new ModelStoreArgs
        {
            Prefix = "mlp-dev",
            NameSeed = "s",
            ResourceGroupName = "rg",
            Location = AzureTestEnvironment.Region,
            Tags = AzureTestEnvironment.Tags,
            OidcIssuer = "https://issuer.example/",
            ReaderServiceAccounts = [],
            WriterServiceAccounts = [Training],
            SoftDeleteDays = 400,
            ContainerName = "Models_",
        };

        var errors = ModelStore.Validate(args);

        Assert.Equal(["modelStore.softDeleteDays", "modelStore.containerName", "modelStore.readerServiceAccounts"], errors.Select(e => e.Path).ToArray());
    }

    [Fact]
    public async Task DatasetCacheHasAHardenedAccountAPrivateContainerAndAReadOnlyWarmerIdentity()
    {
        var mocks = AzureTestEnvironment.Mocks();
        DatasetCache? cache = null;
        await AzureTestEnvironment.DeployAsync(mocks, () => cache = new DatasetCache("datasets", DatasetCacheArgs()));

        var account = Assert.Single(mocks.OfType(AccountType)).Inputs;
        Assert.Equal(true, account["enableHttpsTrafficOnly"]);
        Assert.Equal(false, account["allowSharedKeyAccess"]);
        Assert.Equal(false, account["allowBlobPublicAccess"]);
        Assert.Equal("None", Assert.Single(mocks.OfType("azure-native:storage:BlobContainer")).Inputs["publicAccess"]);
        var role = Assert.Single(mocks.OfType(RoleAssignmentType)).Inputs;
        Assert.EndsWith(RoleDefinitions.StorageBlobDataReader, (string)role["roleDefinitionId"], StringComparison.Ordinal);
        var credential = Assert.Single(mocks.OfType("azure-native:managedidentity:FederatedIdentityCredential")).Inputs;
        Assert.Equal(PlatformServiceAccounts.DatasetWarmer.Subject, credential["subject"]);
        Assert.EndsWith(".blob.core.windows.net/datasets", await cache!.StoreUri.GetAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public void DatasetCacheOutsideTheTempDiskIsRejected()
    {
        var args = new DatasetCacheArgs
        {
            Prefix = "mlp-dev",
            NameSeed = "s",
            ResourceGroupName = "rg",
            Location = AzureTestEnvironment.Region,
            Tags = AzureTestEnvironment.Tags,
            OidcIssuer = "https://issuer.example/",
            MountPath = "/var/lib/cache",
            MaxSizeGiB = 1,
        };

        Assert.Equal(["datasetCache.mountPath", "datasetCache.maxSizeGiB"], DatasetCache.Validate(args).Select(e => e.Path).ToArray());
    }
}

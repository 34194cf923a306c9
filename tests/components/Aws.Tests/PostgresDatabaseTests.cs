using System.Collections.Immutable;
using MlPlatform.Testing;
using Pulumi;
using Pulumi.Testing;

namespace MlPlatform.Components.Aws.Tests;

public sealed class PostgresDatabaseTests
{
    private static PostgresDatabaseArgs Args(bool production = true) => new()
    {
        NamePrefix = "mlp-prod",
        Tags = AwsTestEnvironment.Tags,
        VpcId = "vpc-1",
        SubnetIds = new InputList<string> { "subnet-a", "subnet-b", "subnet-c" },
        ClientSecurityGroupIds = ["sg-nodes", "sg-cluster"],
        InstanceClass = production ? "db.m7g.large" : "db.t4g.medium",
        StorageGiB = production ? 100 : 20,
        MultiAz = production,
        BackupRetentionDays = production ? 14 : 1,
        EngineVersion = "17",
        DeletionProtection = production,
    };

    private static async Task<(EchoMocks Mocks, PostgresDatabase Database)> DeployAsync(PostgresDatabaseArgs args)
    {
        var mocks = AwsTestEnvironment.Mocks();
        mocks.ComputedOutputs["aws:rds/instance:Instance"] = a => new Dictionary<string, object>
        {
            ["address"] = $"{a.Name}.xyz.us-east-1.rds.amazonaws.com",
            ["endpoint"] = $"{a.Name}.xyz.us-east-1.rds.amazonaws.com:5432",
            ["port"] = 5432,
        };
        mocks.ComputedOutputs["aws:rds/subnetGroup:SubnetGroup"] = a => new Dictionary<string, object> { ["name"] = $"{a.Name}-generated" };
        mocks.ComputedOutputs["aws:rds/parameterGroup:ParameterGroup"] = a => new Dictionary<string, object> { ["name"] = $"{a.Name}-generated" };
        mocks.ComputedOutputs["random:index/randomPassword:RandomPassword"] = a => new Dictionary<string, object> { ["result"] = $"generated-{a.Name}" };
        PostgresDatabase? database = null;
        await Deployment.TestAsync(mocks, new TestOptions(), () => database = new PostgresDatabase("scheduler-db", args));
        return (mocks, database!);
    }

    [Fact]
    public async Task ProductionInstanceIsMultiAzEncryptedWithItsOwnKeyPrivateAndDeletionProtected()
    {
        var (mocks, _) = await DeployAsync(Args());

        var instance = Assert.Single(mocks.OfType("aws:rds/instance:Instance")).Inputs;
        Assert.Equal("postgres", instance["engine"]);
        Assert.Equal("17", instance["engineVersion"]);
        Assert.Equal(true, instance["multiAz"]);
        Assert.Equal(true, instance["storageEncrypted"]);
        Assert.Equal("arn:aws:kms:us-east-1:123456789012:scheduler-db-key", instance["kmsKeyId"]);
        Assert.Equal(false, instance["publiclyAccessible"]);
        Assert.Equal(true, instance["deletionProtection"]);
        Assert.Equal(false, instance["skipFinalSnapshot"]);
        Assert.Equal("mlp-prod-scheduler-final", instance["finalSnapshotIdentifier"]);
        Assert.Equal(14, Convert.ToInt32(instance["backupRetentionPeriod"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("scheduler-db-subnets-generated", instance["dbSubnetGroupName"]);
        Assert.Equal("scheduler-db-params-generated", instance["parameterGroupName"]);
        Assert.Equal(["subnet-a", "subnet-b", "subnet-c"], Assert.Single(mocks.OfType("aws:rds/subnetGroup:SubnetGroup")).Inputs.Strings("subnetIds").ToArray());
        Assert.Equal(true, mocks.Named("aws:kms/key:Key", "scheduler-db-key").Inputs["enableKeyRotation"]);
    }

    [Fact]
    public async Task OutsideProductionTheInstanceIsSingleAzAndSkipsTheFinalSnapshot()
    {
        var (mocks, _) = await DeployAsync(Args(production: false));

        var instance = Assert.Single(mocks.OfType("aws:rds/instance:Instance")).Inputs;
        Assert.Equal(false, instance["multiAz"]);
        Assert.Equal(false, instance["deletionProtection"]);
        Assert.Equal(true, instance["skipFinalSnapshot"]);
        Assert.False(instance.ContainsKey("finalSnapshotIdentifier"));
        Assert.Equal(true, instance["storageEncrypted"]);
        Assert.Equal(false, instance["publiclyAccessible"]);
    }

    [Fact]
    public async Task TheParameterGroupForcesTlsForTheEngineFamily()
    {
        var (mocks, _) = await DeployAsync(Args());

        var group = Assert.Single(mocks.OfType("aws:rds/parameterGroup:ParameterGroup")).Inputs;
        Assert.Equal("postgres17", group["family"]);
        var parameters = group.List("parameters").Cast<IReadOnlyDictionary<string, object>>().ToDictionary(p => (string)p["name"], p => (string)p["value"]);
        Assert.Equal("1", parameters["rds.force_ssl"]);
        Assert.Equal("TLSv1.2", parameters["ssl_min_protocol_version"]);
    }

    [Fact]
    public async Task OnlyTheClusterSecurityGroupsReachPort5432AndNothingLeaves()
    {
        var (mocks, _) = await DeployAsync(Args());

        var group = Assert.Single(mocks.OfType("aws:ec2/securityGroup:SecurityGroup")).Inputs;
        var ingress = group.List("ingress").Cast<IReadOnlyDictionary<string, object>>().ToList();
        Assert.Equal(["sg-cluster", "sg-nodes"], ingress.SelectMany(r => r.Strings("securityGroups")).Order(StringComparer.Ordinal).ToArray());
        Assert.All(ingress, r =>
        {
            Assert.Equal((5432, 5432, "tcp"), (Convert.ToInt32(r["fromPort"], System.Globalization.CultureInfo.InvariantCulture), Convert.ToInt32(r["toPort"], System.Globalization.CultureInfo.InvariantCulture), (string)r["protocol"]));
            Assert.False(r.ContainsKey("cidrBlocks"));
        });
        Assert.Empty(group.List("egress"));
        var instance = Assert.Single(mocks.OfType("aws:rds/instance:Instance")).Inputs;
        Assert.Equal(["scheduler-db-sg_id"], instance.Strings("vpcSecurityGroupIds").ToArray());
    }

    [Fact]
    public async Task ThePasswordIsGeneratedSecretAndTheEndpointComesFromTheInstance()
    {
        var (mocks, database) = await DeployAsync(Args());

        var password = Assert.Single(mocks.OfType("random:index/randomPassword:RandomPassword")).Inputs;
        Assert.Equal(PostgresDatabase.PasswordLength, Convert.ToInt32(password["length"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(false, password["special"]);
        Assert.True(await database.Password.IsSecretAsync());
        Assert.Equal("generated-scheduler-db-password", await database.Password.GetAsync());
        Assert.Equal("scheduler-db-instance.xyz.us-east-1.rds.amazonaws.com", await database.Address.GetAsync());
        Assert.Equal("scheduler-db-instance.xyz.us-east-1.rds.amazonaws.com:5432", await database.Endpoint.GetAsync());
        var outputs = Assert.Single(mocks.RegisteredOutputs, o => o.Key.EndsWith("::scheduler-db", StringComparison.Ordinal)).Value;
        Assert.True(await outputs["password"].IsSecretAsync());
    }

    [Fact]
    public void BadSettingsAreRejectedWithEveryProblemNamed()
    {
        var args = new PostgresDatabaseArgs
        {
            NamePrefix = "mlp-prod",
            Tags = AwsTestEnvironment.Tags,
            VpcId = "vpc-1",
            SubnetIds = new InputList<string> { "subnet-a" },
            ClientSecurityGroupIds = [],
            InstanceClass = "m7g.large",
            StorageGiB = 5,
            BackupRetentionDays = 40,
            EngineVersion = "15",
        };

        var errors = RdsPostgres.Validate(args).Select(e => e.Path).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(
            new HashSet<string>(StringComparer.Ordinal)
            {
                "services.scheduler.database.instanceClass",
                "services.scheduler.database.engineVersion",
                "services.scheduler.database.storageGiB",
                "services.scheduler.database.backupRetentionDays",
                "services.scheduler.database",
            },
            errors);
        Assert.Empty(RdsPostgres.Validate(Args()));
    }

    [Theory]
    [InlineData("mlp-prod-scheduler-final", "mlp-prod-scheduler-final")]
    [InlineData("MLP_Prod--scheduler final", "mlp-prod-scheduler-final")]
    [InlineData("9lives", "db-9lives")]
    public void IdentifiersAreLowercaseLettersDigitsAndSingleHyphensStartingWithALetter(string value, string expected) =>
        Assert.Equal(expected, RdsPostgres.Identifier(value));

    [Fact]
    public void LongIdentifiersAreCutTo63CharactersWithoutATrailingHyphen()
    {
        var identifier = RdsPostgres.Identifier(new string('a', 62) + "-b");
        Assert.Equal(62, identifier.Length);
        Assert.DoesNotContain("-", identifier, StringComparison.Ordinal);
    }
}

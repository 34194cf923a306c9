namespace MlPlatform.DatasetWarmer.Tests;

public sealed class BlobStoreFactoryTests
{
    [Theory]
    [InlineData("s3://mlp-dev-datasets-abc", "s3", "mlp-dev-datasets-abc", "")]
    [InlineData("s3://bucket/team/a", "s3", "bucket", "team/a")]
    [InlineData("https://acct.blob.core.windows.net/datasets", "azure", "https://acct.blob.core.windows.net/datasets", "")]
    [InlineData("https://acct.blob.core.windows.net/datasets/v2", "azure", "https://acct.blob.core.windows.net/datasets", "v2")]
    public void StoreUrisSelectTheBackEnd(string uri, string kind, string container, string prefix)
    {
        Assert.Equal((kind, container, prefix), BlobStoreFactory.ParseUri(uri));
    }

    [Theory]
    [InlineData("/local/path")]
    [InlineData("https://example.com/x")]
    [InlineData("gs://bucket")]
    public void OtherUrisAreRejected(string uri)
    {
        Assert.Throws<FormatException>(() => BlobStoreFactory.ParseUri(uri));
    }
}

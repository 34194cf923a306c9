namespace MlPlatform.PulumiSurface.Tests;

/// <summary>Every difference a check finds, so one failing run lists them all (type, member, expected, actual).</summary>
public sealed class Differences
{
    private readonly List<Difference> _all = [];

    public IReadOnlyList<Difference> All => _all;

    public void Add(string type, string member, string expected, string actual) => _all.Add(new Difference(type, member, expected, actual));

    /// <summary>Fails the test with every difference, one per line.</summary>
    public void AssertNone(string package)
    {
        if (_all.Count > 0)
        {
            Assert.Fail($"{package}: {_all.Count} difference(s) from the real surface (type | member | expected | actual):{Environment.NewLine}{string.Join(Environment.NewLine, _all)}");
        }
    }
}

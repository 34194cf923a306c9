using System.Collections;
using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace MlPlatform.Scheduler.Configuration.Tests;

public sealed class SchedulerEnvironmentTests
{
    [Fact]
    public void EverySettingButTheSecretsSurvivesWriteAndBind()
    {
        // Every property gets a value unlike its default, so a setting the writer forgets cannot pass unnoticed.
        var original = (SchedulerOptions)Fill(typeof(SchedulerOptions), "x");

        var bound = Bind(SchedulerEnvironment.Write(original));

        var differences = Compare(original, bound, SchedulerOptions.SectionName).ToList();
        Assert.Equal(
            ["Scheduler:AdminToken", "Scheduler:InstanceId", "Scheduler:Store:PostgresConnectionString", "Scheduler:Teams:0:Token", "Scheduler:Teams:1:Token"],
            differences);
    }

    [Fact]
    public void NoSecretIsWritten()
    {
        var data = SchedulerEnvironment.Write((SchedulerOptions)Fill(typeof(SchedulerOptions), "x"));

        Assert.DoesNotContain(data.Keys, k => k.EndsWith("Token", StringComparison.Ordinal) || k.EndsWith("ConnectionString", StringComparison.Ordinal) || k.EndsWith("InstanceId", StringComparison.Ordinal));
        Assert.Equal("Scheduler__Teams__3__Token", SchedulerEnvironment.TeamTokenKey(3));
    }

    [Fact]
    public void AnUnsetTeamBudgetIsLeftOutNotWrittenAsZero()
    {
        var options = new SchedulerOptions { Teams = [new TeamOptions { Name = "vision", GpuQuota = 4 }] };

        var data = SchedulerEnvironment.Write(options);

        Assert.False(data.ContainsKey("Scheduler__Teams__0__MonthlyBudgetUsd"));
        Assert.Null(Bind(data).Teams[0].MonthlyBudgetUsd);
    }

    [Fact]
    public void KeysAreEnvironmentVariableNamesAndValuesInvariantText()
    {
        var options = new SchedulerOptions { Teams = [new TeamOptions { Name = "vision", GpuQuota = 2.5m, Weight = 0.75 }] };

        var data = SchedulerEnvironment.Write(options);

        Assert.All(data.Keys, k => Assert.Matches("^[A-Za-z_][A-Za-z0-9_]*$", k));
        Assert.Equal("2.5", data["Scheduler__Teams__0__GpuQuota"]);
        Assert.Equal("0.75", data["Scheduler__Teams__0__Weight"]);
        Assert.Equal("00:00:02", data["Scheduler__CycleInterval"]);
    }

    private static SchedulerOptions Bind(IReadOnlyDictionary<string, string> environment)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(environment.Select(kv => KeyValuePair.Create(SchedulerEnvironment.ConfigurationPath(kv.Key), (string?)kv.Value)))
            .Build();
        var options = new SchedulerOptions();
        configuration.GetSection(SchedulerOptions.SectionName).Bind(options);
        return options;
    }

    private static object Fill(Type type, string seed)
    {
        var instance = Activator.CreateInstance(type)!;
        foreach (var property in Settable(type))
        {
            var current = property.GetValue(instance);
            property.SetValue(instance, Unlike(property.PropertyType, current, $"{seed}-{property.Name}"));
        }

        return instance;
    }

    private static object Unlike(Type type, object? current, string seed) => type switch
    {
        _ when type == typeof(string) => seed,
        _ when type == typeof(bool) => !(bool)current!,
        _ when type == typeof(int) => (int)current! + 7,
        _ when type == typeof(double) => (double)current! + 0.5,
        _ when type == typeof(decimal) || type == typeof(decimal?) => ((decimal?)current ?? 0m) + 3.25m,
        _ when type == typeof(TimeSpan) => (TimeSpan)current! + TimeSpan.FromSeconds(17),
        _ when type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>) => ListOf(type.GetGenericArguments()[0], seed),
        _ when type.IsClass => Fill(type, seed),
        _ => throw new NotSupportedException($"{type} has no generated value; teach the test"),
    };

    private static IList ListOf(Type element, string seed)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
        list.Add(Fill(element, $"{seed}0"));
        list.Add(Fill(element, $"{seed}1"));
        return list;
    }

    private static IEnumerable<string> Compare(object expected, object actual, string path)
    {
        foreach (var property in Settable(expected.GetType()))
        {
            var (e, a) = (property.GetValue(expected), property.GetValue(actual));
            var at = $"{path}:{property.Name}";
            if (e is IList expectedList && a is IList actualList)
            {
                for (var i = 0; i < expectedList.Count; i++)
                {
                    foreach (var difference in i < actualList.Count ? Compare(expectedList[i]!, actualList[i]!, $"{at}:{i}") : [$"{at}:{i}"])
                    {
                        yield return difference;
                    }
                }
            }
            else if (e is not null && e.GetType().IsClass && e is not string)
            {
                foreach (var difference in Compare(e, a!, at))
                {
                    yield return difference;
                }
            }
            else if (!Equals(e, a))
            {
                yield return at;
            }
        }
    }

    private static IEnumerable<PropertyInfo> Settable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract");
}

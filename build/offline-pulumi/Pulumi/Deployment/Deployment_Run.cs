using System.Collections.Immutable;
using Pulumi.Testing;

namespace Pulumi;

public sealed partial class Deployment
{
    private const string NoEngineMessage =
        "This program was built against the offline Pulumi SDK stand-in (PulumiSdk=offline), which has no connection to a Pulumi engine. "
        + "Build with the real packages (PulumiSdk=real) to run it under `pulumi preview`/`pulumi up`, or use `./build.sh plan <stack>` to preview it with the mock engine.";

    public static Task<int> RunAsync(Action action) => NoEngineAsync();

    public static Task<int> RunAsync(Func<IDictionary<string, object?>> func) => NoEngineAsync();

    public static Task<int> RunAsync(Func<Task> func) => NoEngineAsync();

    public static Task<int> RunAsync(Func<Task<IDictionary<string, object?>>> func, StackOptions? options = null) => NoEngineAsync();

    public static Task<int> RunAsync<TStack>()
        where TStack : Stack, new() => NoEngineAsync();

    public static Task<int> RunAsync<TStack>(IServiceProvider serviceProvider)
        where TStack : Stack => NoEngineAsync();

    public static Task<ImmutableArray<Resource>> TestWithServiceProviderAsync<TStack>(IMocks mocks, IServiceProvider serviceProvider, TestOptions? options = null)
        where TStack : Stack
    {
        ArgumentNullException.ThrowIfNull(serviceProvider);
        return TestAsync(
            mocks,
            () => serviceProvider.GetService(typeof(TStack)) as TStack
                ?? throw new InvalidOperationException($"Failed to resolve instance of type {typeof(TStack)} from service provider. Register the type with the service provider before calling RunAsync."),
            options);
    }

    public static Task<ImmutableArray<Resource>> TestAsync<TStack>(IMocks mocks, TestOptions? options = null)
        where TStack : Stack, new() => TestAsync(mocks, () => new TStack(), options);

    public static async Task<(ImmutableArray<Resource> Resources, IDictionary<string, object?> Outputs)> TestAsync(
        IMocks testMocks, TestOptions testOptions, Func<Task<IDictionary<string, object?>>> createResources)
    {
        TestStack? stack = null;
        var resources = await TestAsync(testMocks, () => stack = new TestStack(createResources), testOptions).ConfigureAwait(false);
        return TestResults(resources, stack);
    }

    public static async Task<(ImmutableArray<Resource> Resources, IDictionary<string, object?> Outputs)> TestAsync(
        IMocks testMocks, TestOptions testOptions, Func<IDictionary<string, object?>> createResources)
    {
        TestStack? stack = null;
        var resources = await TestAsync(testMocks, () => stack = new TestStack(createResources), testOptions).ConfigureAwait(false);
        return TestResults(resources, stack);
    }

    public static async Task<ImmutableArray<Resource>> TestAsync(IMocks testMocks, TestOptions testOptions, Func<Task> createResources)
    {
        var resources = await TestAsync(testMocks, () => new TestStack(createResources), testOptions).ConfigureAwait(false);
        return TestResults(resources, null).Resources;
    }

    public static async Task<ImmutableArray<Resource>> TestAsync(IMocks testMocks, TestOptions testOptions, Action createResources)
    {
        var resources = await TestAsync(testMocks, () => new TestStack(createResources), testOptions).ConfigureAwait(false);
        return TestResults(resources, null).Resources;
    }

    private static (ImmutableArray<Resource> Resources, IDictionary<string, object?> Outputs) TestResults(ImmutableArray<Resource> resources, TestStack? stack) =>
        (resources.Where(r => r is not TestStack).ToImmutableArray(), stack?.Outputs ?? new Dictionary<string, object?>());

    // This method must stay async: the AsyncLocal that scopes the deployment is set inside it.
    private static async Task<ImmutableArray<Resource>> TestAsync(IMocks mocks, Func<Stack> createStack, TestOptions? options)
    {
        ArgumentNullException.ThrowIfNull(mocks);
        var deployment = new Deployment(mocks, options);
        Current.Value = deployment;
        try
        {
            await deployment.RunAsync(createStack).ConfigureAwait(false);
            ImmutableArray<Resource> resources;
            List<string> errors;
            lock (deployment._gate)
            {
                resources = [.. deployment._resources];
                errors = [.. deployment._errors];
            }

            Exception? error = errors.Count switch
            {
                1 => new RunException(errors[0]),
                > 1 => new AggregateException(errors.Select(e => new RunException(e))),
                _ => null,
            };
            return error is null ? resources : throw error;
        }
        finally
        {
            Current.Value = null;
        }
    }

    private static Task<int> NoEngineAsync()
    {
        Console.Error.WriteLine(NoEngineMessage);
        return Task.FromResult(1);
    }

    // As the real runner: a program that throws while building the stack ends the run at once; otherwise the run
    // waits until no task is left or one has failed, and reports every failure collected by then.
    private async Task RunAsync(Func<Stack> createStack)
    {
        try
        {
            var stack = createStack();
            Stack ??= stack;
            stack.RegisterPropertyOutputs();
        }
        catch (Exception e)
        {
            LogException(e);
            return;
        }

        foreach (var failure in await _inFlightTasks.AwaitIdleOrFirstExceptionAsync().ConfigureAwait(false))
        {
            LogException(failure);
        }
    }

    private void LogException(Exception exception)
    {
        var message = exception switch
        {
            RunException run => run.Message,
            ResourceException resource => resource.HideStack ? resource.Message : resource.ToString(),
            _ => $"Running program '{System.Reflection.Assembly.GetEntryAssembly()?.Location}' failed with an unhandled exception:\n{exception}",
        };
        LogError(message);
    }
}

using System.Collections.Immutable;

namespace Pulumi;

/// <summary>Creates and combines <see cref="Output{T}"/> values.</summary>
public static partial class Output
{
    public static Output<T> Create<T>(T value) => Create(Task.FromResult(value));

    public static Output<T> Create<T>(Task<T> value) => Output<T>.Create(value);

    public static Output<T> CreateSecret<T>(T value) => CreateSecret(Task.FromResult(value));

    public static Output<T> CreateSecret<T>(Task<T> value) => Output<T>.CreateSecret(value);

    public static Output<T> CreateSecret<T>(Output<T> value) => Output<T>.CreateSecret(value);

    public static Output<T> Unsecret<T>(Output<T> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return new Output<T>(UnsecretAsync(output.DataTask));

        static async Task<OutputData<T>> UnsecretAsync(Task<OutputData<T>> task)
        {
            var data = await task.ConfigureAwait(false);
            return data with { IsSecret = false };
        }
    }

    public static async Task<bool> IsSecretAsync<T>(Output<T> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var data = await output.DataTask.ConfigureAwait(false);
        return data.IsSecret;
    }

    public static Output<ImmutableArray<T>> All<T>(params Input<T>[] inputs) => All(ImmutableArray.CreateRange(inputs));

    public static Output<ImmutableArray<T>> All<T>(IEnumerable<Input<T>> inputs) => All(ImmutableArray.CreateRange(inputs));

    public static Output<ImmutableArray<T>> All<T>(params Output<T>[] outputs) => All(outputs.AsEnumerable());

    public static Output<ImmutableArray<T>> All<T>(IEnumerable<Output<T>> outputs) =>
        All(outputs.Select(o => (Input<T>)o).ToImmutableArray());

    public static Output<string> Format(FormattableString formattableString)
    {
        ArgumentNullException.ThrowIfNull(formattableString);
        var arguments = formattableString.GetArguments();
        var inputs = new Input<object?>[arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            var arg = arguments[i];
            inputs[i] = arg switch
            {
                IInput input => input.ToOutput().ToUntypedOutput(),
                IOutput output => output.ToUntypedOutput(),
                _ => Create(arg),
            };
        }

        return All(inputs).Apply(objs => string.Format(System.Globalization.CultureInfo.InvariantCulture, formattableString.Format, objs.ToArray()));
    }


    internal static Output<ImmutableArray<T>> All<T>(ImmutableArray<Input<T>> inputs) => new(AllAsync(inputs));

    private static async Task<OutputData<ImmutableArray<T>>> AllAsync<T>(ImmutableArray<Input<T>> inputs)
    {
        var resources = ImmutableHashSet<Resource>.Empty;
        var values = ImmutableArray.CreateBuilder<T>(inputs.Length);
        var isKnown = true;
        var isSecret = false;
        foreach (var input in inputs)
        {
            var data = await ((Output<T>)input).DataTask.ConfigureAwait(false);
            values.Add(data.Value);
            resources = OutputData.Union(resources, data.Resources);
            isKnown &= data.IsKnown;
            isSecret |= data.IsSecret;
        }

        return new OutputData<ImmutableArray<T>>(resources, values.MoveToImmutable(), isKnown, isSecret);
    }

    internal static Output<object?> ToUntypedOutput(this IOutput output) => new(output.GetDataAsync());
}

/// <summary>
/// A value that becomes available as the deployment runs. It may be unknown during a preview (then
/// <see cref="Apply{TResult}(Func{T, TResult})"/> does not run its callback), secret (and every value derived from
/// it stays secret), and it carries the resources it depends on.
/// </summary>
public sealed class Output<T> : IOutput
{
    internal Output(Task<OutputData<T>> dataTask)
    {
        DataTask = dataTask;
        if (Deployment.TryGetInternalInstance() is { } deployment)
        {
            deployment.RegisterTask(dataTask);
        }
    }

    internal Task<OutputData<T>> DataTask { get; }

    public static Output<T> Create(Task<T> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new Output<T>(FromTask(value, isSecret: false));
    }

    internal static Output<T> CreateSecret(Task<T> value) => new(FromTask(value, isSecret: true));

    internal static Output<T> CreateSecret(Output<T> value)
    {
        return new Output<T>(MakeSecret(value.DataTask));

        static async Task<OutputData<T>> MakeSecret(Task<OutputData<T>> task) => (await task.ConfigureAwait(false)) with { IsSecret = true };
    }

    internal static Output<T> CreateUnknown(T value) =>
        new(Task.FromResult(new OutputData<T>(ImmutableHashSet<Resource>.Empty, value, IsKnown: false, IsSecret: false)));

    /// <summary>The same value with its secretness replaced (it may be cleared), as StackReference needs.</summary>
    internal Output<T> WithIsSecret(Task<bool> isSecret)
    {
        return new Output<T>(ReplaceAsync(DataTask, isSecret));

        static async Task<OutputData<T>> ReplaceAsync(Task<OutputData<T>> task, Task<bool> secret)
        {
            var data = await task.ConfigureAwait(false);
            return data with { IsSecret = await secret.ConfigureAwait(false) };
        }
    }

    internal Output<T> WithDependencies(ImmutableHashSet<Resource> resources)
    {
        return new Output<T>(AddAsync(DataTask, resources));

        static async Task<OutputData<T>> AddAsync(Task<OutputData<T>> task, ImmutableHashSet<Resource> extra)
        {
            var data = await task.ConfigureAwait(false);
            return data with { Resources = OutputData.Union(data.Resources, extra) };
        }
    }

    internal async Task<T> GetValueAsync(T whenUnknown)
    {
        var data = await DataTask.ConfigureAwait(false);
        return data.IsKnown ? data.Value : whenUnknown;
    }

    public Output<ValueTuple> Apply(Func<T, Task> func)
    {
        ArgumentNullException.ThrowIfNull(func);
        return Apply(async t =>
        {
            await func(t).ConfigureAwait(false);
            return ValueTuple.Create();
        });
    }

    public Output<TResult> Apply<TResult>(Func<T, TResult> func)
    {
        ArgumentNullException.ThrowIfNull(func);
        return Apply(t => Output.Create(func(t)));
    }

    public Output<TResult> Apply<TResult>(Func<T, Task<TResult>> func)
    {
        ArgumentNullException.ThrowIfNull(func);
        return Apply(t => Output.Create(func(t)));
    }

    public Output<TResult> Apply<TResult>(Func<T, Input<TResult>?> func)
    {
        ArgumentNullException.ThrowIfNull(func);
        return Apply(t => func(t).ToOutput());
    }

    public Output<TResult> Apply<TResult>(Func<T, Output<TResult>?> func)
    {
        ArgumentNullException.ThrowIfNull(func);
        return new Output<TResult>(ApplyHelperAsync(DataTask, func));
    }

    public Output<TResult> UntypedApply<TResult>(Func<object?, Output<TResult>> func)
    {
        ArgumentNullException.ThrowIfNull(func);
        return Apply(t => func(t));
    }

    public override string ToString()
    {
        var message = string.Join(
            Environment.NewLine,
            "Calling [ToString] on an [Output<T>] is not supported.",
            string.Empty,
            "To get the value of an Output<T> as an Output<string> consider:",
            "1. o.Apply(v => $\"prefix{v}suffix\")",
            "2. Output.Format($\"prefix{hostname}suffix\");",
            string.Empty,
            "See https://www.pulumi.com/docs/concepts/inputs-outputs for more details.");
        var errorOutputString = Environment.GetEnvironmentVariable("PULUMI_ERROR_OUTPUT_STRING");
        if (errorOutputString == "1" || string.Equals(errorOutputString, "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(message);
        }

        Log.Warn(message);
        return string.Join(Environment.NewLine, message, "This function may throw in a future version of Pulumi.");
    }

    async Task<OutputData<object?>> IOutput.GetDataAsync()
    {
        var data = await DataTask.ConfigureAwait(false);
        return new OutputData<object?>(data.Resources, data.Value, data.IsKnown, data.IsSecret);
    }

    async Task<ImmutableHashSet<Resource>> IOutput.GetResourcesAsync() => (await DataTask.ConfigureAwait(false)).Resources;

    private static async Task<OutputData<T>> FromTask(Task<T> task, bool isSecret)
    {
        var value = await task.ConfigureAwait(false);
        return new OutputData<T>(ImmutableHashSet<Resource>.Empty, value, IsKnown: true, isSecret);
    }

    private static async Task<OutputData<TResult>> ApplyHelperAsync<TResult>(Task<OutputData<T>> dataTask, Func<T, Output<TResult>?> func)
    {
        var data = await dataTask.ConfigureAwait(false);

        // The callback never sees an unknown value: during a preview the result is simply unknown too.
        if (!data.IsKnown)
        {
            return new OutputData<TResult>(data.Resources, default!, IsKnown: false, data.IsSecret);
        }

        var inner = func(data.Value);
        if (inner is null)
        {
            return new OutputData<TResult>(data.Resources, default!, IsKnown: true, data.IsSecret);
        }

        var innerData = await inner.DataTask.ConfigureAwait(false);
        return new OutputData<TResult>(
            OutputData.Union(data.Resources, innerData.Resources),
            innerData.Value,
            innerData.IsKnown,
            data.IsSecret || innerData.IsSecret);
    }
}

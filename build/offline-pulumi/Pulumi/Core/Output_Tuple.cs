namespace Pulumi;

public static partial class Output
{
    public static Output<(T1, T2)> Tuple<T1, T2>(Output<T1> item1, Output<T2> item2) =>
        Tuple((Input<T1>)item1, (Input<T2>)item2);

    public static Output<(T1, T2, T3)> Tuple<T1, T2, T3>(Output<T1> item1, Output<T2> item2, Output<T3> item3) =>
        Tuple((Input<T1>)item1, (Input<T2>)item2, (Input<T3>)item3);

    public static Output<(T1, T2, T3, T4)> Tuple<T1, T2, T3, T4>(Output<T1> item1, Output<T2> item2, Output<T3> item3, Output<T4> item4) =>
        Tuple((Input<T1>)item1, (Input<T2>)item2, (Input<T3>)item3, (Input<T4>)item4);

    public static Output<(T1, T2, T3, T4, T5)> Tuple<T1, T2, T3, T4, T5>(Output<T1> item1, Output<T2> item2, Output<T3> item3, Output<T4> item4, Output<T5> item5) =>
        Tuple((Input<T1>)item1, (Input<T2>)item2, (Input<T3>)item3, (Input<T4>)item4, (Input<T5>)item5);

    public static Output<(T1, T2)> Tuple<T1, T2>(Input<T1> item1, Input<T2> item2) =>
        Combine(item1, item2, Dummy(), Dummy(), Dummy()).Apply(v => (v.Item1, v.Item2));

    public static Output<(T1, T2, T3)> Tuple<T1, T2, T3>(Input<T1> item1, Input<T2> item2, Input<T3> item3) =>
        Combine(item1, item2, item3, Dummy(), Dummy()).Apply(v => (v.Item1, v.Item2, v.Item3));

    public static Output<(T1, T2, T3, T4)> Tuple<T1, T2, T3, T4>(Input<T1> item1, Input<T2> item2, Input<T3> item3, Input<T4> item4) =>
        Combine(item1, item2, item3, item4, Dummy()).Apply(v => (v.Item1, v.Item2, v.Item3, v.Item4));

    public static Output<(T1, T2, T3, T4, T5)> Tuple<T1, T2, T3, T4, T5>(Input<T1> item1, Input<T2> item2, Input<T3> item3, Input<T4> item4, Input<T5> item5) =>
        Combine(item1, item2, item3, item4, item5);

    private static Input<int> Dummy() => 0;

    private static Output<(T1, T2, T3, T4, T5)> Combine<T1, T2, T3, T4, T5>(Input<T1> i1, Input<T2> i2, Input<T3> i3, Input<T4> i4, Input<T5> i5)
    {
        return new Output<(T1, T2, T3, T4, T5)>(CombineAsync(((Output<T1>)i1).DataTask, ((Output<T2>)i2).DataTask, ((Output<T3>)i3).DataTask, ((Output<T4>)i4).DataTask, ((Output<T5>)i5).DataTask));

        static async Task<OutputData<(T1, T2, T3, T4, T5)>> CombineAsync(
            Task<OutputData<T1>> t1, Task<OutputData<T2>> t2, Task<OutputData<T3>> t3, Task<OutputData<T4>> t4, Task<OutputData<T5>> t5)
        {
            var d1 = await t1.ConfigureAwait(false);
            var d2 = await t2.ConfigureAwait(false);
            var d3 = await t3.ConfigureAwait(false);
            var d4 = await t4.ConfigureAwait(false);
            var d5 = await t5.ConfigureAwait(false);
            var resources = OutputData.Union(OutputData.Union(OutputData.Union(d1.Resources, d2.Resources), OutputData.Union(d3.Resources, d4.Resources)), d5.Resources);
            return new OutputData<(T1, T2, T3, T4, T5)>(
                resources,
                (d1.Value, d2.Value, d3.Value, d4.Value, d5.Value),
                d1.IsKnown && d2.IsKnown && d3.IsKnown && d4.IsKnown && d5.IsKnown,
                d1.IsSecret || d2.IsSecret || d3.IsSecret || d4.IsSecret || d5.IsSecret);
        }
    }
}

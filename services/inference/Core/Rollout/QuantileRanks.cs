namespace MlPlatform.Inference.Rollout;

/// <summary>
/// Distribution-free confidence bounds of a quantile from order statistics: the k-th smallest of n samples lies below the
/// q-quantile exactly when at least k samples do, which happens with probability P(Binomial(n, q) ≥ k).
/// </summary>
public static class QuantileRanks
{
    /// <summary>
    /// The largest 1-based rank k whose sample is at most the <paramref name="q"/>-quantile with probability ≥ 1 − <paramref name="alpha"/>
    /// (a lower bound); 0 when even the smallest sample is not (too few samples).
    /// </summary>
    public static int Lower(int n, double q, double alpha)
    {
        var tail = 0.0;
        var pmf = TopProbabilities(n, q);
        for (var k = n; k >= 1; k--)
        {
            tail += pmf[k];
            if (tail >= 1 - alpha)
            {
                return k;
            }
        }

        return 0;
    }

    /// <summary>
    /// The smallest 1-based rank j whose sample is at least the <paramref name="q"/>-quantile with probability ≥ 1 − <paramref name="alpha"/>
    /// (an upper bound); <paramref name="n"/> (the maximum) when there are too few samples for a tighter one.
    /// </summary>
    public static int Upper(int n, double q, double alpha)
    {
        // P(X_(j) ≥ quantile) = P(Binomial(n, q) ≤ j − 1) = 1 − P(Binomial(n, q) ≥ j): the smallest j with that tail ≤ alpha.
        var tail = 0.0;
        var pmf = TopProbabilities(n, q);
        var rank = n;
        for (var j = n; j >= 1; j--)
        {
            tail += pmf[j];
            if (tail > alpha)
            {
                break;
            }

            rank = j;
        }

        return Math.Max(1, rank);
    }

    // P(Binomial(n, q) = i) for every i, from the top down (the mass sits near n·q, so the recurrence starts where it is
    // largest relative to what is needed and never divides by zero).
    private static double[] TopProbabilities(int n, double q)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        var pmf = new double[n + 1];
        pmf[n] = Math.Pow(q, n);
        var ratio = (1 - q) / q;
        for (var i = n; i >= 1; i--)
        {
            pmf[i - 1] = pmf[i] * i / (n - i + 1) * ratio;
        }

        return pmf;
    }
}

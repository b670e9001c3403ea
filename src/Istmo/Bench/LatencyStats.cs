using System.Diagnostics;
using System.Globalization;

namespace Istmo.Bench;

/// <summary>Percentiles of a set of timings, in milliseconds.</summary>
public sealed record LatencyStats(int Count, double P50, double P90, double P99, double Max, double Mean)
{
    public static LatencyStats Of(IReadOnlyCollection<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        double At(double q) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        return new LatencyStats(sorted.Length, At(0.50), At(0.90), At(0.99), sorted.LastOrDefault(), sorted.Length == 0 ? double.NaN : sorted.Average());
    }

    /// <summary>Times each call of the body.</summary>
    public static async Task<LatencyStats> MeasureAsync<T>(IReadOnlyList<T> inputs, Func<T, Task> body)
    {
        var timings = new List<double>(inputs.Count);
        foreach (var input in inputs)
        {
            var started = Stopwatch.GetTimestamp();
            await body(input);
            timings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return Of(timings);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"p50 {P50,8:F2} ms   p90 {P90,8:F2} ms   p99 {P99,8:F2} ms   max {Max,8:F2} ms   (n={Count})");
}

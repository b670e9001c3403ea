using System.Collections.Concurrent;

namespace Istmo.Matching;

/// <summary>Human decisions on pairs of entity ids: confirmed matches and false positives (order of the two ids does not matter; the last decision wins).</summary>
/// <remarks>Thread-safe. False positives are never flagged as matches again; both kinds can calibrate a threshold.</remarks>
public sealed class Adjudications
{
    private readonly ConcurrentDictionary<(string, string), bool> _pairs = new();

    /// <summary>Number of adjudicated pairs.</summary>
    public int Count => _pairs.Count;

    /// <summary>All adjudicated pairs in a deterministic order.</summary>
    public IReadOnlyList<(string A, string B, bool IsMatch)> Pairs =>
        [.. _pairs.OrderBy(p => p.Key.Item1, StringComparer.Ordinal).ThenBy(p => p.Key.Item2, StringComparer.Ordinal).Select(p => (p.Key.Item1, p.Key.Item2, p.Value))];

    /// <summary>Records that the two entities are the same.</summary>
    public void AddTrueMatch(string a, string b) => _pairs[Key(a, b)] = true;

    /// <summary>Records that the two entities were wrongly proposed as a match.</summary>
    public void AddFalsePositive(string a, string b) => _pairs[Key(a, b)] = false;

    /// <summary>True when the pair was adjudicated a false positive.</summary>
    public bool IsFalsePositive(string a, string b) => _pairs.TryGetValue(Key(a, b), out var m) && !m;

    /// <summary>True when the pair was adjudicated a true match.</summary>
    public bool IsTrueMatch(string a, string b) => _pairs.TryGetValue(Key(a, b), out var m) && m;

    /// <summary>Chooses the threshold maximising F1 on labelled scores (midway between neighbouring scores); <paramref name="fallback"/> when there are no positives or no negatives.</summary>
    public static double CalibrateThreshold(IEnumerable<(double Score, bool IsMatch)> labelled, double fallback)
    {
        ArgumentNullException.ThrowIfNull(labelled);
        var list = labelled.Where(x => !double.IsNaN(x.Score)).OrderByDescending(x => x.Score).ThenBy(x => x.IsMatch).ToList();
        var positives = list.Count(x => x.IsMatch);
        if (positives == 0 || positives == list.Count)
        {
            return fallback;
        }

        double bestF1 = -1, best = fallback;
        int tp = 0, fp = 0;
        for (int i = 0; i < list.Count; i++)
        {
            if (list[i].IsMatch)
            {
                tp++;
            }
            else
            {
                fp++;
            }

            if (i + 1 < list.Count && list[i + 1].Score == list[i].Score)
            {
                continue; // a threshold cannot split equal scores
            }

            var f1 = 2.0 * tp / ((2.0 * tp) + fp + (positives - tp));
            if (f1 > bestF1 + 1e-12)
            {
                bestF1 = f1;
                best = i + 1 < list.Count ? (list[i].Score + list[i + 1].Score) / 2 : list[i].Score;
            }
        }

        return best;
    }

    private static (string, string) Key(string a, string b)
    {
        ArgumentException.ThrowIfNullOrEmpty(a);
        ArgumentException.ThrowIfNullOrEmpty(b);
        return string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
    }
}

using System.Diagnostics;
using System.Globalization;
using Istmo.Matching;

namespace Istmo.Bench.Matching;

/// <summary>
/// Accuracy on a file of labelled entity pairs written elsewhere (`istmo bench pairs`, OpenSanctions Pairs' form): the
/// engine with every fact, with names only, with one name a side as `istmo match pairs` scores it, and both baselines,
/// at the given threshold and at each method's best threshold (oracle, for comparison only).
/// </summary>
public static partial class MatchingBenchmark
{
    /// <summary>One labelled pair: two entities as screening sees them.</summary>
    public sealed record EntityPair(MatchEntity Left, MatchEntity Right, bool IsMatch);

    /// <summary>Scores every pair and prints precision, recall and F1 per method and per schema.</summary>
    /// <param name="mistakes">How many of the engine's mistakes (every fact) to list, most confident first.</param>
    /// <returns>0 when it ran.</returns>
    public static int RunLabelledPairs(string title, IReadOnlyList<EntityPair> pairs, double threshold, int mistakes, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var w = new Report(output);
        w.Section($"Labelled pairs of {title}: {pairs.Count:N0} pairs ({pairs.Count(p => p.IsMatch):N0} matches)");
        if (pairs.Count == 0)
        {
            w.Line("  no pair to score");
            return 0;
        }

        var options = new MatchOptions { Explain = false };
        var sw = Stopwatch.StartNew();
        List<(double, bool)> every = [.. pairs.Select(p => (Scorer.ScorePair(p.Left, p.Right, options).Score, p.IsMatch))];
        var seconds = sw.Elapsed.TotalSeconds;
        List<(double, bool)> names = [.. pairs.Select(p => (Scorer.ScorePair(NamesOnly(p.Left, all: true), NamesOnly(p.Right, all: true), options).Score, p.IsMatch))];
        List<(double, bool)> first = [.. pairs.Select(p => (Scorer.ScorePair(NamesOnly(p.Left, all: false), NamesOnly(p.Right, all: false), options).Score, p.IsMatch))];
        List<(double, bool)> tokenSet = [.. pairs.Select(p => (Baselines.TokenSet(Baselines.Norm(p.Left), Baselines.Norm(p.Right)), p.IsMatch))];
        List<(double, bool)> jaro = [.. pairs.Select(p => (Baselines.Jaro(Baselines.Norm(p.Left), Baselines.Norm(p.Right)), p.IsMatch))];
        var at = threshold.ToString("0.00", CultureInfo.InvariantCulture);
        foreach (var (name, list) in new[]
        {
            ("engine, every fact", every), ("engine, names and aliases only", names), ("engine, first name a side", first),
            ("FuzzySharp token-set, first name", tokenSet), ("Jaro-Winkler, first name", jaro),
        })
        {
            var best = Adjudications.CalibrateThreshold(list, threshold);
            w.Line($"  {name,-33} at {at} {Counts.At(list, threshold)}; at its best threshold {best:0.00} (oracle) {Counts.At(list, best)}");
        }

        // By the left side's schema; a legal entity of unknown kind is a group of its own.
        foreach (var schema in Enum.GetValues<EntitySchema>())
        {
            var idx = Enumerable.Range(0, pairs.Count).Where(i => pairs[i].Left.Schema == schema).ToList();
            if (idx.Count == 0)
            {
                continue;
            }

            w.Line($"  {schema,-12} {idx.Count,6:N0} pairs: every fact {Counts.At([.. idx.Select(i => every[i])], threshold)}; names only {Counts.At([.. idx.Select(i => names[i])], threshold)}");
        }

        w.Line(string.Create(CultureInfo.InvariantCulture, $"  scoring with every fact: {pairs.Count / Math.Max(seconds, 1e-9):N0} pairs/s on one thread (first run, JIT included)"));
        if (mistakes > 0)
        {
            var wrong = Enumerable.Range(0, pairs.Count).Where(i => (every[i].Item1 >= threshold) != pairs[i].IsMatch)
                .OrderByDescending(i => Math.Abs(every[i].Item1 - threshold)).Take(mistakes).ToList();
            w.Line($"  engine mistakes with every fact, the most confident first ({wrong.Count} shown):");
            foreach (var i in wrong)
            {
                var p = pairs[i];
                w.Line(string.Create(CultureInfo.InvariantCulture, $"    {(p.IsMatch ? "miss" : "false")} {every[i].Item1:0.00} (names {names[i].Item1:0.00})  {Brief(p.Left)} | {Brief(p.Right)}"));
            }
        }

        return 0;
    }

    private static MatchEntity NamesOnly(MatchEntity e, bool all) => new()
    {
        Id = e.Id,
        Schema = e.Schema,
        Names = all || e.Names.Count == 0 ? e.Names : [e.Names[0]],
    };

    private static string Brief(MatchEntity e)
    {
        var extra = e.Names.Count > 1 ? $" (+{e.Names.Count - 1} names)" : "";
        var birth = e.BirthDate is { } d ? " " + d : "";
        var countries = e.Nationalities.Count > 0 ? " [" + string.Join(",", e.Nationalities.Take(3)) + "]" : "";
        return $"{(e.Names.Count > 0 ? e.Names[0] : e.Id)}{extra}{birth}{countries}";
    }
}

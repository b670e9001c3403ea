using System.Globalization;
using System.Reflection;
using System.Text;
using Istmo.Matching;

namespace Istmo.Bench.Matching;

/// <summary>Name-only accuracy on an independent, hand-labelled set of name pairs (Data/name-pairs.csv), not written by the generator.</summary>
/// <remarks>
/// The set (sanctions/PEP/organised-crime names and ordinary names of many cultures, with hard near-miss negatives) is split
/// by a seeded hash of each pair into a DEV half, which may be looked at while tuning, and a HELD-OUT half, which may not.
/// Pairs are scored exactly as `istmo match pairs` scores them (one name per side, schema given, no other facts).
/// </remarks>
public static partial class MatchingBenchmark
{
    /// <summary>Seed of the dev/held-out split: fixed, so the held-out half stays the same across runs and changes.</summary>
    internal const uint NamePairSplitSeed = 20261123;

    /// <summary>One labelled pair of the independent set.</summary>
    internal sealed record NamePair(string Name1, string Name2, EntitySchema Schema, bool IsMatch, string Note, bool IsDev);

    private static void NamePairsSection(Report w)
    {
        var pairs = LoadNamePairs();
        foreach (var dev in new[] { true, false })
        {
            var part = pairs.Where(p => p.IsDev == dev).ToList();
            var label = dev ? "DEV" : "HELD-OUT";
            w.Section($"Independent name pairs, {label} half: {part.Count} hand-labelled pairs ({part.Count(p => p.IsMatch)} matches), name only");
            var engine = new List<(double, bool)>(part.Count);
            var tokenSet = new List<(double, bool)>(part.Count);
            var jaro = new List<(double, bool)>(part.Count);
            foreach (var p in part)
            {
                engine.Add((ScoreNamePair(p), p.IsMatch));
                var a = NameNormalizer.Normalize(p.Name1);
                var b = NameNormalizer.Normalize(p.Name2);
                tokenSet.Add((Baselines.TokenSet(a, b), p.IsMatch));
                jaro.Add((Baselines.Jaro(a, b), p.IsMatch));
            }

            foreach (var (name, list) in new[] { ("engine", engine), ("FuzzySharp token-set ratio", tokenSet), ("Jaro-Winkler full string", jaro) })
            {
                var best = Adjudications.CalibrateThreshold(list, 0.70);
                w.Line($"  {name,-27} at 0.70 {Counts.At(list, 0.70)}; at its best threshold {best:0.00} (oracle) {Counts.At(list, best)}");
            }

            foreach (var schema in new[] { EntitySchema.Person, EntitySchema.Organization })
            {
                var s = part.Select((p, i) => (p, i)).Where(x => x.p.Schema == schema).Select(x => engine[x.i]).ToList();
                w.Line($"  engine on {schema,-12} at 0.70 {Counts.At(s, 0.70)}");
            }

            if (dev)
            {
                // Only the dev half's mistakes are printed: the held-out half is for the final measurement only.
                var errors = part.Select((p, i) => (p, engine[i].Item1)).Where(x => (x.Item2 >= 0.70) != x.p.IsMatch).ToList();
                w.Line($"  engine mistakes on DEV ({errors.Count}):");
                foreach (var (p, score) in errors)
                {
                    w.Line(string.Create(CultureInfo.InvariantCulture, $"    {(p.IsMatch ? "miss" : "false")} {score:0.00}  {p.Name1} | {p.Name2} ({p.Note})"));
                }
            }
        }
    }

    /// <summary>Scores a pair the way `istmo match pairs` does.</summary>
    internal static double ScoreNamePair(NamePair p) => Scorer.ScorePair(
        new MatchEntity { Id = "1", Schema = p.Schema, Names = [p.Name1] },
        new MatchEntity { Id = "2", Schema = p.Schema, Names = [p.Name2] },
        new MatchOptions { Explain = false }).Score;

    /// <summary>Reads the embedded CSV (name1,name2,schema,label,note) and assigns each pair to the dev or held-out half.</summary>
    internal static List<NamePair> LoadNamePairs()
    {
        var asm = Assembly.GetExecutingAssembly();
        var resource = asm.GetManifestResourceNames().Single(n => n.EndsWith("name-pairs.csv", StringComparison.Ordinal));
        using var stream = asm.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var list = new List<NamePair>();
        reader.ReadLine(); // header
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0)
            {
                continue;
            }

            var f = SplitCsv(line);
            var schema = f[2] == "Organization" ? EntitySchema.Organization : EntitySchema.Person;
            list.Add(new NamePair(f[0], f[1], schema, f[3] == "1", f.Count > 4 ? f[4] : "", IsDevPair(f[0], f[1])));
        }

        return list;
    }

    /// <summary>Seeded split: FNV-1a of "seed|name1|name2" (UTF-8), even → DEV. Reproducible outside .NET.</summary>
    internal static bool IsDevPair(string name1, string name2)
    {
        var h = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes($"{NamePairSplitSeed}|{name1}|{name2}"))
        {
            h = unchecked((h ^ b) * 16777619u);
        }

        return (h & 1) == 0;
    }

    /// <summary>Minimal RFC 4180 field split of one line (quoted fields, doubled quotes).</summary>
    private static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    sb.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    sb.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(sb.ToString());
                sb.Clear();
            }
            else
            {
                sb.Append(c);
            }
        }

        fields.Add(sb.ToString());
        return fields;
    }
}

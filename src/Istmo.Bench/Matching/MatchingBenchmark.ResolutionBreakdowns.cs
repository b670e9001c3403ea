using System.Globalization;
using Istmo.Matching;

namespace Istmo.Bench.Matching;

/// <summary>Breakdowns of the generator's entity resolution by the people behind the records: where the misses are (per
/// culture) and what names alone cannot decide (namesakes).</summary>
public static partial class MatchingBenchmark
{
    /// <summary>
    /// Pairwise P/R/F1 per culture of the people: a true pair counts for its person's culture, a false pair (two people in
    /// one predicted cluster) for each of the two people's cultures. Shows where the misses of the whole run are.
    /// </summary>
    private static void ByCulture(List<int> truth, int[] predicted, List<Identity> people, long[] sizes, Report w)
    {
        // Records per (predicted cluster, person), grouped by predicted cluster.
        var cells = new Dictionary<int, Dictionary<int, long>>();
        for (int i = 0; i < truth.Count; i++)
        {
            if (!cells.TryGetValue(predicted[i], out var persons))
            {
                cells[predicted[i]] = persons = [];
            }

            persons[truth[i]] = persons.GetValueOrDefault(truth[i]) + 1;
        }

        var counts = new SortedDictionary<string, Counts>(StringComparer.Ordinal);
        Counts Of(int person)
        {
            var culture = people[person].Culture;
            if (!counts.TryGetValue(culture, out var c))
            {
                counts[culture] = c = new Counts();
            }

            return c;
        }

        for (int p = 0; p < people.Count; p++)
        {
            Of(p).Fn += sizes[p] * (sizes[p] - 1) / 2; // every true pair, less those found below
        }

        foreach (var persons in cells.Values)
        {
            var list = persons.ToList();
            for (int a = 0; a < list.Count; a++)
            {
                var found = list[a].Value * (list[a].Value - 1) / 2;
                Of(list[a].Key).Tp += found;
                Of(list[a].Key).Fn -= found;
                for (int b = a + 1; b < list.Count; b++)
                {
                    var wrong = list[a].Value * list[b].Value;
                    Of(list[a].Key).Fp += wrong;
                    if (people[list[a].Key].Culture != people[list[b].Key].Culture)
                    {
                        Of(list[b].Key).Fp += wrong;
                    }
                }
            }
        }

        w.Line("  by culture of the people: " + string.Join(", ", counts.Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key} F1 {kv.Value.F1:0.000} (P {kv.Value.Precision:0.000} R {kv.Value.Recall:0.000})"))));
    }

    /// <summary>
    /// How many true pairs hang on records that names cannot place: an undated record (its evidence is its name, sex and
    /// nationality) whose person shares the whole name and sex with another person of the run is as close to the other's
    /// records as to its own. Printed beside F1 so that a reader sees what part of the misses no method could decide.
    /// </summary>
    private static void Namesakes(List<MatchEntity> records, List<int> truth, List<Identity> people, long[] sizes, Report w)
    {
        string Key(Identity p) => NameNormalizer.Normalize(p.FullName) + "|" + p.Sex;
        var holders = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new string[people.Count];
        for (int i = 0; i < people.Count; i++)
        {
            keys[i] = Key(people[i]);
            holders[keys[i]] = holders.GetValueOrDefault(keys[i]) + 1;
        }

        long undated = 0, undatedPairs = 0, ambiguous = 0, ambiguousPairs = 0;
        var byCulture = new SortedDictionary<string, (int All, int Ambiguous)>(StringComparer.Ordinal);
        for (int i = 0; i < records.Count; i++)
        {
            var c = truth[i];
            if (records[i].BirthDate is not null || sizes[c] < 2)
            {
                continue;
            }

            var shared = holders[keys[c]] >= 2;
            undated++;
            undatedPairs += sizes[c] - 1;
            ambiguous += shared ? 1 : 0;
            ambiguousPairs += shared ? sizes[c] - 1 : 0;
            var (all, amb) = byCulture.GetValueOrDefault(people[c].Culture);
            byCulture[people[c].Culture] = (all + 1, amb + (shared ? 1 : 0));
        }

        var withNamesake = holders.Values.Where(h => h >= 2).Sum();
        w.Line(string.Create(CultureInfo.InvariantCulture, $"  namesakes: {withNamesake:N0} of {people.Count:N0} people ({100.0 * withNamesake / Math.Max(1, people.Count):0.0}%) share their whole name and sex with another; of {undated:N0} undated records whose person has other records ({undatedPairs:N0} true pairs), {ambiguous:N0} ({ambiguousPairs:N0} pairs) belong to such a person, by culture: {string.Join(", ", byCulture.Select(kv => $"{kv.Key} {100.0 * kv.Value.Ambiguous / kv.Value.All:0}%"))}"));
    }
}

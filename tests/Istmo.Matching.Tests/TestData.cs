namespace Istmo.Matching.Tests;

/// <summary>Shared test inputs: the hand-written hard cases in Data/hard-cases.csv, a scored, explained pair of names, and
/// words interned as index tokens.</summary>
internal static class TestData
{
    /// <summary>Two names scored as <c>istmo match pairs</c> does (both directions, the higher kept), with explanations.</summary>
    public static MatchResult ExplainedPair(string a, string b) => Scorer.ScorePair(
        new MatchEntity { Id = "a", Names = [a] },
        new MatchEntity { Id = "b", Names = [b] },
        new MatchOptions { Explain = true });

    /// <summary>Words as an index interns them: person tokens whose ids are their places in the list.</summary>
    public static NameToken[] IndexTokens(IEnumerable<string> words) => words.Select((w, i) =>
    {
        var t = NameToken.Create(w, organization: false);
        t.Id = i;
        return t;
    }).ToArray();

    public static IEnumerable<(string A, string B, bool Match)> HardCases()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Data", "hard-cases.csv");
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var fields = SplitCsv(line);
            yield return (fields[0], fields[1], fields[2] == "1");
        }
    }

    private static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var sb = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var ch in line)
        {
            if (ch == '"')
            {
                quoted = !quoted;
            }
            else if (ch == ',' && !quoted)
            {
                fields.Add(sb.ToString());
                sb.Clear();
            }
            else
            {
                sb.Append(ch);
            }
        }

        fields.Add(sb.ToString());
        return fields;
    }
}

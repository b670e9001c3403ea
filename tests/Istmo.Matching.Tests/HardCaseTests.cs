namespace Istmo.Matching.Tests;

public class HardCaseTests
{
    public static TheoryData<string, string, bool> Cases()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var (a, b, m) in TestData.HardCases())
        {
            data.Add(a, b, m);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void NameSimilarity_HardCase_MatchesLabel(string a, string b, bool match)
    {
        var schema = a.Contains("S.A.", StringComparison.Ordinal) || a.Contains("Corp", StringComparison.Ordinal) || a.Contains("R.L.", StringComparison.Ordinal)
            ? EntitySchema.Organization
            : EntitySchema.Person;
        var score = Scorer.NameSimilarity(a, b, schema);
        Assert.True(match ? score >= 0.70 : score < 0.70, $"{a} vs {b}: {score:0.000}");
    }
}

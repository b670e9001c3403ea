namespace Istmo.Matching.Tests;

/// <summary>
/// Files whose birth dates are corrupted by years (Splink's fake_1000: a quarter of its duplicates are two or more years
/// apart) against registries whose dates are reliable: the rule that dates two or more years apart never link holds only
/// where the trained model says duplicates rarely have such dates.
/// </summary>
public class ResolverNoisyDatesTests
{
    private static readonly string[] Given = ["Oliver", "Amelia", "Harry", "Isla", "Jacob", "Poppy", "Charlie", "Ava", "Thomas", "Lily", "George", "Emily", "Oscar", "Sophie", "James", "Grace", "William", "Freya", "Noah", "Evie"];

    private static readonly string[] Surnames = ["Atkinson", "Walsh", "Russell", "Ferguson", "Ellis", "Holmes", "Armstrong", "Campbell", "Fisher", "Murray", "Webb", "Dean", "Green", "Morris", "Rogers", "Shah", "Kaur", "Wright", "Thomson", "Evans"];

    private static readonly string[] Cities = ["London", "Leeds", "Bristol", "Bolton", "Salford", "Plymouth", "Telford"];

    /// <summary>
    /// 200 people, three records each, all with their city and two with their postcode: two with the true date, one with
    /// a typo in a name and, for every other person, the decade digit of the year mistyped (1974 → 1984).
    /// </summary>
    private static List<MatchEntity> People(bool decadeTypos)
    {
        var random = new Random(20261206);
        var records = new List<MatchEntity>();
        for (int p = 0; p < 200; p++)
        {
            var name = $"{Given[p % Given.Length]} {Surnames[p / Given.Length % Surnames.Length]}";
            var year = 1940 + random.Next(70);
            var date = $"{year}-{1 + random.Next(12):00}-{1 + random.Next(28):00}";
            var typo = name.Remove(2, 1);
            var noisy = decadeTypos && p % 2 == 0 ? $"{year + (year % 100 >= 90 ? -10 : 10)}{date[4..]}" : date;
            var (city, postcode) = (Cities[p % Cities.Length], $"{(char)('A' + (p % 26))}{p / 26} {p % 9}ZZ");
            records.Add(new MatchEntity { Id = $"p{p}a", Names = [name], BirthDate = PartialDate.Parse(date), City = city, PostalCode = postcode });
            records.Add(new MatchEntity { Id = $"p{p}b", Names = [name], BirthDate = PartialDate.Parse(date), City = city });
            records.Add(new MatchEntity { Id = $"p{p}c", Names = [typo], BirthDate = PartialDate.Parse(noisy), City = city, PostalCode = postcode });
        }

        return records;
    }

    private static int Together(ResolutionResult r, int people) =>
        Enumerable.Range(0, people).Count(p => r.Clusters.Any(c => c.Contains($"p{p}a") && c.Contains($"p{p}b") && c.Contains($"p{p}c")));

    [Fact]
    public void Resolve_DatesMistypedByADecadeInManyDuplicates_LinksThemByName()
    {
        var r = new EntityResolver().Resolve(People(decadeTypos: true));

        // The model learns that a third of duplicate pairs are years apart, so such dates do not forbid a link (with the
        // rule, 100 of 200 people would be whole). Those years are a decade exactly, a level of its own that EM finds
        // common among duplicates (a fifth to a third of their pairs) and rare among other pairs, so it weighs for the link. Every
        // person is whole, and no two people are joined.
        var birth = r.Model.Features[ResolverComparison.Birth];
        Assert.True(ResolverComparison.YearsApart(birth.M) > EntityResolver.DecisiveDatesMaxM, $"m(years apart) = {ResolverComparison.YearsApart(birth.M):0.000}");
        Assert.True(birth.M[ResolverComparison.BirthDecade] > 0.1, $"m(decade) = {birth.M[ResolverComparison.BirthDecade]:0.000}");
        Assert.True(birth.M[ResolverComparison.BirthDecade] > birth.U[ResolverComparison.BirthDecade] * 4, $"m {birth.M[ResolverComparison.BirthDecade]:0.000}, u {birth.U[ResolverComparison.BirthDecade]:0.000}");
        Assert.Equal(200, Together(r, 200));
        Assert.All(r.Clusters, c => Assert.Single(c.Select(id => id[..^1]).Distinct()));
    }

    [Fact]
    public void Resolve_ReliableDates_KeepTheRule()
    {
        var r = new EntityResolver().Resolve(People(decadeTypos: false));

        Assert.True(ResolverComparison.YearsApart(r.Model.Features[ResolverComparison.Birth].M) <= EntityResolver.DecisiveDatesMaxM);
        Assert.True(Together(r, 200) >= 190, $"{Together(r, 200)} of 200 people whole");
    }

    [Fact]
    public void Resolve_FewRecordsWithDatesYearsApart_KeepTheRule()
    {
        // Too few duplicates for EM to say anything about dates: a same-named father and son stay apart although their
        // city and postcode agree (the rule, not the model, decides).
        List<MatchEntity> records =
        [
            new() { Id = "f1", Names = ["Thomas Green"], BirthDate = PartialDate.Parse("1950-04-02"), City = "Leeds", PostalCode = "LS1 4CC" },
            new() { Id = "f2", Names = ["Thomas Green"], BirthDate = PartialDate.Parse("1950-04-02"), City = "Leeds" },
            new() { Id = "s1", Names = ["Thomas Green"], BirthDate = PartialDate.Parse("1979-09-15"), City = "Leeds", PostalCode = "LS1 4CC" },
            new() { Id = "s2", Names = ["Thomas Green"], BirthDate = PartialDate.Parse("1979-09-15"), City = "Leeds" },
        ];

        var r = new EntityResolver().Resolve(records);

        Assert.Equal(["f1", "f2"], r.Clusters.Single(c => c.Contains("f1")).Order(StringComparer.Ordinal));
        Assert.Equal(["s1", "s2"], r.Clusters.Single(c => c.Contains("s1")).Order(StringComparer.Ordinal));
    }
}

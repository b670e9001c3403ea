namespace Istmo.Matching.Tests;

public class ResolverBlockingTests
{
    private static MatchEntity P(string id, string name, string? dob) => new() { Id = id, Names = [name], BirthDate = dob is null ? null : PartialDate.Parse(dob) };

    private static int Birth(string dob) => PartialDate.Parse(dob).Pack();

    private static long ComparedPairs(params MatchEntity[] records) => new EntityResolver().Resolve(records).ComparedPairs;

    [Fact]
    public void BirthYearsContradict_TwoOrMoreYearsApart_OnlyWhenBothKnown()
    {
        Assert.True(ResolverBlocking.BirthYearsContradict(Birth("1980-05-05"), Birth("1982-01-01")));
        Assert.True(ResolverBlocking.BirthYearsContradict(Birth("1950"), Birth("1979-09-15")));
        Assert.False(ResolverBlocking.BirthYearsContradict(Birth("1980-05-05"), Birth("1981-12-31")));
        Assert.False(ResolverBlocking.BirthYearsContradict(Birth("1980"), Birth("1980-07-01")));
        Assert.False(ResolverBlocking.BirthYearsContradict(0, Birth("1980-07-01")));
    }

    [Fact]
    public void Resolve_SameNameBornDecadesApart_NotCompared()
    {
        // Parent and child with one name: the clusterer could never join them, so the pair is not even compared.
        var r = new EntityResolver().Resolve(
        [
            P("p1", "Juan Carlos Pérez Gómez", "1950-04-02"),
            P("p2", "Juan Carlos Perez Gomez", "1950-04-02"),
            P("c1", "Juan Carlos Pérez Gómez", "1979-09-15"),
        ]);

        Assert.Equal(1, r.ComparedPairs);
    }

    [Fact]
    public void Resolve_EmailWithADomainTypo_ComparedByItsUserPart()
    {
        // Garbled names and another day and month leave no name or date key in common; the e-mails differ in the domain only.
        Assert.Equal(1, ComparedPairs(
            P("a", "Arthur Booth", "2007-09-13") with { Emails = ["arthurbooth25@romero-donovan.com"] },
            P("b", "Zrhtua Bhoot", "2007-10-11") with { Emails = ["arthurbooth25@romero-onovan.com"] },
            P("c", "Molly Bell", "2002-01-05") with { Emails = ["mb@example.org"] }));
        Assert.Contains(BlockingRule.EmailUser, BlockingRule.Defaults);
    }

    [Fact]
    public void Resolve_GarbledNameBornTheSameDayInTheSameCity_ComparedByDateAndCity()
    {
        // "Cbmpael" shares no name key with "Samuel Campbell"; the date and town do. Born that day elsewhere: not compared.
        Assert.Equal(1, ComparedPairs(
            P("a", "Samuel Campbell", "2018-09-24") with { City = "Bolton" },
            P("b", "Cbmpael", "2018-09-24") with { City = "Bolton" },
            P("c", "Xyomara Quiel", "2018-09-24") with { City = "Colón" }));
        Assert.Contains(BlockingRule.BirthDateAndCity, BlockingRule.Defaults);
    }

    [Fact]
    public void Resolve_NamelessRecord_MeetsThoseBornTheSameDay()
    {
        // A row without a name (a file's blank name columns) keyed by its birth date: it meets the record born that day,
        // not the other.
        var r = new EntityResolver().Resolve(
        [
            new MatchEntity { Id = "a", Names = ["Evie Dean"], BirthDate = PartialDate.Parse("2015-03-03"), City = "Portsmouth" },
            new MatchEntity { Id = "b", BirthDate = PartialDate.Parse("2015-03-03"), City = "Portsmouth" },
            new MatchEntity { Id = "c", Names = ["Molly Bell"], BirthDate = PartialDate.Parse("2002-01-05") },
        ]);

        Assert.Equal(1, r.ComparedPairs);
        Assert.Empty(r.Rejected);
    }

    [Fact]
    public void Resolve_RecordWithNeitherNameNorFacts_Rejected()
    {
        var r = new EntityResolver().Resolve(
        [
            new MatchEntity { Id = "a", Names = ["Evie Dean"], BirthDate = PartialDate.Parse("2015-03-03") },
            new MatchEntity { Id = "b", City = "Portsmouth" },
        ]);

        Assert.Equal("b", Assert.Single(r.Rejected).Id);
    }

    [Fact]
    public void Resolve_SameNameWithoutBirthDate_Compared()
    {
        var r = new EntityResolver().Resolve(
        [
            P("a", "Juan Carlos Pérez Gómez", "1950-04-02"),
            P("b", "Juan Carlos Perez Gomez", null),
            P("c", "Juan Carlos Pérez Gómez", "1979-09-15"),
        ]);

        Assert.Equal(2, r.ComparedPairs);
    }

    [Fact]
    public void NameScore_WithSharedCache_EqualsUncached()
    {
        // The resolver caches token similarities by interned token id; cached and computed scores must be identical.
        var tokens = new Dictionary<string, NameToken>(StringComparer.Ordinal);
        var names = new[] { "María Teresa Rodríguez Pérez", "Maite Rodriguez", "RODRIGUES PERES, MARIA T", "Mari Carmen de la Cruz", "Maricarmen Delacruz", "Zhang Wei", "Chang Wei" };
        var records = names.Select((name, i) => ResolverRecord.Create(i, P("r" + i, name, null), PreparedEntity.Prepare(P("r" + i, name, null), withDisplay: false, t => tokens.TryGetValue(t, out var k) ? k : tokens[t] = NameToken.Create(t, organization: false)))).ToArray();
        var id = 0;
        foreach (var t in tokens.Values)
        {
            t.Id = id++;
        }

        var cache = new SimilarityCache(id);
        for (int pass = 0; pass < 2; pass++)
        {
            foreach (var a in records)
            {
                foreach (var b in records)
                {
                    Assert.Equal(ResolverComparison.NameScore(a, b, null), ResolverComparison.NameScore(a, b, cache));
                }
            }
        }
    }
}

namespace Istmo.Matching.Tests;

public class ResolutionTests
{
    private static MatchEntity P(string id, string name, string dob, string? doc = null) => new()
    {
        Id = id,
        Names = [name],
        BirthDate = PartialDate.Parse(dob),
        DocumentNumbers = doc is null ? [] : [doc],
    };

    private static List<MatchEntity> Records() =>
    [
        P("a1", "José María Rodríguez Pérez", "1985-03-07", "8-123-456"),
        P("a2", "Jose Maria Rodriguez", "1985-03-07"),
        P("a3", "RODRIGUEZ PEREZ, PEPE", "1985-03-07", "08-0123-00456"),
        P("b1", "Ana Lucía Castillo Herrera", "1990-11-02"),
        P("b2", "Ana Lucia Castillo", "1990-11-02"),
        P("c1", "Carlos Rodríguez Pérez", "1982-05-20"),
        P("d1", "Zhang Wei", "1979-01-15"),
        P("d2", "Chang Wei", "1979-01-15"),
        P("e1", "Mohammed Al-Hassan", "1970-06-30"),
        P("e2", "Muhammad el Hasan", "1970-06-30"),
        P("f1", "Luz Marina Batista", "1965-04-04"),
    ];

    private static string ClusterOf(ResolutionResult r, string id) => string.Join(",", r.Clusters.Single(c => c.Contains(id)).Order(StringComparer.Ordinal));

    [Fact]
    public void Resolve_Duplicates_ClusteredAndRelativesKeptApart()
    {
        var r = new EntityResolver(new ResolverOptions { RandomPairs = 1000, MatchProbability = 0.5 }).Resolve(Records());
        Assert.Equal("a1,a2,a3", ClusterOf(r, "a1"));
        Assert.Equal("b1,b2", ClusterOf(r, "b1"));
        Assert.Equal("d1,d2", ClusterOf(r, "d1"));
        Assert.Equal("e1,e2", ClusterOf(r, "e1"));
        Assert.Equal("c1", ClusterOf(r, "c1"));
        Assert.Equal("f1", ClusterOf(r, "f1"));
        Assert.Equal(11, r.Clusters.Sum(c => c.Count));
    }

    [Fact]
    public void Resolve_ExplainLinks_EachLinkCarriesThePriorAndEveryComparedFeature()
    {
        MatchEntity[] records =
        [
            new() { Id = "a", Names = ["Hannah"], GivenNames = "Hannah", BirthDate = PartialDate.Parse("1980-04-15"), City = "Birmingham", Emails = ["hm@west.com"] },
            new() { Id = "b", Names = ["Matthews"], PaternalSurname = "Matthews", BirthDate = PartialDate.Parse("1980-04-15"), City = "Birmingham", Emails = ["hm@west.com"] },
        ];

        var explained = new EntityResolver(new ResolverOptions { ExplainLinks = true }).Resolve(records);
        var plain = new EntityResolver().Resolve(records);

        var link = Assert.Single(explained.Links);
        Assert.StartsWith("prior ", link.Evidence[0], StringComparison.Ordinal);
        Assert.Contains("name: a given name on one side, a surname on the other (not compared)", link.Evidence);
        Assert.Contains(link.Evidence, e => e.StartsWith("email equal +", StringComparison.Ordinal));
        Assert.Contains(link.Evidence, e => e.StartsWith("birthDate exact +", StringComparison.Ordinal));
        Assert.Empty(Assert.Single(plain.Links).Evidence);
        Assert.Equal(plain.Links[0].Probability, link.Probability);

        // The same evidence structured, for pages that word it in their reader's language: levels by index, and weights
        // that add up to the link's match weight.
        Assert.Equal(LinkFactor.Prior, link.Factors[0].Feature);
        Assert.Equal(ResolverComparison.BirthExact, Assert.Single(link.Factors, f => f.Feature == "birthDate").Level);
        Assert.Equal(LinkFactor.NotCompared, Assert.Single(link.Factors, f => f.Feature == "name").Level);
        Assert.Equal(link.MatchWeight, link.Factors.Sum(f => f.Weight + f.FrequencyAdjustment), 6);
    }

    [Fact]
    public void Resolve_SameInputTwice_Deterministic()
    {
        var a = new EntityResolver().Resolve(Records());
        var b = new EntityResolver().Resolve(Records());
        Assert.Equal(a.Clusters.Select(c => string.Join(",", c)), b.Clusters.Select(c => string.Join(",", c)));
        Assert.Equal(a.Links.Select(l => l.MatchWeight), b.Links.Select(l => l.MatchWeight));
    }

    [Fact]
    public void Resolve_AdjudicatedFalsePositive_NeverLinked()
    {
        var adj = new Adjudications();
        adj.AddFalsePositive("d1", "d2");
        var r = new EntityResolver(new ResolverOptions { MatchProbability = 0.5 }).Resolve(Records(), adj);
        Assert.Equal("d1", ClusterOf(r, "d1"));
        Assert.Equal("d2", ClusterOf(r, "d2"));
    }

    [Fact]
    public void Resolve_AdjudicatedTrueMatch_Linked()
    {
        var adj = new Adjudications();
        adj.AddTrueMatch("f1", "c1");
        var r = new EntityResolver().Resolve(Records(), adj);
        Assert.Equal("c1,f1", ClusterOf(r, "c1"));
    }

    [Fact]
    public void Resolve_InvalidRecord_RejectedAsSingleton()
    {
        var records = Records();
        records.Add(new MatchEntity { Id = "bad", Names = ["\u200B"] });
        var r = new EntityResolver().Resolve(records);
        Assert.Contains(r.Rejected, x => x.Id == "bad");
        Assert.Equal("bad", ClusterOf(r, "bad"));
    }

    [Fact]
    public void Estimate_SyntheticPatterns_RecoversParameters()
    {
        // Two features, two levels; truth: λ=0.2, m=(0.1,0.9), u=(0.9,0.1).
        var features = new List<(string, string[])> { ("f1", ["no", "yes"]), ("f2", ["no", "yes"]) };
        double lambda = 0.2, m1 = 0.9, u1 = 0.1;
        var patterns = new List<(int[], long)>();
        foreach (var a in new[] { 0, 1 })
        {
            foreach (var b in new[] { 0, 1 })
            {
                double pm = (a == 1 ? m1 : 1 - m1) * (b == 1 ? m1 : 1 - m1);
                double pu = (a == 1 ? u1 : 1 - u1) * (b == 1 ? u1 : 1 - u1);
                patterns.Add(([a, b], (long)Math.Round(1_000_000 * ((lambda * pm) + ((1 - lambda) * pu)))));
            }
        }

        var model = FellegiSunterModel.Estimate(features, patterns, [[0.9, 0.1], [0.9, 0.1]], lambda: 0.5, maxIterations: 500, tolerance: 1e-9, fixU: true);
        Assert.True(model.Converged);
        Assert.Equal(0.2, model.Lambda, 2);
        Assert.Equal(0.9, model.Features[0].M[1], 2);
        Assert.True(model.Features[0].Weight(1) > 2 && model.Features[0].Weight(0) < -2);
    }

    [Fact]
    public void CalibrateThreshold_Labelled_SeparatesClasses()
    {
        var t = Adjudications.CalibrateThreshold([(0.9, true), (0.8, true), (0.75, false), (0.6, false), (0.95, true)], 0.7);
        Assert.InRange(t, 0.75, 0.8);
        Assert.Equal(0.7, Adjudications.CalibrateThreshold([(0.9, true)], 0.7));
    }

    [Fact]
    public void UnionFind_CannotLink_BlocksTransitiveMerge()
    {
        var uf = new ConstrainedUnionFind(3, [(0, 2)]);
        Assert.True(uf.Union(0, 1));
        Assert.False(uf.Union(1, 2));
        Assert.NotEqual(uf.Find(0), uf.Find(2));
    }

    [Fact]
    public void UnionFind_BirthYearSpan_RefusesChaining()
    {
        var uf = new ConstrainedUnionFind(3, [], [1980, 1981, 1990]);
        Assert.True(uf.Union(0, 1));
        Assert.False(uf.Union(1, 2));
        Assert.True(uf.Union(1, 2, force: true));
    }

    [Fact]
    public void UnionFind_YearMistypedEachWay_JoinsThroughTheTrueYear_ThreeYearsRefused()
    {
        // 1980 is the true year; 1979 and 1981 are typing errors either way. A fourth record born 1982 is someone else.
        var uf = new ConstrainedUnionFind(4, [], [1980, 1979, 1981, 1982]);
        Assert.True(uf.Union(0, 1));
        Assert.True(uf.Union(0, 2));
        Assert.False(uf.Union(2, 3));
        Assert.Equal(2, ConstrainedUnionFind.MaxYearSpan);
    }

    [Fact]
    public void UnionFind_SharedIdentifier_OverridesTheYearSpanButNotTheSexGuard()
    {
        var uf = new ConstrainedUnionFind(4, [], [1928, 1943, 1943, 1943], [0, 0, 1, 2]);
        Assert.False(uf.Union(0, 1));
        Assert.True(uf.Union(0, 1, sharedIdentifier: true));
        Assert.True(uf.Union(1, 2, sharedIdentifier: true));
        Assert.False(uf.Union(2, 3, sharedIdentifier: true));
    }

    [Fact]
    public void Resolve_SameDocumentBirthYearsApart_OneClusterWhileANamesakeStaysApart()
    {
        // A shared document with a mistyped birth year is one person (FEBRL's duplicates, registry data entry); the same name
        // born years later without the document is another person.
        var records = Records();
        records.Add(P("g1", "Lushia Bishop", "1928-12-14", "1153545"));
        records.Add(P("g2", "Lushia Bishop", "1943-11-19", "1153545"));
        records.Add(P("g3", "Lushia Bishop", "1961-02-03", "7700981"));

        var r = new EntityResolver().Resolve(records);

        Assert.Equal("g1,g2", ClusterOf(r, "g1"));
        Assert.Equal("g3", ClusterOf(r, "g3"));
    }

    [Fact]
    public void Resolve_SharedEmailAndCity_LinksTypedRecordsButNotANamesakeElsewhere()
    {
        MatchEntity R(string id, string given, string surname, string? dob, string? email, string? city) => new()
        {
            Id = id,
            GivenNames = given,
            PaternalSurname = surname,
            Names = [given + " " + surname],
            BirthDate = dob is null ? null : PartialDate.Parse(dob),
            Emails = email is null ? [] : [email],
            City = city,
        };
        var records = new List<MatchEntity>
        {
            R("x1", "Isabella", "Cooper", "1987-11-18", "imoore@turner-gonzalez.info", "Stockton-on-Tees"),
            R("x2", "Isabelal", "Cooper", "1987-11-18", "imoore@turner-gonzalez.info", "Stockton-on-Tees"),
            R("x3", "Isabella", "Coopr", null, "imoore@turner-gnzalze.info", "Stockton-on-Tees"),
            R("y1", "Isabella", "Cooper", "1962-03-01", "bella62@example.org", "Leeds"),
            R("z1", "Noah", "Watson", "2008-03-23", "matthew78@ballard-mcdonald.net", "Bolton"),
            R("z2", "Noah", "Watson", "2008-03-23", "matthew78@ballard-mcdonald.net", "Bolton"),
        };

        var r = new EntityResolver().Resolve(records);

        Assert.Equal("x1,x2,x3", ClusterOf(r, "x1"));
        Assert.Equal("y1", ClusterOf(r, "y1"));
        Assert.Equal("z1,z2", ClusterOf(r, "z1"));
        Assert.Contains(r.Model.Features, f => f.Name == "email");
    }

    [Fact]
    public void Resolve_UndatedRecordMatchingParentAndChildAlike_StaysAlone()
    {
        // The undated record is one of the two people, and nothing says which: joining either would be a guess.
        var records = ParentAndChild();
        records.Add(new() { Id = "u", Names = ["Juan Carlos Pérez Gómez"] });

        var r = new EntityResolver().Resolve(records);

        Assert.Equal("p1,p2", ClusterOf(r, "p1"));
        Assert.Equal("c1,c2", ClusterOf(r, "c1"));
        Assert.Equal("u", ClusterOf(r, "u"));
    }

    [Fact]
    public void Resolve_UndatedRecordCloserToOnePerson_JoinsThem()
    {
        // The same name, but the undated record shares the child's document: it is the child.
        var records = ParentAndChild(childDocument: "8-777-1234");
        records.Add(new() { Id = "u", Names = ["Juan Carlos Pérez Gómez"], DocumentNumbers = ["8-777-1234"] });

        var r = new EntityResolver().Resolve(records);

        Assert.Equal("p1,p2", ClusterOf(r, "p1"));
        Assert.Equal("c1,c2,u", ClusterOf(r, "c1"));
    }

    [Fact]
    public void Resolve_ParentAndChildWithOneName_KeptApartAndEachClustered()
    {
        var r = new EntityResolver().Resolve(ParentAndChild());

        Assert.Equal("p1,p2", ClusterOf(r, "p1"));
        Assert.Equal("c1,c2", ClusterOf(r, "c1"));
    }

    /// <summary>Two records of a father and two of his son, who has the same name and was born 29 years later.</summary>
    private static List<MatchEntity> ParentAndChild(string? childDocument = null) =>
    [
        P("p1", "Juan Carlos Pérez Gómez", "1950-04-02"),
        P("p2", "Juan Carlos Perez Gomez", "1950-04-02"),
        P("c1", "Juan Carlos Pérez Gómez", "1979-09-15", childDocument),
        P("c2", "Juan C. Pérez Gómez", "1979-09-15"),
    ];

    [Fact]
    public void UnionFind_BothSexes_Refused()
    {
        var uf = new ConstrainedUnionFind(3, [], null, [1, 0, 2]);
        Assert.True(uf.Union(0, 1));
        Assert.False(uf.Union(1, 2));
        Assert.True(uf.Union(1, 2, force: true));
    }

    [Fact]
    public void Resolve_TooFewRecords_NoLinksAndNoFailure()
    {
        var r = new EntityResolver().Resolve([P("only", "Ana Castillo", "1990-11-02")]);
        Assert.Equal("only", Assert.Single(Assert.Single(r.Clusters)));
        Assert.Empty(new EntityResolver().Resolve([]).Clusters);
    }
}

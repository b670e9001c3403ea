namespace Istmo.Matching.Tests;

/// <summary>The fourth resolution pass: blocking for year-only and undated records, and undated records joining the only person their name can be.</summary>
public class ResolverUndatedTests
{
    private static MatchEntity P(string id, string name, string? dob, string? doc = null) => new()
    {
        Id = id,
        Names = [name],
        BirthDate = dob is null ? null : PartialDate.Parse(dob),
        DocumentNumbers = doc is null ? [] : [doc],
    };

    private static List<ResolverRecord> Records(params MatchEntity[] entities)
    {
        var tokens = new Dictionary<string, NameToken>(StringComparer.Ordinal);
        return [.. entities.Select((e, i) => ResolverRecord.Create(i, e, PreparedEntity.Prepare(e, withDisplay: false, t => tokens.TryGetValue(t, out var k) ? k : tokens[t] = NameToken.Create(t, organization: false))))];
    }

    private static long[] Pairs(BlockingRule rule, ResolverOptions? options = null, params MatchEntity[] entities) =>
        ResolverBlocking.CandidatePairs(Records(entities), (options ?? new ResolverOptions()) with { BlockingRules = [rule] }, null);

    private static long Pair(int a, int b) => ((long)a << 32) | (uint)b;

    [Fact]
    public void NameTokenAndYearOfYearOnly_TypoInOneOfTwoPartsAndOnlyTheYear_Compared()
    {
        // A typo in the surname and only the year on one side: no shared pair of tokens or prefixes, no day and month.
        MatchEntity[] records = [P("a", "Naresh Mittal", "1954-06-21"), P("b", "Naresh Mylttal", "1954"), P("c", "Naresh Kumar", "1954-02-02")];
        var pairs = Pairs(BlockingRule.NameTokenAndYearOfYearOnly, null, records);
        Assert.Contains(Pair(0, 1), pairs);
        Assert.Contains(Pair(1, 2), pairs);

        // Two full dates in the same block are left to the rules that key the day and month.
        Assert.DoesNotContain(Pair(0, 2), pairs);
        Assert.Empty(Pairs(BlockingRule.NameTokenAndYearOfYearOnly, null, P("a", "Naresh Mittal", "1954-06-21"), P("b", "Naresh Mylttal", "1956")));
        Assert.Contains(BlockingRule.NameTokenAndYearOfYearOnly, BlockingRule.Defaults);
    }

    [Fact]
    public void SingleTokenRules_RepeatedNamePart_NeverPairARecordWithItself()
    {
        // "Juan Juan" has one name part twice: keyed twice, the record met itself in its block, and as its own strongest
        // close name it could never be attached to anyone.
        MatchEntity[] records = [P("u", "Juan Juan Pérez", null), P("d", "Juan Juan Peres", "1970-01-01"), P("y", "Juan Juan Pérez", "1970")];
        foreach (var rule in new[] { BlockingRule.NameTokenOfUndated, BlockingRule.NameTokenAndYearOfYearOnly })
        {
            Assert.All(Pairs(rule, null, records), p => Assert.NotEqual((int)(p >> 32), (int)(p & 0xFFFFFFFF)));
        }
    }

    [Fact]
    public void InvolvingRule_OversizedBlock_YearOnlyRecordMeetsItsNameNeighbours()
    {
        // Eight records born 1954 share the token "naresh" (block above MaxBlockSize 4): the year-only record meets the
        // records next to it in name order (window 1), not the whole block.
        MatchEntity[] records =
        [
            P("y", "Naresh Mylttal", "1954"), P("a", "Naresh Agarwal", "1954-01-01"), P("b", "Naresh Bose", "1954-01-02"),
            P("m", "Naresh Mittal", "1954-06-21"), P("s", "Naresh Shah", "1954-01-03"), P("t", "Naresh Tiwari", "1954-01-04"),
            P("v", "Naresh Verma", "1954-01-05"), P("z", "Naresh Zaveri", "1954-01-06"),
        ];
        var pairs = Pairs(BlockingRule.NameTokenAndYearOfYearOnly, new ResolverOptions { MaxBlockSize = 4, Window = 1 }, records);
        Assert.Contains(Pair(0, 3), pairs);
        Assert.DoesNotContain(Pair(0, 1), pairs);
        Assert.All(pairs, p => Assert.Equal(0, (int)(p >> 32)));
    }

    [Fact]
    public void NameTokenOfUndated_TypoInOneOfTwoParts_Compared_DatedPairsNot()
    {
        MatchEntity[] records = [P("a", "Aleksandr Medvedev", "1980-03-02"), P("u", "Aleksandr Mededev", null), P("b", "Aleksandr Petrov", "1975-01-01")];
        var pairs = Pairs(BlockingRule.NameTokenOfUndated, null, records);
        Assert.Contains(Pair(0, 1), pairs);
        Assert.Contains(Pair(1, 2), pairs);
        Assert.DoesNotContain(Pair(0, 2), pairs);
        Assert.Contains(BlockingRule.NameTokenOfUndated, BlockingRule.Defaults);
    }

    [Fact]
    public void NameTokenOfUndated_OversizedBlock_MeetsTheRecordWithTheSameOtherParts()
    {
        // "Maria" and "Gonzalez" blocks are oversized (MaxBlockSize 4, window 1), and the typo "Perex" changes the third
        // part's key. In name order the undated "Maria Gonzales Perex" sits among "Maria Gonzalez X", far from "María Pérez
        // González" (surnames swapped); ordered by the other name parts' keys, the two are neighbours.
        MatchEntity[] records =
        [
            P("u", "Maria Gonzales Perex", null), P("d", "María Pérez González", "1970-01-01"),
            P("f1", "Maria Gonzalez Alba", "1971-01-01"), P("f2", "Maria Gonzalez Quintero", "1972-01-01"), P("f3", "Maria Gonzalez Rios", "1973-01-01"),
            P("f4", "Maria Gonzalez Pinto", "1974-01-01"), P("f5", "Maria Gonzalez Paz", "1975-01-01"), P("f6", "Maria Ortega Gonzalez", "1976-01-01"),
        ];
        var pairs = Pairs(BlockingRule.NameTokenOfUndated, new ResolverOptions { MaxBlockSize = 4, Window = 1 }, records);
        Assert.Contains(Pair(0, 1), pairs);
        Assert.True(pairs.Length < records.Length - 1, $"{pairs.Length} pairs: the block was compared whole");
    }

    [Theory]
    [InlineData(null)] // the undated rule
    [InlineData("1981")] // the year-only rule: its block is the name part with the year
    public void InvolvingRule_OversizedBlock_MeetsTheRecordWithTheMostLettersInCommon(string? birth)
    {
        // Typos in both surnames: the two share only "Rubén" (a block above MaxBlockSize 4, window 1). In name order
        // "Ruben Castillo X" records sort between them ("castillo" < "castllo"), and the surnames' keys differ, so neither
        // sort order makes them neighbours; their letters are nearly the same.
        string[] others = ["Castillo Alba", "Castillo Quintero", "Castillo Ríos", "Castillo Pinto", "Castillo Paz", "Castillo Mora", "Díaz Tejada", "Ortega Vega"];
        MatchEntity[] records =
        [
            P("u", "Rubén Castllo Casoellus", birth), P("d", "Ruben Casntillo Castelluz", "1981-04-16"),
            .. others.Select((x, i) => P("f" + i, "Rubén " + x, $"1981-01-0{i + 1}")),
        ];
        var rule = birth is null ? BlockingRule.NameTokenOfUndated : BlockingRule.NameTokenAndYearOfYearOnly;
        var pairs = Pairs(rule, new ResolverOptions { MaxBlockSize = 4, Window = 1 }, records);
        Assert.Contains(Pair(0, 1), pairs);
        Assert.All(pairs, p => Assert.Equal(0, (int)(p >> 32)));
        Assert.True(pairs.Length < records.Length - 1, $"{pairs.Length} pairs: the block was compared whole");
    }

    [Fact]
    public void NameTokenAndNearBirthDate_TyposInTheFirstLettersOfEveryPart_Compared()
    {
        // No two name parts start with the same two letters, so the prefix rule cannot pair them; the parts' consonant
        // keys agree. A swapped day and month, or the next year, still meets; two years apart does not.
        MatchEntity[] records =
        [
            P("a", "Jcaques Dnsir", "1998-03-17"), P("b", "Jacqeus Dezir", "1998-03-17"), P("c", "Jacqeus Dezir", "1999-03-17"),
            P("d", "Jacqeus Dezir", "2000-03-17"), P("e", "Plrakash Kmuar", "1972-09-05"), P("f", "Prakash Kemar", "1972-05-09"),
        ];
        var pairs = Pairs(BlockingRule.NameTokenAndNearBirthDate, null, records);
        Assert.Contains(Pair(0, 1), pairs);
        Assert.Contains(Pair(0, 2), pairs);
        Assert.DoesNotContain(Pair(0, 3), pairs);
        Assert.Contains(Pair(4, 5), pairs);
        Assert.DoesNotContain(Pair(0, 1), Pairs(BlockingRule.NamePrefixAndNearBirthDate, null, records));
        Assert.Contains(BlockingRule.NameTokenAndNearBirthDate, BlockingRule.Defaults);
    }

    [Fact]
    public void NamePrefixAndNearBirthDate_LargeBlock_RecordsMeetTheirNameNeighbours()
    {
        // Twelve people born the same day whose names start "Ma" and "Sa" (blocks above the small-block size of 10): the mistyped
        // duplicate "Marta Salsedo" still meets "Marta Salcedo", its neighbour in name order, and not the whole block.
        string[] surnames = ["Sáenz", "Salas", "Samudio", "Sánchez", "Santos", "Sanjur", "Saldaña", "Sagel", "Sarmiento", "Sandoval"];
        var records = surnames.Select((x, i) => P("m" + i, "Mario " + x, "1980-05-05"))
            .Append(P("a", "Marta Salcedo", "1980-05-05")).Append(P("b", "Marta Salsedo", "1980-05-05")).ToArray();
        var pairs = Pairs(BlockingRule.NamePrefixAndNearBirthDate, null, records);
        Assert.Contains(Pair(10, 11), pairs);
        Assert.True(pairs.Length < 12 * 11 / 2 / 2, $"{pairs.Length} pairs: the block was compared whole");
    }

    // AttachExclusive on hand-made candidate pairs: records 0 and 1 are one person's cluster, 2 is undated.
    private static readonly MatchEntity[] Person =
    [
        P("d1", "Aleksandr Medvedev", "1980-03-02"), P("d2", "Aleksandr Medvedev", "1980-03-02"), P("u", "Aleksandr Mededev", null),
        P("n1", "Aleksandr Medvedev", "1955-07-09"),
    ];

    private static (List<(int A, int B, double W)> Attached, ConstrainedUnionFind Uf) Attach(
        (int A, int B, UndatedPlacement.Closeness Close, double Factor)[] candidates, double prior = -18, double thresholdWeight = 0)
    {
        var records = Records(Person);
        var uf = new ConstrainedUnionFind(records.Count, [], [.. records.Select(r => r.Birth >> 9)]);
        uf.Union(0, 1);
        var attached = UndatedPlacement.AttachExclusive(
            [.. candidates.Select(c => Pair(c.A, c.B))], [.. candidates.Select(c => c.Close)], [.. candidates.Select(c => c.Factor)], prior, thresholdWeight, -1, records, uf);
        return (attached, uf);
    }

    [Fact]
    public void AttachExclusive_CloseNamesInOneCluster_JoinsByItsBestLink()
    {
        // Pairwise the undated record is at or below 50 % (prior −18 bits, factors 17–18), but both its close names are one person.
        var (attached, uf) = Attach([(0, 2, UndatedPlacement.Closeness.Partner, 17), (1, 2, UndatedPlacement.Closeness.Partner, 18)]);
        Assert.Equal([(2, 1, 0.0)], attached);
        Assert.Equal(uf.Find(0), uf.Find(2));
    }

    [Fact]
    public void AttachExclusive_CloseNameInAnotherCluster_StaysAlone()
    {
        // A namesake born 1955 (record 3, its own cluster) has the same close name: the record could be either.
        var (attached, uf) = Attach([(0, 2, UndatedPlacement.Closeness.Partner, 18), (2, 3, UndatedPlacement.Closeness.Partner, 18)]);
        Assert.Empty(attached);
        Assert.NotEqual(uf.Find(0), uf.Find(2));
    }

    [Fact]
    public void AttachExclusive_RivalOrCloseLinkElsewhere_StaysAlone_RivalInTheSameClusterDoesNot()
    {
        // A close name whose document differs (a rival) in another cluster rules exclusivity out, in either order.
        Assert.Empty(Attach([(0, 2, UndatedPlacement.Closeness.Partner, 18), (2, 3, UndatedPlacement.Closeness.Rival, 18)]).Attached);
        Assert.Empty(Attach([(2, 3, UndatedPlacement.Closeness.Rival, 18), (0, 2, UndatedPlacement.Closeness.Partner, 18)]).Attached);

        // So does a close name in another cluster too weak to join (below ExclusiveFloor) but within the margin.
        Assert.Empty(Attach([(0, 2, UndatedPlacement.Closeness.Partner, 17), (2, 3, UndatedPlacement.Closeness.Partner, 14)]).Attached);

        // A rival inside the cluster it joins does not.
        Assert.Single(Attach([(1, 2, UndatedPlacement.Closeness.Rival, 18), (0, 2, UndatedPlacement.Closeness.Partner, 18)]).Attached);

        // Far names are not evidence either way.
        Assert.Single(Attach([(0, 2, UndatedPlacement.Closeness.Partner, 18), (2, 3, UndatedPlacement.Closeness.Far, 0)]).Attached);
    }

    [Fact]
    public void AttachExclusive_OtherClusterFarWeaker_JoinsTheStrongest()
    {
        // The namesake's close name is 4 bits (ExclusiveMargin) weaker: the record joins the stronger; 3 bits is too close.
        Assert.Equal([(2, 0, 0.0)], Attach([(0, 2, UndatedPlacement.Closeness.Partner, 18), (2, 3, UndatedPlacement.Closeness.Partner, 14)]).Attached);
        Assert.Empty(Attach([(0, 2, UndatedPlacement.Closeness.Partner, 18), (2, 3, UndatedPlacement.Closeness.Partner, 15)]).Attached);

        // The order of the candidates does not matter.
        Assert.Equal([(2, 0, 0.0)], Attach([(2, 3, UndatedPlacement.Closeness.Partner, 14), (0, 2, UndatedPlacement.Closeness.Partner, 18)]).Attached);

        // The strongest close name contradicts (another document): no join, even far above the rest.
        Assert.Empty(Attach([(0, 2, UndatedPlacement.Closeness.Rival, 18), (2, 3, UndatedPlacement.Closeness.Partner, 10)]).Attached);
    }

    [Fact]
    public void AttachExclusive_OnlyLinkBelowTheFloor_StaysAlone()
    {
        Assert.Empty(Attach([(0, 2, UndatedPlacement.Closeness.Partner, 16)]).Attached); // −2 bits: below ExclusiveFloor (−1)
        Assert.Single(Attach([(0, 2, UndatedPlacement.Closeness.Partner, 17)]).Attached);

        // The floor follows the link threshold: at 90 % (+3.2 bits) the same link (−1 bit) is too weak.
        Assert.Empty(Attach([(0, 2, UndatedPlacement.Closeness.Partner, 17)], thresholdWeight: Math.Log2(0.9 / 0.1)).Attached);
    }

    [Fact]
    public void AttachExclusive_DatedOrAlreadyClusteredRecords_Untouched()
    {
        // Record 3 is dated: close names never attach it this way (its date decides through the pairwise links).
        Assert.Empty(Attach([(0, 3, UndatedPlacement.Closeness.Partner, 18)]).Attached);
    }

    [Fact]
    public void CloseName_ContradictingFacts_MakeARival()
    {
        var levels = new int[ResolverComparison.Count];
        Array.Fill(levels, -1);
        levels[ResolverComparison.Name] = ResolverComparison.NameClose;
        Assert.Equal(UndatedPlacement.Closeness.Partner, UndatedPlacement.CloseName(levels));
        levels[ResolverComparison.Document] = 0;
        Assert.Equal(UndatedPlacement.Closeness.Rival, UndatedPlacement.CloseName(levels));
        levels[ResolverComparison.Document] = ResolverComparison.DocumentEqual;
        levels[ResolverComparison.Sex] = 0;
        Assert.Equal(UndatedPlacement.Closeness.Rival, UndatedPlacement.CloseName(levels));
        levels[ResolverComparison.Name] = ResolverComparison.NameClose - 1; // a surname conflicts: another person, not evidence
        Assert.Equal(UndatedPlacement.Closeness.Far, UndatedPlacement.CloseName(levels));
    }

    [Fact]
    public void AttachExclusive_NamesakesClusterStatesAnotherNationality_JoinsTheOneThatShares()
    {
        // The undated record is Colombian. Its two close names state no nationality, but their clusters do through
        // another record: Colombia for the person born 1980, Panama for the namesake born 1955.
        static MatchEntity N(string id, string dob, string? country) => new()
        {
            Id = id,
            Names = ["Ana Pérez González"],
            BirthDate = dob.Length == 0 ? null : PartialDate.Parse(dob),
            Nationalities = country is null ? [] : [country],
        };

        var records = Records(N("d1", "1980-03-02", null), N("d2", "1980-03-02", "CO"), N("u", "", "CO"), N("n1", "1955-07-09", null), N("n2", "1955-07-09", "PA"));
        (List<(int A, int B, double W)> Attached, ConstrainedUnionFind Uf) Run(bool clusterFacts)
        {
            var uf = new ConstrainedUnionFind(records.Count, [], [.. records.Select(r => r.Birth >> 9)]);
            uf.Union(0, 1);
            uf.Union(3, 4);

            // Candidate pairs: (d1, u) and (u, n1), both close names; neither partner states a nationality or a sex.
            var weights = new double[ResolverComparison.Count][];
            weights[ResolverComparison.Nationality] = [-10.0, 2.5];
            weights[ResolverComparison.Sex] = [-11.0, 1.0];
            return (UndatedPlacement.AttachExclusive(
                [Pair(0, 2), Pair(2, 3)], [UndatedPlacement.Closeness.Partner, UndatedPlacement.Closeness.Partner], [18, 18], -20, 0, -1, records, uf,
                clusterFacts ? weights : null), uf);
        }

        // The pairs alone: two equally close namesakes, the record stays alone.
        Assert.Empty(Run(clusterFacts: false).Attached);

        // With what the clusters state: the namesake is Panamanian (a rival 10 bits weaker), the person shares Colombia.
        var (attached, uf) = Run(clusterFacts: true);
        Assert.Equal([(2, 0, 0.5)], attached);
        Assert.Equal(uf.Find(0), uf.Find(2));
        Assert.NotEqual(uf.Find(3), uf.Find(2));
    }

    [Fact]
    public void ExclusiveFloor_RisesWithTheNumberOfRecords()
    {
        // −3 bits at 300k records; stricter at a million (a namesake outside the candidates is likelier), bounded both ways.
        Assert.Equal(-3, UndatedPlacement.ExclusiveFloor(300_000), 6);
        Assert.Equal(-3 + Math.Log2(10 / 3.0), UndatedPlacement.ExclusiveFloor(1_000_000), 6);
        Assert.True(UndatedPlacement.ExclusiveFloor(100_000) < UndatedPlacement.ExclusiveFloor(300_000));
        Assert.Equal(-5, UndatedPlacement.ExclusiveFloor(10));
        Assert.Equal(0, UndatedPlacement.ExclusiveFloor(100_000_000));
    }
}

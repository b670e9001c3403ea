namespace Istmo.Matching.Tests;

/// <summary>The third resolution pass: near-date and prefix-pair blocking, the cap on two-error dates, whole-name frequency.</summary>
public class ResolverEvidenceTests
{
    private static MatchEntity P(string id, string name, string? dob) => new() { Id = id, Names = [name], BirthDate = dob is null ? null : PartialDate.Parse(dob) };

    private static int Birth(string dob) => PartialDate.Parse(dob).Pack();

    private static List<ResolverRecord> Records(params MatchEntity[] entities)
    {
        var tokens = new Dictionary<string, NameToken>(StringComparer.Ordinal);
        return [.. entities.Select((e, i) => ResolverRecord.Create(i, e, PreparedEntity.Prepare(e, withDisplay: false, t => tokens.TryGetValue(t, out var k) ? k : tokens[t] = NameToken.Create(t, organization: false))))];
    }

    private static long[] Pairs(BlockingRule rule, params MatchEntity[] entities) =>
        ResolverBlocking.CandidatePairs(Records(entities), new ResolverOptions { BlockingRules = [rule] }, null);

    [Fact]
    public void NameTokens_OnlyWhereDatesDoNotDecide()
    {
        // A typo in one part and a date off by a decade: only a single name part's key brings them together, and that rule
        // runs only where dates do not decide (there the pair is not even kept, its years being ten apart).
        var records = Records(P("a", "Ellie Ellis", "2015-11-06"), P("b", "Elelie Ellis", "2005-12-08"));
        var options = new ResolverOptions { BlockingRules = [BlockingRule.NameTokens] };
        Assert.Single(ResolverBlocking.CandidatePairs(records, options, null, datesDecide: false));
        Assert.Empty(ResolverBlocking.CandidatePairs(records, options, null, datesDecide: true));
        Assert.Contains(BlockingRule.NameTokens, BlockingRule.Defaults);
    }

    [Fact]
    public void NameTokens_OversizedBlock_MeetsByNameWhereDatesAreOffByYears()
    {
        // 60 Smiths born over 60 years: sorted by birth date, "Reggie Smith 2013" and "Smith 2003" (the given name left out,
        // the year mistyped) are ten apart with other Smiths between, and share no other name part. Where dates do not
        // decide, the block is also walked in name order, where they are neighbours.
        string[] given = ["Adam", "Ben", "Carl", "Dan", "Ed", "Fred", "Gus", "Hal", "Ian", "Jon", "Ken", "Len", "Max", "Ned", "Oli"];
        List<MatchEntity> smiths = [.. Enumerable.Range(0, 60).Select(i => P("s" + i, $"{given[i % 15]}{(char)('a' + (i / 15))}x Smith", $"{1950 + i}-03-0{1 + (i % 9)}"))];
        smiths.Add(P("r1", "Reggie Smith", "2013-10-28"));
        smiths.Add(P("r2", "Smith", "2003-09-28"));
        var records = Records([.. smiths]);
        var pairs = ResolverBlocking.CandidatePairs(records, new ResolverOptions { BlockingRules = [BlockingRule.NameTokens] }, null, datesDecide: false);
        Assert.Contains(((long)60 << 32) | 61, pairs);
    }

    [Fact]
    public void NameTokenAndDecadeMonth_DateADecadeAndDaysOff_MeetsInAnOversizedBlock()
    {
        // 60 Gracies born over 40 years: "Gracie James 2016-10-10" and "Gracie 2006-09-14" (a decade and 26 days off) are
        // neither date neighbours nor name neighbours. The decade-month key (year's last digit, month) brings them together,
        // where dates do not decide only.
        string[] surnames = ["Adams", "Brown", "Clark", "Davis", "Evans", "Fox", "Green", "Hill", "Irwin", "Jones", "King", "Lee", "Moore", "Nash", "Owen"];
        List<MatchEntity> gracies = [.. Enumerable.Range(0, 60).Select(i => P("g" + i, $"Gracie {surnames[i % 15]}{(char)('a' + (i / 15))}", $"{1980 + (i % 40)}-0{1 + (i % 7)}-1{i % 9}"))];
        gracies.Add(P("j1", "Gracie James", "2016-10-10"));
        gracies.Add(P("j2", "Gracie", "2006-09-14"));
        var records = Records([.. gracies]);
        var pair = ((long)60 << 32) | 61;
        Assert.DoesNotContain(pair, ResolverBlocking.CandidatePairs(records, new ResolverOptions { BlockingRules = [BlockingRule.NameTokens] }, null, datesDecide: false));
        var options = new ResolverOptions { BlockingRules = [BlockingRule.NameTokenAndDecadeMonth] };
        Assert.Contains(pair, ResolverBlocking.CandidatePairs(records, options, null, datesDecide: false));
        Assert.Empty(ResolverBlocking.CandidatePairs(records, options, null, datesDecide: true));
        Assert.Contains(BlockingRule.NameTokenAndDecadeMonth, BlockingRule.Defaults);
    }

    [Fact]
    public void BirthDateAlone_GarbledNamesSameDay_ComparedWhereDatesDoNotDecide_InSmallBlocksOnly()
    {
        var records = Records(P("a", "eTddey", "1992-03-27"), P("b", "deTd Walker", "1992-03-27"), P("c", "Ann Lee", "1992-03-28"));
        var options = new ResolverOptions { BlockingRules = [BlockingRule.BirthDateAlone] };
        Assert.Equal([1L], ResolverBlocking.CandidatePairs(records, options, null, datesDecide: false));
        Assert.Empty(ResolverBlocking.CandidatePairs(records, options, null, datesDecide: true));

        // Eleven people born one day: a block too large to compare.
        var crowd = Records([.. Enumerable.Range(0, 11).Select(i => P("p" + i, $"Person{(char)('a' + i)}", "1992-03-27"))]);
        Assert.Empty(ResolverBlocking.CandidatePairs(crowd, options, null, datesDecide: false));
        Assert.Contains(BlockingRule.BirthDateAlone, BlockingRule.Defaults);
    }

    [Theory]
    [InlineData("2006-09-14", "2016-10-10", true)] // a decade and a month
    [InlineData("2006-12-14", "2017-01-10", true)] // across the year's end
    [InlineData("2006-09-14", "2006-09-30", true)]
    [InlineData("2006-09-14", "2016-11-10", false)] // two months
    [InlineData("2006-09-14", "2011-09-14", false)] // five years
    [InlineData("2006", "2016", false)] // no month
    public void DecadeMonths_MonthsApartAtMostOne_YearsAMultipleOfTen(string a, string b, bool meet) =>
        Assert.Equal(meet, BlockingRule.DecadeMonths(Birth(a)).Intersect(BlockingRule.DecadeMonths(Birth(b))).Any());

    [Fact]
    public void EmailDomain_TypoInTheUserPart_ComparedInSmallBlocksOnly()
    {
        // Garbled names, another month and a mistyped user part: only the private domain is shared. A provider's domain
        // shared by more records than a small block holds is not a key.
        MatchEntity Mail(string id, string name, string dob, string email) => P(id, name, dob) with { Emails = [email] };
        Assert.Single(Pairs(BlockingRule.EmailDomain, Mail("a", "Peohbe millliaWs", "2010-09-11", "phoebe.williamn19@dunn.info"), Mail("b", "Phoebe", "2010-08-13", "phoebe.williams19@dunn.info")));
        Assert.Empty(Pairs(BlockingRule.EmailDomain, [.. Enumerable.Range(0, 40).Select(i => Mail("m" + i, $"Person{(char)('a' + (i % 26))} Number{(char)('a' + (i / 26))}", "1990-01-01", $"user{i}@gmail.com"))]));
        Assert.Contains(BlockingRule.EmailDomain, BlockingRule.Defaults);
    }

    [Fact]
    public void NearDates_YearApartOrSwapped_ShareAKey_TwoYearsApartOrYearOnly_DoNot()
    {
        static bool Meet(string a, string b) => BlockingRule.NearDates(Birth(a)).Intersect(BlockingRule.NearDates(Birth(b))).Any();
        Assert.True(Meet("1960-05-21", "1960-05-21"));
        Assert.True(Meet("1960-05-21", "1959-05-21"));
        Assert.True(Meet("1960-05-11", "1960-11-05"));
        Assert.True(Meet("1960-05-11", "1961-11-05"));
        Assert.False(Meet("1960-05-21", "1962-05-21"));
        Assert.False(Meet("1960-05-21", "1960-05-22"));
        Assert.Empty(BlockingRule.NearDates(Birth("1960")));
        Assert.Empty(BlockingRule.NearDates(0));
    }

    [Fact]
    public void NamePrefixAndNearBirthDate_TyposInEveryNamePartAndYearTypo_Compared()
    {
        // Both name parts mistyped after the second letter and the year off by one: no exact-date or whole-token key meets.
        MatchEntity[] records = [P("a", "Nadège Gédéno", "1960-05-21"), P("b", "NADEGE GTDEON", "1959-05-21")];
        Assert.Single(Pairs(BlockingRule.NamePrefixAndNearBirthDate, records));
        Assert.Empty(Pairs(BlockingRule.NamePrefixAndBirthDate, records));
        Assert.Contains(BlockingRule.NamePrefixAndNearBirthDate, BlockingRule.Defaults);
    }

    [Fact]
    public void NamePrefixPairsAndYear_DroppedSurnameYearOnlyAndTypo_Compared()
    {
        // A maternal surname dropped, a typo after the third letter of the other, and only the (next) year known.
        MatchEntity[] records = [P("a", "Gilberto Martínez Quintero", "1984-10-06"), P("b", "Gilberto Martinex", "1985")];
        Assert.Single(Pairs(BlockingRule.NamePrefixPairsAndYear, records));
        Assert.Empty(Pairs(BlockingRule.NamePrefixPairsAndYear, P("a", "Gilberto Martínez Quintero", "1984-10-06"), P("b", "Gilberto Martinex", "1986")));
        Assert.Contains(BlockingRule.NamePrefixPairsAndYear, BlockingRule.Defaults);
    }

    /// <summary>
    /// u of the birth date levels from random pairs of generated records (1M): different, ±1 year other day and month,
    /// same year other day or month, ±1 year same day and month, within a month, compatible or swapped, exact.
    /// </summary>
    private static readonly double[] GeneratedBirthU = [0.9539, 0.0305, 0.0112, 0.0001, 0.0021, 0.0021, 0.0001];

    private static double Weight(double[] m, int level) => Math.Log2(m[level] / GeneratedBirthU[level]);

    [Fact]
    public void LimitTwoErrorDates_NamesakesLearnedByEm_CappedAtIndependentErrors()
    {
        // As EM learned it at 100k generated records: a year apart with another day and month weighed about 0 (-0.3 bits),
        // so namesakes of common names born within a year linked on the name alone.
        double[] m = [0.002, 0.026, 0.0003, 0.111, 0.0001, 0.185, 0.676];
        var u = GeneratedBirthU.ToArray();
        ResolverTraining.LimitTwoErrorDates(m, u);
        Assert.Equal(1, m.Sum(), 9);
        Assert.True(Weight(m, 1) <= Weight(m, 0) + 0.01, $"two-error weight {Weight(m, 1):0.0}");

        // Where single day or month errors are common, two errors are plausible and an m below the cap is left alone.
        double[] typed = [0.01, 0.004, 0.15, 0.1, 0.0, 0.1, 0.636];
        ResolverTraining.LimitTwoErrorDates(typed, u);
        Assert.Equal(0.004, typed[1], 9);
    }

    [Fact]
    public void LimitWithinAMonth_NamesakesLearnedByEm_NoBetterThanTheLevelsItWasSplitFrom()
    {
        // As EM learned it at 1M generated records (no shifted dates among duplicates): "within a month" weighed −4.9 bits
        // against −6.6 for "same year, other day or month", so namesakes born weeks apart linked more easily.
        double[] m = [0.003, 0.0001, 0.0001, 0.124, 0.0002, 0.18, 0.6926];
        var u = GeneratedBirthU.ToArray();
        ResolverTraining.LimitWithinAMonth(m, u);
        Assert.Equal(1, m.Sum(), 9);
        var within = Weight(m, ResolverComparison.BirthWithinAMonth);
        Assert.True(within <= Math.Max(Weight(m, 2), Weight(m, 1)) + 0.01, $"within a month {within:0.0}");

        // Where another day or month is common among duplicates (typed days), an m below the cap is left alone.
        double[] typed = [0.01, 0.02, 0.2, 0.05, 0.03, 0.1, 0.59];
        ResolverTraining.LimitWithinAMonth(typed, u);
        Assert.Equal(0.03, typed[ResolverComparison.BirthWithinAMonth], 9);
    }

    [Fact]
    public void TermFrequency_CommonWholeName_WeighsLessThanRareOne_TypoTakesTheCommonForm()
    {
        var entities = Enumerable.Range(0, 200).Select(i => P("w" + i, "José Rodríguez", null))
            .Append(P("t", "Jose Rodrigez", null)).Append(P("x1", "Xu Zhiruo", null)).Append(P("x2", "Xu Zhiruo", null)).ToArray();
        var records = Records(entities);
        var context = new ResolverContext(records, new SimilarityCache(16));
        var levels = new int[ResolverComparison.Count];
        var common = ResolverComparison.Compare(records[0], records[1], levels, context);
        var typo = ResolverComparison.Compare(records[0], records[200], levels, context);
        var rare = ResolverComparison.Compare(records[201], records[202], levels, context);
        Assert.Equal(common, typo);
        Assert.True(context.TfAdjustment(common) < 0, $"common {context.TfAdjustment(common):0.0}");
        Assert.True(context.TfAdjustment(rare) > 0, $"rare {context.TfAdjustment(rare):0.0}");

        // Word order does not make another name.
        Assert.Equal(Records(P("a", "RODRIGUEZ, JOSE", null))[0].NameKey, records[0].NameKey);
    }

    [Fact]
    public void TermFrequency_PartlyAlikeNames_CommonSharedPartsWeighLess_RareOnesNoMore()
    {
        // Two people born the same day whose names share only their commonest parts, "María" and "Pérez" (half the
        // records each), are a likely coincidence; names that share rare parts gain nothing either (a relative shares a rare
        // surname), so the adjustment only lowers.
        string[] surnames = ["Lara", "Vega", "Soto", "Mora", "Cruz", "Ríos", "Paz", "Gil", "Luna", "Sol"];
        var entities = Enumerable.Range(0, 80).Select(i => P("p" + i, $"María Pérez {surnames[i % 10]}", "1960-01-01"))
            .Concat(Enumerable.Range(0, 40).Select(i => P("o" + i, $"Ana {surnames[i % 10]} {surnames[(i + 3) % 10]}", "1961-01-01")))
            .Append(P("a", "María Pérez", "1976-05-05")).Append(P("b", "Luisa María Pérez Quintero", "1976-05-05"))
            .Append(P("c", "Xiu Zhiruo", "1976-05-05")).Append(P("d", "Luisa Xiu Zhiruo Quintero", "1976-05-05")).ToArray();
        var records = Records(entities);
        var context = new ResolverContext(records, new SimilarityCache(16));
        var levels = new int[ResolverComparison.Count];
        var common = ResolverComparison.Compare(records[120], records[121], levels, context);
        var commonLevel = levels[ResolverComparison.Name];
        var rare = ResolverComparison.Compare(records[122], records[123], levels, context);
        Assert.Equal(commonLevel, levels[ResolverComparison.Name]);
        Assert.InRange(commonLevel, 2, ResolverComparison.NameMostly);
        Assert.True(common.OnePart && rare.OnePart);
        Assert.True(context.TfAdjustment(common) < 0, $"common {context.TfAdjustment(common):0.00}");
        Assert.Equal(0, context.TfAdjustment(rare));

        // Names that share no part have nothing to weigh.
        Assert.Equal(0, context.TfAdjustment(ResolverComparison.Compare(records[122], records[80], levels, context)));
    }

    [Fact]
    public void TermFrequency_ShortNameContainedInManyLongerOnes_CountsThemAll()
    {
        // Forty women named Rosa Rodríguez with forty different maternal surnames, and one record written short: as a whole
        // name "Rosa Rodríguez" is rare (once), but it can denote any of the forty.
        string[] maternal = ["Méndez", "Pinto", "Vega", "Lara", "Ríos", "Soto", "Cruz", "Mora", "Rojas", "Campos"];
        var entities = Enumerable.Range(0, 40).Select(i => P("r" + i, $"Rosa Rodríguez {maternal[i % 10]}{(i < 10 ? "" : " " + maternal[(i / 10) % 10])}", null))
            .Append(P("short", "Rosa Rodríguez", null)).Append(P("x1", "Xu Zhiruo", null)).Append(P("x2", "Xu Zhiruo", null)).ToArray();
        var records = Records(entities);
        var context = new ResolverContext(records, new SimilarityCache(16));
        Assert.Equal(41f / records.Count, records[40].NameFrequency, 5);
        Assert.True(records[0].NameFrequency < records[40].NameFrequency);

        var levels = new int[ResolverComparison.Count];
        var shortForm = ResolverComparison.Compare(records[0], records[40], levels, context);
        Assert.True(levels[ResolverComparison.Name] >= ResolverComparison.NameClose, $"name level {levels[ResolverComparison.Name]}");
        Assert.True(context.TfAdjustment(shortForm) < 0, $"short form {context.TfAdjustment(shortForm):0.0}");
        var rare = ResolverComparison.Compare(records[41], records[42], levels, context);
        Assert.True(context.TfAdjustment(rare) > context.TfAdjustment(shortForm) + 3, $"rare {context.TfAdjustment(rare):0.0}, short form {context.TfAdjustment(shortForm):0.0}");
    }

    [Fact]
    public void OversizedBlock_UndatedRecord_MeetsItsNameNeighbourNotOnlyTheEarliestBorn()
    {
        // One block (a custom constant key) larger than MaxBlockSize is windowed in birth-date order, where an undated
        // record sorts first, next to the earliest born; its duplicate, born 1990, is its neighbour in name order only.
        MatchEntity[] records =
        [
            P("u", "María López", null), P("a", "Aarón Abadía", "1950-01-01"), P("b", "Berta Barú", "1960-01-01"),
            P("c", "Ciro Cano", "1970-01-01"), P("e", "Elsa Eras", "1980-01-01"), P("d", "María Lopes", "1990-05-05"),
        ];
        var pairs = ResolverBlocking.CandidatePairs(Records(records), new ResolverOptions { BlockingRules = [new BlockingRule("all", _ => "all")], MaxBlockSize = 4, Window = 1 }, null);
        Assert.Contains((0L << 32) | 5, pairs);
    }
}

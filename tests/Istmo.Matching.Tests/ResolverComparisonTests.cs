namespace Istmo.Matching.Tests;

public class ResolverComparisonTests
{
    private static ResolverRecord[] Records(params (string Name, string? Birth)[] records) =>
        Records([.. records.Select((x, i) => new MatchEntity { Id = "r" + i, Names = [x.Name], BirthDate = x.Birth is null ? null : PartialDate.Parse(x.Birth) })]);

    private static ResolverRecord[] Records(params MatchEntity[] entities)
    {
        var tokens = new Dictionary<string, NameToken>(StringComparer.Ordinal);
        return [.. entities.Select((e, i) => ResolverRecord.Create(i, e, PreparedEntity.Prepare(e, withDisplay: false, t => tokens.TryGetValue(t, out var k) ? k : tokens[t] = NameToken.Create(t, organization: false))))];
    }

    private static int NameLevel(string a, string b) => Levels(a, null, b, null)[ResolverComparison.Name];

    private static int BirthLevel(string a, string b) => Levels("Omar Hassan", a, "Omar Hassan", b)[ResolverComparison.Birth];

    private static int[] Levels(string a, string? birthA, string b, string? birthB) => Levels(Records((a, birthA), (b, birthB)));

    private static int[] Levels(ResolverRecord[] r)
    {
        var context = new ResolverContext(r, new SimilarityCache(16));
        var levels = new int[ResolverComparison.Count];
        ResolverComparison.Compare(r[0], r[1], levels, context);
        return levels;
    }

    [Fact]
    public void Compare_OneOfTwoNamePartsAligned_HasItsOwnLevelAboveUnrelatedNames()
    {
        // A duplicate whose surname is garbled by typos still shares its given name: weaker evidence than a close name,
        // stronger than no name in common, so it is a level of its own rather than lumped with unrelated names.
        Assert.Equal(2, NameLevel("Rafal Torres Gnl", "Rafael Torrres Gil")); // 0.47: a typo in every part
        Assert.Equal(0, NameLevel("Gao Yuxuan", "Zhou Yuxuan")); // 0.38, but another surname: as names that do not align (see below)
        Assert.Equal(3, NameLevel("Tdang Yuxuan", "Tnng Yuxuan")); // and when the rest reads alike, the level above
        Assert.Equal(0, NameLevel("Zhang Wei", "Omar Hassan"));
        Assert.Equal(ResolverComparison.NameEqual, NameLevel("Omar Hassan", "Omar Hassan"));
        Assert.Equal("equal", ResolverComparison.Features[ResolverComparison.Name].Levels[ResolverComparison.NameEqual]);
        Assert.Equal("0.85+", ResolverComparison.Features[ResolverComparison.Name].Levels[ResolverComparison.NameClose]);
    }

    private static int PartsLevel(MatchEntity a, MatchEntity b) => Levels(Records(a, b))[ResolverComparison.Name];

    [Fact]
    public void Compare_GivenNameOnlyAgainstSurnameOnly_NameIsMissingUnlessTheyAgree()
    {
        // A file's first_name on one row and surname on the other ("Haanah" / "Matthews") are different parts: no evidence
        // either way, not a disagreement. As the readers give them: the parts in their fields and joined as the name.
        var given = new MatchEntity { Id = "a", Names = ["Haanah"], GivenNames = "Haanah" };
        var family = new MatchEntity { Id = "b", Names = ["Matthews"], PaternalSurname = "Matthews" };
        Assert.Equal(-1, PartsLevel(given, family));

        // The same texts as whole names (or both given names) do disagree.
        Assert.Equal(0, PartsLevel(new MatchEntity { Id = "a", Names = ["Haanah"] }, new MatchEntity { Id = "b", Names = ["Matthews"] }));
        Assert.Equal(0, PartsLevel(given, new MatchEntity { Id = "b", Names = ["Matthews"], GivenNames = "Matthews" }));

        // Columns swapped: a given name "Smith" and a surname "Smith" still agree (one part each).
        Assert.Equal(ResolverComparison.NameOnePart, PartsLevel(new MatchEntity { Id = "a", Names = ["Smith"], GivenNames = "Smith" }, new MatchEntity { Id = "b", Names = ["Smith"], PaternalSurname = "Smith" }));
    }

    [Fact]
    public void Compare_CloseNamesWithOnePartOnASide_HaveTheirOwnLevelBelowAWholeName()
    {
        // "Smith" agreeing with "Smith" or "James Smith" is far weaker evidence than "James Smith" with "James Smith"; in a
        // file where a third of the rows lack a first name or a surname, one level for both made a whole name weigh +9 bits
        // instead of +13 (Splink's fake_20000). EM weighs the two apart.
        Assert.Equal(ResolverComparison.NameEqual, NameLevel("James Smith", "James Smith"));
        Assert.Equal(ResolverComparison.NameOnePart, NameLevel("Smith", "Smith"));
        Assert.Equal(ResolverComparison.NameOnePart, NameLevel("Smith", "James Smith"));
        Assert.Equal(0, NameLevel("Smith", "James Brown"));
        Assert.Equal("0.85+, one part on a side", ResolverComparison.Features[ResolverComparison.Name].Levels[ResolverComparison.NameOnePart]);
    }

    [Fact]
    public void Compare_OnePartAlignedAndTheOtherOneLetterOff_LettersAlikeLevelAboveAnotherName()
    {
        // Both pairs align only the given name (a short surname one letter off scores 0: Gao and Guo are other surnames),
        // but only the first reads alike letter by letter: a typing slip, weighed apart from a different surname.
        Assert.Equal(3, NameLevel("Lu Weijun", "Lyu Weijun"));
        Assert.Equal(3, NameLevel("Zhu Chenkai", "Zeu Chenkai"));
        Assert.Equal(0, NameLevel("Ma Xin", "Zhou Xin")); // 0.38, and a surname like no part of the other: as unaligned names
        Assert.Equal("0.35+, letters alike", ResolverComparison.Features[ResolverComparison.Name].Levels[3]);
        Assert.Equal("0.50+, letters alike", ResolverComparison.Features[ResolverComparison.Name].Levels[5]);
    }

    [Fact]
    public void Compare_PartOfTheShorterNameLikeNoPartOfTheOther_CountsAsUnalignedNames()
    {
        // "Samaniego" is like no part of the other name: two people who share a given name and a common surname (scored
        // 0.50, band 0.50+) count as names below 0.35. Typos in every part, a name written short, a nickname or a compound
        // written as one word keep their band.
        var other = Records(("Carlos Suárez Samaniego", null), ("Carlos Ramón Suárez Cedeño", null));
        Assert.True(ResolverComparison.HasUnmatchedPart(other[0], other[1]));
        Assert.Equal(0.50, ResolverComparison.NameScore(other[0], other[1], null), 2);
        var levels = Levels(other);
        Assert.Equal(0, levels[ResolverComparison.Name]);

        // The analyst is told why the name weighs as unaligned names although it scored 0.50.
        var weights = ResolverComparison.Features.Select(f => new double[f.Levels.Length]).ToArray();
        var factors = ResolverComparison.Factors(other[0], other[1], levels, weights, -13, 0);
        Assert.Contains(factors, f => f.Feature == "name" && f.Level == LinkFactor.UnmatchedPart);
        Assert.Contains(factors, f => f.ToString().StartsWith("name: a part of the shorter name is like no part of the other", StringComparison.Ordinal));
        var typos = Records(("Rafal Torres Gnl", null), ("Rafael Torrres Gil", null));
        Assert.DoesNotContain(ResolverComparison.Factors(typos[0], typos[1], Levels(typos), weights, -13, 0), f => f.Level == LinkFactor.UnmatchedPart);

        foreach (var (a, b) in new[] { ("Rafal Torres Gnl", "Rafael Torrres Gil"), ("Ana Pérez", "Luisa Ana Pérez Quintero"), ("Pepe Suárez Cedeño", "José Ramón Suárez Cedeño"), ("Gloriaisabel Fuentes", "Gloria Isabel Fuentes Marín"), ("Gao Yuxuan", "Guo Yuxuan") })
        {
            var r = Records((a, null), (b, null));
            Assert.False(ResolverComparison.HasUnmatchedPart(r[0], r[1]), $"{a} / {b}");
            Assert.False(ResolverComparison.HasUnmatchedPart(r[1], r[0]), $"{b} / {a}");
        }
    }

    [Fact]
    public void Compare_TypoInEveryNamePart_LettersAlikeLevelAboveUnrelatedNames()
    {
        // Three slips in one part (a swap, a swap, a vowel): the aligner finds one part and Jaro–Winkler reads the names as
        // far, but they use the same letters.
        Assert.Equal(1, NameLevel("Wahida Durarani", "WAHIDA DRURAONI"));
        Assert.Equal(0, NameLevel("Wahida Durarani", "Wahida Nazari"));
        // No part aligns, yet the whole names read alike letter by letter: a level of its own (EM weighs it), not "unrelated".
        Assert.Equal(1, NameLevel("Zhgon Xiaoling", "Zohng Xiatoling"));
        Assert.Equal(0, NameLevel("Zhong Xiaoling", "Omar Hassan"));
        Assert.Equal("below 0.35, letters alike", ResolverComparison.Features[ResolverComparison.Name].Levels[1]);
    }

    [Theory]
    [InlineData("9384379", "9384397", true)] // two adjacent digits swapped (FEBRL3)
    [InlineData("9384379", "9384378", true)] // one digit substituted
    [InlineData("9384379", "9384379", false)] // equal is its own level
    [InlineData("9384379", "9348397", false)] // two errors
    [InlineData("9384379", "93843790", false)] // another length
    [InlineData("1234", "1243", false)] // too short to tell a typo from another number
    [InlineData("", "", false)]
    public void OneCharacterOff_OneSubstitutionOrAdjacentSwap(string a, string b, bool expected)
    {
        Assert.Equal(expected, ResolverComparison.OneCharacterOff(a, b));
        Assert.Equal(expected, ResolverComparison.OneCharacterOff(b, a));
    }

    [Fact]
    public void DocumentLevel_EqualNearDifferentOrMissing()
    {
        Assert.Equal(ResolverComparison.DocumentEqual, ResolverComparison.DocumentLevel(["9384379", "X1"], ["X1"]));
        Assert.Equal(1, ResolverComparison.DocumentLevel(["9384379"], ["9384397"]));
        Assert.Equal(0, ResolverComparison.DocumentLevel(["9384379"], ["5556499"]));
        Assert.Equal(-1, ResolverComparison.DocumentLevel([], ["5556499"]));
        Assert.Equal("one character off", ResolverComparison.Features[ResolverComparison.Document].Levels[1]);
    }

    [Fact]
    public void MayReachJaroWinkler90_NeverRejectsAPairThatReachesIt_AndRejectsMostUnrelatedOnes()
    {
        // The letter-count bound must be exact: on seeded random names made of a few syllables (so many pairs are close),
        // no pair at Jaro–Winkler ≥ 0.9 is rejected; unrelated pairs mostly are.
        var random = new Random(20261206);
        string[] syllables = ["ma", "ri", "a", "jo", "se", "lu", "is", "pe", "rez", "go", "mez", "xi", "ao", "ling", "zhong", "an", "na", "el"];
        string Name() => string.Join(' ', Enumerable.Range(0, 2 + random.Next(2)).Select(_ => string.Concat(Enumerable.Range(0, 1 + random.Next(3)).Select(_ => syllables[random.Next(syllables.Length)]))));
        var names = Enumerable.Range(0, 400).Select(_ => Name()).ToArray();
        var records = Records([.. names.Select(n => (n, (string?)null))]);
        int close = 0, rejected = 0, pairs = 0;
        for (int i = 0; i < records.Length; i++)
        {
            for (int j = i + 1; j < records.Length; j++)
            {
                pairs++;
                var reaches = JaroWinkler.Similarity(records[i].NameKey, records[j].NameKey) >= 0.9;
                var may = ResolverComparison.MayReachJaroWinkler90(records[i], records[j]);
                Assert.True(may || !reaches, $"{records[i].NameKey} / {records[j].NameKey}");
                close += reaches ? 1 : 0;
                rejected += may ? 0 : 1;
            }
        }

        Assert.True(close > 10, $"only {close} close pairs: the test would prove nothing");
        Assert.True(rejected > pairs / 3, $"{rejected} of {pairs} rejected");
    }

    [Fact]
    public void Compare_BirthDatesDaysApart_WithinAMonthLevel()
    {
        // A date shifted by days (a mistyped day, or across a month or year end) is one error, not "another day or
        // month" nor "a year apart with another day and month", which also hold dates months apart.
        Assert.Equal(ResolverComparison.BirthWithinAMonth, BirthLevel("1983-12-13", "1984-01-13"));
        Assert.Equal(ResolverComparison.BirthWithinAMonth, BirthLevel("2013-10-09", "2013-11-08"));
        Assert.Equal(ResolverComparison.BirthWithinAMonth, BirthLevel("1980-05-05", "1980-05-25"));
        Assert.Equal(2, BirthLevel("2013-10-09", "2013-12-09"));
        Assert.Equal(1, BirthLevel("1983-12-13", "1984-02-20"));
        Assert.Equal(ResolverComparison.BirthExact, BirthLevel("1980-05-05", "1980-05-05"));
        Assert.Equal(ResolverComparison.BirthExact - 1, BirthLevel("1980-05-07", "1980-07-05")); // swapped
        Assert.Equal("within a month", ResolverComparison.Features[ResolverComparison.Birth].Levels[ResolverComparison.BirthWithinAMonth]);
    }

    [Fact]
    public void Compare_BirthDatesADecadeApart_DecadeLevels()
    {
        // The decade's digit mistyped (1982 / 1992), often with the day also off: its own level, and a year more or less
        // another; further apart, or a decade and months apart, is "different".
        Assert.Equal(ResolverComparison.BirthDecade, BirthLevel("1982-07-26", "1992-07-26"));
        Assert.Equal(ResolverComparison.BirthDecade, BirthLevel("1992-07-21", "1982-07-26"));
        Assert.Equal(ResolverComparison.BirthDecade, BirthLevel("2006-09-14", "2016-10-10"));
        Assert.Equal(ResolverComparison.BirthDecadeAndYear, BirthLevel("1982-07-26", "1991-07-21"));
        Assert.Equal(ResolverComparison.BirthDecadeAndYear, BirthLevel("1982-07-26", "1993-08-01"));
        Assert.Equal(0, BirthLevel("1982-07-26", "1992-11-26"));
        Assert.Equal(0, BirthLevel("1982-07-26", "1987-07-26"));
        Assert.Equal(0, BirthLevel("1982-07-26", "2002-07-26"));
        Assert.Equal(0, BirthLevel("1982", "1992-07-26")); // a year alone is no day to be within two months of
        Assert.Equal("ten years apart, within two months", ResolverComparison.Features[ResolverComparison.Birth].Levels[ResolverComparison.BirthDecade]);
    }

    [Fact]
    public void Contradicts_DatesADecadeApart_LikeOtherDatesYearsApart()
    {
        // Where dates decide, a decade apart is years apart: it never links without a shared identifier.
        var levels = new int[ResolverComparison.Count];
        Array.Fill(levels, -1);
        foreach (var birth in new[] { 0, ResolverComparison.BirthDecade, ResolverComparison.BirthDecadeAndYear })
        {
            levels[ResolverComparison.Birth] = birth;
            Assert.True(ResolverComparison.Contradicts(levels));
        }

        levels[ResolverComparison.Birth] = 1;
        Assert.False(ResolverComparison.Contradicts(levels));
        levels[ResolverComparison.Birth] = ResolverComparison.BirthDecade;
        levels[ResolverComparison.Email] = 2;
        Assert.False(ResolverComparison.Contradicts(levels));
    }

    [Theory]
    [InlineData(1983, 12, 13, 1984, 1, 13, true)]
    [InlineData(2000, 2, 29, 2000, 3, 30, true)]
    [InlineData(2000, 1, 1, 2000, 1, 1, false)] // equal is not "within a month"
    [InlineData(2000, 1, 1, 2000, 2, 2, false)] // 32 days
    [InlineData(2000, 1, 0, 2000, 1, 5, false)] // a date without its day
    [InlineData(2001, 2, 30, 2001, 3, 1, false)] // an impossible day
    public void WithinAMonth_FullDatesOneToThirtyOneDaysApart(int y1, int m1, int d1, int y2, int m2, int d2, bool expected)
    {
        static int Pack(int y, int m, int d) => (y << 9) | (m << 5) | d;
        Assert.Equal(expected, ResolverComparison.WithinAMonth(Pack(y1, m1, d1), Pack(y2, m2, d2)));
        Assert.Equal(expected, ResolverComparison.WithinAMonth(Pack(y2, m2, d2), Pack(y1, m1, d1)));
    }

    [Fact]
    public void Compare_BirthDates_SameYearAndYearApartAreSeparateLevels()
    {
        // A wrong day or month in the right year is one typing error; a year apart with another day and month is two, or
        // another person born about the same time: EM weighs them apart.
        var sameYear = BirthLevel("1980-05-05", "1980-08-05");
        var yearApart = BirthLevel("1980-05-05", "1981-08-17");
        Assert.NotEqual(sameYear, yearApart);
        Assert.Equal(0, BirthLevel("1980-05-05", "1983-05-05"));
        Assert.True(BirthLevel("1980-05-05", "1981-05-05") > sameYear);
        Assert.Equal(ResolverComparison.BirthExact, BirthLevel("1980-05-05", "1980-05-05"));
    }

    [Fact]
    public void Codes_EveryLevelOfEveryFeature_RoundTrips()
    {
        var levels = ResolverComparison.Features.Select(f => f.Levels.Length - 1).ToArray();
        Assert.Equal(levels, ResolverCodes.Decode(ResolverCodes.Encode(levels)));
        var missing = levels.Select(_ => -1).ToArray();
        Assert.Equal(missing, ResolverCodes.Decode(ResolverCodes.Encode(missing)));
    }
}

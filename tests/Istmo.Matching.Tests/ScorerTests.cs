namespace Istmo.Matching.Tests;

public class ScorerTests
{
    private static MatchEntity Person(string id, string name, string? dob = null, string? sex = null, string[]? nat = null, string[]? docs = null, string[]? phones = null) => new()
    {
        Id = id,
        Names = [name],
        BirthDate = dob is null ? null : PartialDate.Parse(dob),
        Sex = sex,
        Nationalities = nat ?? [],
        DocumentNumbers = docs ?? [],
        Phones = phones ?? [],
    };

    [Fact]
    public void Score_CloseNameWithEqualFacts_BelowOne_IdenticalStaysOne_AndNamesStayOrdered()
    {
        // A one-letter surname difference (V/B) with equal birth date, sex and nationality read 1.00, as if certain, and
        // tied with any other close name: the facts' bonus now closes at most half of the name's gap.
        var person = Person("q", "Xiomara Quiel Vatista", "1980-05-04", "F", ["PA"]);
        var close = Scorer.Score(person, Person("c", "Xiomara Quiel Batista", "1980-05-04", "F", ["PA"]));
        var farther = Scorer.Score(person, Person("d", "Xiomara Quiel Bautista", "1980-05-04", "F", ["PA"]));
        var identical = Scorer.Score(person, Person("e", "Xiomara Quiel Vatista", "1980-05-04", "F", ["PA"]));
        Assert.Equal(1.0, identical.Score);
        Assert.InRange(close.Score, 0.95, 0.999);
        Assert.True(close.Score > farther.Score, $"{close.Score} vs {farther.Score}");
        Assert.True(close.IsMatch && farther.IsMatch);

        // Where the name is far from 1 the bonus is whole, as before.
        var name = Scorer.Score(Person("q", "Ana María Ríos"), Person("c", "Ana Ríos")).Score;
        var withDate = Scorer.Score(Person("q", "Ana María Ríos", "1980-05-04"), Person("c", "Ana Ríos", "1980-05-04")).Score;
        Assert.True(name < 0.9, $"name {name}");
        Assert.Equal(name + 0.05, withDate, 9);
    }

    [Fact]
    public void ScorePair_ShortFormOnEitherSide_ScoresAsTheQueryDirection()
    {
        // Screening is asymmetric on purpose (the query may be a short form of the listed name); a pair has no query side.
        var full = Person("1", "José Antonio Pérez González");
        var shortForm = Person("2", "José Pérez");
        Assert.True(Scorer.Score(full, shortForm).Score < 0.70);
        Assert.True(Scorer.Score(shortForm, full).Score >= 0.70);

        var pair = Scorer.ScorePair(full, shortForm);
        Assert.Equal(Scorer.Score(shortForm, full).Score, pair.Score);
        Assert.True(pair.IsMatch);
        Assert.Equal(pair.Score, Scorer.ScorePair(shortForm, full).Score);
    }

    [Fact]
    public void Score_IdenticalEntities_ScoresOne()
    {
        var a = Person("a", "José Rodríguez Pérez", "1985-03-07", "M", ["PA"]);
        var r = Scorer.Score(a, a with { Id = "b" });
        Assert.Equal(1.0, r.Score);
        Assert.True(r.IsMatch);
    }

    [Fact]
    public void Score_SameNameDifferentBirthDates_JuanJuanaIsNotMatch()
    {
        var r = Scorer.Score(Person("q", "Juan Pérez", "1980-01-01"), Person("c", "Juana Pérez", "1992-06-15"));
        Assert.False(r.IsMatch);
    }

    [Fact]
    public void Score_SiblingsSharingSurnames_NotMatch()
    {
        var r = Scorer.Score(Person("q", "Carlos Rodríguez Pérez", "1980-01-01"), Person("c", "Miguel Rodríguez Pérez", "1983-05-02"));
        Assert.False(r.IsMatch, r.Explanation);
        Assert.Contains(r.Items, i => i.Code == ExplanationCodes.NameGivenConflict);
    }

    [Fact]
    public void Score_BirthDateFormsOfEvidence_OrderedAsExpected()
    {
        double S(string q, string c) => Scorer.Score(Person("q", "Ana Gómez", q), Person("c", "Ana Gómez", c)).Score;
        var exact = S("1990-04-05", "1990-04-05");
        var swapped = S("1990-04-05", "1990-05-04");
        var near = S("1990-04-05", "1991-04-05");
        var different = S("1990-04-05", "1970-01-01");
        Assert.True(exact > swapped && swapped > near && near > different);
        Assert.True(different < 0.8);
    }

    [Fact]
    public void Score_DocumentShared_LiftsWeakName()
    {
        var without = Scorer.Score(Person("q", "J. Rodríguez"), Person("c", "Javier Rodríguez Castillo")).Score;
        var with = Scorer.Score(Person("q", "J. Rodríguez", docs: ["8-123-456"]), Person("c", "Javier Rodríguez Castillo", docs: ["08-0123-0456"])).Score;
        Assert.True(with > without + 0.1);
        Assert.True(with >= 0.70);
    }

    [Fact]
    public void Score_SexAndNationalityMismatch_Penalised()
    {
        var baseScore = Scorer.Score(Person("q", "Alex Moreno"), Person("c", "Alex Moreno Díaz")).Score;
        var penalised = Scorer.Score(Person("q", "Alex Moreno", sex: "M", nat: ["PA"]), Person("c", "Alex Moreno Díaz", sex: "F", nat: ["VEN"])).Score;
        Assert.True(penalised < baseScore - 0.25);
    }

    [Fact]
    public void Score_PhoneShared_Lifts()
    {
        var r = Scorer.Score(Person("q", "Luis Vega", phones: ["+507 6612-3456"]), Person("c", "Luis Vega Soto", phones: ["66123456"]));
        Assert.Contains(r.Features, f => f.Name == "phone" && f.Contribution > 0);
    }

    [Fact]
    public void Score_OrganisationLegalForms_EquivalentAndMismatchCheap()
    {
        var a = new MatchEntity { Id = "a", Schema = EntitySchema.Organization, Names = ["Inversiones del Pacífico S.A."] };
        var b = a with { Id = "b", Names = ["INVERSIONES DEL PACIFICO, SOCIEDAD ANONIMA"] };
        var c = a with { Id = "c", Names = ["Inversiones del Pacifico S. de R.L."] };
        Assert.Equal(1.0, Scorer.Score(a, b).Score, 3);
        var mismatch = Scorer.Score(a, c);
        Assert.InRange(mismatch.Score, 0.9, 0.99);
        Assert.Contains(mismatch.Items, i => i.Code == ExplanationCodes.LegalFormMismatch);
    }

    [Fact]
    public void Score_StructuredPartsOnly_AreUsedAsName()
    {
        var q = new MatchEntity { Id = "q", GivenNames = "José María", PaternalSurname = "Rodríguez", MaternalSurname = "Pérez" };
        var r = Scorer.Score(q, Person("c", "Jose Maria Rodriguez Perez"));
        Assert.True(r.Score > 0.95);
    }

    [Fact]
    public void Score_EmptyName_ThrowsNamingField()
    {
        var ex = Assert.Throws<ArgumentException>(() => Scorer.Score(Person("q", " !! "), Person("c", "Ana")));
        Assert.Equal("Names", ex.ParamName);
        var ex2 = Assert.Throws<ArgumentException>(() => Scorer.Score(new MatchEntity { Id = "q" }, Person("c", "Ana")));
        Assert.Equal("Names", ex2.ParamName);
        var ex3 = Assert.Throws<ArgumentException>(() => Scorer.Score(Person("", "Ana"), Person("c", "Ana")));
        Assert.Equal("Id", ex3.ParamName);
    }

    [Fact]
    public void Score_HostileInput_DoesNotThrow()
    {
        var hostile = new string('x', 10_000) + "\u200B\u0000\uD800" + "محمد" + "\u202E";
        var r = Scorer.Score(Person("q", hostile), Person("c", hostile + " Pérez"));
        Assert.InRange(r.Score, 0, 1);
    }

    [Fact]
    public void Options_InvalidThreshold_ThrowsNamingParameter()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Scorer.Score(Person("q", "Ana"), Person("c", "Ana"), new MatchOptions { Threshold = 2 }));
        Assert.Equal("Threshold", ex.ParamName);
    }

    [Fact]
    public void Score_Explanation_DescribesAlignment()
    {
        var r = Scorer.Score(Person("q", "Jose Rodriguez", "1985"), Person("c", "José Rodríguez Pérez", "1985-03-07"));
        Assert.Contains("RODRIGUEZ≈RODRÍGUEZ exact after folding", r.Explanation, StringComparison.Ordinal);
        Assert.Contains("maternal surname PÉREZ absent in query", r.Explanation, StringComparison.Ordinal);
        Assert.Contains(r.Items, i => i.Code == ExplanationCodes.DateCompatible);
        Assert.Contains(r.Features, f => f.Name == "name");
    }

    [Fact]
    public void Score_NicknameAndMerge_ExplainedByCode()
    {
        var r = Scorer.Score(Person("q", "Pepe De la Cruz"), Person("c", "José Delacruz"));
        Assert.Contains(r.Items, i => i.Code == ExplanationCodes.NameNickname);
        Assert.Contains(r.Items, i => i.Code == ExplanationCodes.NameMerged && i.Args[0] == "DE LA CRUZ");
    }

    [Fact]
    public void Score_SurnameFirstWithComma_Reordered()
    {
        var r = Scorer.Score(Person("q", "Ortega Herrera, Juan"), Person("c", "Juan Ortega Herrera"));
        Assert.Equal(1.0, r.Score, 3);
    }

    [Fact]
    public void NameSimilarity_InitialAndMissingParts_Reasonable()
    {
        Assert.True(Scorer.NameSimilarity("J. Pérez", "Juan Pérez") >= 0.8);
        Assert.True(Scorer.NameSimilarity("Rodríguez", "María Rodríguez Pérez") < 0.7);
        Assert.Equal(0, Scorer.NameSimilarity("", "Ana"));
    }
}

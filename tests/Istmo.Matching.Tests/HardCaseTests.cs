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

    [Theory]
    [InlineData("Alexander Lukashenko", "Aliaksandr Lukashenka", EntitySchema.Person, true)] // Belarusian romanisation, not a gendered pair
    [InlineData("Juan Pérez", "Juana Pérez", EntitySchema.Person, false)] // the gendered-pair rule still holds for given names
    [InlineData("Volodymyr Zelenskyy", "Vladimir Zelensky", EntitySchema.Person, true)]
    [InlineData("William Henry Gates", "Bill Gates", EntitySchema.Person, true)]
    [InlineData("John Smith", "John Smithson", EntitySchema.Person, false)] // a surname that extends another
    [InlineData("Ana María Castro", "Ana María Castrillón", EntitySchema.Person, false)]
    [InlineData("Joaquín Guzmán Loera", "Joaquín \"El Chapo\" Guzmán", EntitySchema.Person, true)] // quoted alias set aside
    [InlineData("Joaquín Guzmán", "Joaquín Guzmán alias El Chapo", EntitySchema.Person, true)]
    [InlineData("Gazprom PAO", "PJSC Gazprom", EntitySchema.Organization, true)] // Russian legal form, before or after the name
    [InlineData("Stroygazmontazh LLC", "OOO Stroygazmontazh", EntitySchema.Organization, true)]
    [InlineData("Müller Logistik GmbH", "Müller Logistik Gesellschaft mit beschränkter Haftung", EntitySchema.Organization, true)]
    [InlineData("Dupont Immobilier SARL", "Dupont Immobilier société à responsabilité limitée", EntitySchema.Organization, true)]
    [InlineData("Huawei Technologies Co. Ltd.", "Huawei Technologies Company Limited", EntitySchema.Organization, true)]
    [InlineData("Koç Holding A.Ş.", "Koc Holding Anonim Şirketi", EntitySchema.Organization, true)]
    [InlineData("Rosneft", "Rosneft Oil Company", EntitySchema.Organization, true)] // generic words weigh little
    [InlineData("Gazprom", "Gazprom Neft", EntitySchema.Organization, false)] // an extra distinctive word names another organisation
    [InlineData("Siemens AG", "Siemens Energy AG", EntitySchema.Organization, false)]
    [InlineData("Gazprom", "Gazprombank", EntitySchema.Organization, false)]
    [InlineData("Banco Nacional de Panamá", "Banco Nacional de Costa Rica", EntitySchema.Organization, false)] // generic words are not ignored
    [InlineData("Patrick McDonald", "Patrick McDonnell", EntitySchema.Person, false)] // three edits apart: another surname
    [InlineData("Dmitry Medvedev", "Dmitry Medvedchuk", EntitySchema.Person, false)]
    [InlineData("Krzysztof Kowalski", "Krzysztof Kowlaski", EntitySchema.Person, true)] // a typo still matches
    [InlineData("Muammar Gaddafi", "Muammar Mohammed Abu Minyar al-Qadhafi", EntitySchema.Person, true)] // Abu is a particle
    [InlineData("Abu Bakr al-Baghdadi", "Abu Omar al-Baghdadi", EntitySchema.Person, false)]
    [InlineData("Khatam al-Anbiya Construction", "Khatam ol Anbiya Construction", EntitySchema.Organization, true)] // al/ol in organisations
    [InlineData("Aksoy Tekstil Ltd. Şti.", "Aksoy Tekstil Sanayi ve Ticaret Ltd Şti", EntitySchema.Organization, true)] // Turkish ve
    [InlineData("Mikhail Gorbachev", "Michail Gorbatschow", EntitySchema.Person, true)] // German romanisation
    [InlineData("Nikita Khrushchev", "Nikita Chruschtschow", EntitySchema.Person, true)]
    [InlineData("Arkady Dvorkovich", "Arkadij Dworkowitsch", EntitySchema.Person, true)]
    [InlineData("Igor Yakovlev", "Igor Jakowlew", EntitySchema.Person, true)]
    [InlineData("Abdulaziz al-Saud", "Abd al-Aziz Al Saud", EntitySchema.Person, true)] // a particle pair does not block a merged run
    [InlineData("Islamic Revolutionary Guard Corps", "IRGC", EntitySchema.Organization, true)] // acronyms
    [InlineData("Petróleos de Venezuela S.A.", "PDVSA", EntitySchema.Organization, true)]
    [InlineData("National Iranian Oil Company", "NIOC", EntitySchema.Organization, true)]
    [InlineData("Islamic State of Iraq and the Levant", "ISIL", EntitySchema.Organization, true)]
    [InlineData("Islamic Revolutionary Guard Corps", "IRGCN", EntitySchema.Organization, false)]
    [InlineData("IRGC", "IRGC Qods Force", EntitySchema.Organization, false)]
    [InlineData("Fundación Simón Bolívar", "Universidad Simón Bolívar", EntitySchema.Organization, false)]
    public void NameSimilarity_WorldNames_MatchesLabel(string a, string b, EntitySchema schema, bool match)
    {
        var score = Scorer.NameSimilarity(a, b, schema);
        Assert.True(match ? score >= 0.70 : score < 0.70, $"{a} vs {b}: {score:0.000}");
        var reverse = Scorer.NameSimilarity(b, a, schema);
        if (schema == EntitySchema.Organization)
        {
            Assert.Equal(score, reverse, 6); // organisation extra words cost the same on both sides
        }
    }

    [Fact]
    public void Explain_NewNameRules_HaveCodes()
    {
        var options = new MatchOptions { Explain = true };
        var smith = Scorer.Score(Person("John Smith"), Person("John Smithson"), options);
        Assert.Contains(smith.Items, i => i.Code == ExplanationCodes.NameExtension);
        var medvedev = Scorer.Score(Person("Dmitry Medvedev"), Person("Dmitry Medvedchuk"), options);
        Assert.Contains(medvedev.Items, i => i.Code == ExplanationCodes.NameDifferent);
        var alias = Scorer.Score(Person("Joaquín Guzmán"), Person("Joaquín \"El Chapo\" Guzmán"), options);
        Assert.Contains(alias.Items, i => i.Code == ExplanationCodes.NameAliasDropped);
        var org = Scorer.Score(
            new MatchEntity { Id = "q", Schema = EntitySchema.Organization, Names = ["Rosneft"] },
            new MatchEntity { Id = "c", Schema = EntitySchema.Organization, Names = ["Rosneft Oil Company"] },
            options);
        Assert.Contains(org.Items, i => i.Code == ExplanationCodes.NameGenericWord && i.Args[0] == "OIL");
        var group = Scorer.Score(
            new MatchEntity { Id = "q", Schema = EntitySchema.Organization, Names = ["Carso Group"] },
            new MatchEntity { Id = "c", Schema = EntitySchema.Organization, Names = ["Carso Group"] },
            options);
        Assert.Single(group.Items, i => i.Code == ExplanationCodes.NameGenericWord); // one remark for the word on both sides
        var acronym = Scorer.Score(
            new MatchEntity { Id = "q", Schema = EntitySchema.Organization, Names = ["IRGC"] },
            new MatchEntity { Id = "c", Schema = EntitySchema.Organization, Names = ["Islamic Revolutionary Guard Corps"] },
            options);
        Assert.Contains(acronym.Items, i => i.Code == ExplanationCodes.NameAcronym);
        Assert.DoesNotContain(acronym.Items, i => i.Code == ExplanationCodes.NameQueryOnly || i.Code == ExplanationCodes.NameCandidateOnly);
    }

    private static MatchEntity Person(string name) => new() { Id = name, Schema = EntitySchema.Person, Names = [name] };
}

namespace Istmo.Matching.Tests;

public class VariantTests
{
    [Theory]
    [InlineData("pepe", "jose")]
    [InlineData("chepe", "jose")]
    [InlineData("lucho", "luis")]
    [InlineData("pancho", "francisco")]
    [InlineData("paco", "francisco")]
    [InlineData("nacho", "ignacio")]
    [InlineData("chucho", "jesus")]
    [InlineData("memo", "guillermo")]
    [InlineData("lupe", "guadalupe")]
    [InlineData("tono", "antonio")]
    [InlineData("quique", "enrique")]
    [InlineData("chepa", "josefa")]
    [InlineData("concha", "concepcion")]
    [InlineData("charo", "rosario")]
    [InlineData("lola", "dolores")]
    public void Canonical_Nickname_MapsToFullName(string nickname, string canonical)
    {
        var (c, kind) = NameVariants.Canonical(nickname);
        Assert.Equal(canonical, c);
        Assert.Equal(VariantKind.Nickname, kind);
    }

    [Fact]
    public void AreVariants_AmbiguousNickname_MatchesAllCanonicals()
    {
        Assert.True(NameVariants.AreVariants("beto", "alberto"));
        Assert.True(NameVariants.AreVariants("beto", "roberto"));
        Assert.False(NameVariants.AreVariants("beto", "francisco"));
    }

    [Theory]
    [InlineData("zhang", "chang")]
    [InlineData("xu", "hsu")]
    [InlineData("zhou", "chou")]
    [InlineData("li", "lee")]
    [InlineData("mohammed", "muhammad")]
    [InlineData("mohamed", "mohamad")]
    [InlineData("hussein", "husain")]
    [InlineData("abdul", "abd")]
    [InlineData("joseph", "jozef")]
    public void AreVariants_Romanisations_AreEquivalent(string a, string b) => Assert.True(NameVariants.AreVariants(a, b));

    [Fact]
    public void Canonical_UnknownToken_IsItself() => Assert.Equal(("xochitl", VariantKind.None), NameVariants.Canonical("xochitl"));

    [Theory]
    [InlineData("Inversiones Pacífico S.A.", "sa")]
    [InlineData("Inversiones Pacífico Sociedad Anónima", "sa")]
    [InlineData("Transportes Delmar S. de R.L.", "srl")]
    [InlineData("Acme Inc", "inc")]
    [InlineData("Acme Incorporated", "inc")]
    [InlineData("Acme Corp.", "corp")]
    [InlineData("Acme Ltda", "ltd")]
    [InlineData("Acme Limited", "ltd")]
    [InlineData("Acme LLC", "llc")]
    [InlineData("Fundación Esperanza", "fundacion")]
    [InlineData("Gazprom PAO", "pjsc")]
    [InlineData("PJSC Gazprom", "pjsc")]
    [InlineData("OOO Romashka", "llc")]
    [InlineData("TOV Avangard", "llc")]
    [InlineData("Aldo Trading Limited Liability Company", "llc")]
    [InlineData("Obshchestvo s Ogranichennoy Otvetstvennostyu Aldo Trading", "llc")]
    [InlineData("ZAO Sibur Holding", "cjsc")]
    [InlineData("AO Alfa-Bank", "jsc")]
    [InlineData("Müller Logistik Gesellschaft mit beschränkter Haftung", "gmbh")]
    [InlineData("Schmidt Kommanditgesellschaft", "kg")]
    [InlineData("Dupont Immobilier S.A.R.L.", "sarl")]
    [InlineData("Martin Conseil Société par actions simplifiée", "sas")]
    [InlineData("Eni Società per Azioni", "spa")]
    [InlineData("Rossi Costruzioni società a responsabilità limitata", "srl")]
    [InlineData("De Vries Handel Besloten Vennootschap", "bv")]
    [InlineData("Huawei Technologies Co. Ltd.", "ltd")]
    [InlineData("Koç Holding A.Ş.", "as")]
    [InlineData("Aksoy Tekstil Ltd. Şti.", "ltd")]
    [InlineData("Dubai Trading Co. W.L.L.", "llc")]
    [InlineData("Grupo Carso S.A.B. de C.V.", "sa")]
    [InlineData("Inversiones El Dorado C.A.", "sa")]
    public void Strip_LegalForm_ReturnsCodeAndRemovesWords(string name, string code)
    {
        var tokens = NameNormalizer.Tokenize(name).ToList();
        Assert.Equal(code, LegalForms.Strip(tokens));
        Assert.DoesNotContain("sa", tokens);
        Assert.NotEmpty(tokens);
    }

    [Fact]
    public void Strip_NameThatIsOnlyALegalForm_KeepsIt()
    {
        var tokens = new List<string> { "corporation" };
        Assert.Null(LegalForms.Strip(tokens));
        Assert.Single(tokens);
    }

    [Fact]
    public void Normalize_LegalFormText_ReturnsCode()
    {
        Assert.Equal("sa", LegalForms.Normalize("Sociedad Anónima"));
        Assert.Equal("sa", LegalForms.Normalize("S.A."));
        Assert.Null(LegalForms.Normalize("Pacífico"));
    }

    [Fact]
    public void Strip_LeadingFormOnlyForRussianAndFoundationForms()
    {
        var tokens = NameNormalizer.Tokenize("As Salam Bank").ToList();
        Assert.Null(LegalForms.Strip(tokens)); // Turkish A.Ş. is only recognised at the end: a leading "As" is an Arabic article
        Assert.Equal(["as", "salam", "bank"], tokens);
    }

    [Theory]
    // Russian and Ukrainian organisational forms, in Cyrillic in front and in English at the end (lists write both).
    [InlineData("ФЕДЕРАЛЬНОЕ ГОСУДАРСТВЕННОЕ УНИТАРНОЕ ПРЕДПРИЯТИЕ \"РОСМОРПОРТ\"", "Rosmorport")]
    [InlineData("ФГУП \"Росморпорт\"", "Rosmorport FSUE")]
    [InlineData("Federal State Unitary Enterprise Rosmorport", "Rosmorport")]
    [InlineData("ЧАСТНОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ ВЫСШЕГО ОБРАЗОВАНИЯ \"РУССКАЯ ХРИСТИАНСКАЯ ГУМАНИТАРНАЯ АКАДЕМИЯ\"", "Russkaia Khristianskaia Gumanitarnaia Akademiia")]
    [InlineData("Автономная некоммерческая организация \"Диалог\"", "Dialog Autonomous Non-Profit Organization")] // the abbreviation ANO is not read: "ano" is Spanish año
    [InlineData("Публічне акціонерне товариство \"Укрнафта\"", "Ukrnafta PJSC")] // Ukrainian и is romanised i: tovaristvo
    [InlineData("Товариство з обмеженою відповідальністю \"Альфа\"", "Alfa LLC")]
    [InlineData("Приватне акціонерне товариство \"Мотор Січ\"", "Motor Sich PrJSC")]
    // Panama's private interest foundations, Mexico's S.A.P.I. de C.V., Brazil's LTDA - ME.
    [InlineData("Fundación de Interés Privado Los Álamos", "Fundación Los Álamos")]
    [InlineData("Inversiones Alfa S.A.P.I. de C.V.", "Inversiones Alfa SA de CV")]
    [InlineData("INFOCUS PRODUCOES E PUBLICIDADE LTDA - ME", "INFOCUS PRODUCOES E PUBLICIDADE LTDA")]
    public void ScorePair_SameOrganisationWithItsFormWrittenOtherwise_Matches(string a, string b)
    {
        var score = Scorer.ScorePair(
            new MatchEntity { Id = "a", Names = [a], Schema = EntitySchema.Organization },
            new MatchEntity { Id = "b", Names = [b], Schema = EntitySchema.Organization }).Score;
        Assert.True(score >= 0.95, $"{a} | {b}: {score:0.000}");
    }

    [Theory]
    [InlineData("ФГУП \"Росморпорт\"", "ФГУП \"Росатом\"")] // the form shared, the names not
    [InlineData("Fundación de Interés Privado Los Álamos", "Fundación de Interés Privado Los Pinos")]
    [InlineData("Gazprom", "Gazprom Neft")]
    [InlineData("Año Nuevo S.A.", "Nuevo S.A.")] // año is no form (АНО romanised is "ano" too, but only its full name is one)
    [InlineData("Pat Industries Inc", "Industries Inc")]
    [InlineData("Prat Hermanos S.A.", "Hermanos S.A.")] // a Catalan surname, not ПрАТ
    [InlineData("Sue Ryder Foundation", "Ryder Foundation")]
    public void ScorePair_SameFormOtherName_DoesNotMatch(string a, string b)
    {
        var score = Scorer.ScorePair(
            new MatchEntity { Id = "a", Names = [a], Schema = EntitySchema.Organization },
            new MatchEntity { Id = "b", Names = [b], Schema = EntitySchema.Organization }).Score;
        Assert.True(score < 0.70, $"{a} | {b}: {score:0.000}");
    }

    [Theory]
    [InlineData("smith", "smithson", true)]
    [InlineData("castro", "castrillon", true)]
    [InlineData("gazprom", "gazprombank", true)]
    [InlineData("levi", "levin", false)] // one letter: could be a typo
    [InlineData("rodrigo", "rodriguez", true)]
    [InlineData("rodrigue", "rodriguez", false)]
    [InlineData("gonzalo", "gonzalez", false)]
    [InlineData("ab", "abcd", false)] // too short to tell
    [InlineData("", "abc", false)]
    [InlineData("smith", "smith", false)]
    [InlineData("smith", "smyth", false)]
    public void IsExtension_DetectsNamesThatExtendAnother(string a, string b, bool expected)
    {
        Assert.Equal(expected, NameVariants.IsExtension(a, b));
        Assert.Equal(expected, NameVariants.IsExtension(b, a));
    }

    [Theory]
    [InlineData("aliaksandr", "alexander")]
    [InlineData("viktar", "viktor")]
    [InlineData("volodymyr", "vladimir")]
    [InlineData("dzmitry", "dmitry")]
    [InlineData("mikalai", "mykola")]
    [InlineData("sviatlana", "svetlana")]
    [InlineData("yevgeny", "evgenii")]
    [InlineData("bill", "william")]
    [InlineData("bibi", "benjamin")]
    [InlineData("toto", "salvatore")]
    public void AreVariants_SlavicRomanisationsAndOtherNicknames(string a, string b) => Assert.True(NameVariants.AreVariants(a, b));

    [Theory]
    [InlineData("bank", true)]
    [InlineData("holding", true)]
    [InlineData("company", true)]
    [InlineData("cartel", true)]
    [InlineData("federation", true)]
    [InlineData("organizacion", true)]
    [InlineData("gazprom", false)]
    [InlineData("energy", false)]
    [InlineData("sinaloa", false)]
    public void IsGenericWord_OrganisationWords(string word, bool generic) => Assert.Equal(generic, LegalForms.IsGenericWord(word));

    [Theory]
    [InlineData("IRGC", "Islamic Revolutionary Guard Corps", true)]
    [InlineData("PDVSA", "Petróleos de Venezuela S.A.", true)] // particles and the legal form spelt
    [InlineData("CNPC", "China National Petroleum Corporation", true)] // the legal form's initial
    [InlineData("Islamic Revolutionary Guard Corps", "IRGC", true)]
    [InlineData("IR", "Iran Railways", false)] // too short
    [InlineData("MS13", "Mara Salvatrucha", false)] // digits are not initials
    [InlineData("IRGC", "IRGC", false)] // one token on both sides
    [InlineData("ABCDEFGHI", "A B C D E F G H I", false)] // too long
    [InlineData("", "Islamic Revolutionary Guard Corps", false)]
    public void Acronyms_SpellInitials(string a, string b, bool expected)
    {
        var fa = NameForm.Create(a, true, false);
        var fb = NameForm.Create(b, true, false);
        Assert.Equal(expected, Acronyms.Matches(fa.Tokens, fa.LegalForm, fb.Tokens, fb.LegalForm));
    }
}

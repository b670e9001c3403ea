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
}

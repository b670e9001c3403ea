namespace Istmo.Matching.Tests;

/// <summary>
/// FtM's LegalEntity (a person or an organisation, the source does not say which): compared with both kinds, its names read
/// by the rules of the kind they look like. Before, a LegalEntity was an organisation, so "MCGRATH, ROBERT CLAUDE" on a US
/// list was never found by a person query and scored half against the same person's record.
/// </summary>
public class LegalEntityTests
{
    [Theory]
    [InlineData("MCGRATH, ROBERT CLAUDE", false)]
    [InlineData("Jirair H. Avanessian", false)]
    [InlineData("PORTSON TRADING LIMITED", true)]
    [InlineData("Proyectos de Ingeniería y Servicios para el Medio Ambiente S.A.S.", true)]
    [InlineData("MALEK ASHTAR UNIVERSITY", true)]
    [InlineData("Rajah Solaiman Movement", true)]
    [InlineData("Iran Air", true)]
    [InlineData("Empresa 410", true)]
    [InlineData("", false)]
    public void LooksLikeOrganization_LegalFormsOrganisationWordsAndDigits(string name, bool expected) =>
        Assert.Equal(expected, EntitySchemas.LooksLikeOrganization(name));

    [Theory]
    [InlineData("Company", true, EntitySchema.Organization)]
    [InlineData(" legal entity ", true, EntitySchema.LegalEntity)]
    [InlineData("LegalEntity", true, EntitySchema.LegalEntity)]
    [InlineData("Persona", true, EntitySchema.Person)]
    [InlineData("organización", true, EntitySchema.Organization)]
    [InlineData("Vessel", false, EntitySchema.Person)]
    public void TryParse_SchemaNamesAsFilesAndQueriesWriteThem(string text, bool known, EntitySchema expected)
    {
        Assert.Equal(known, EntitySchemas.TryParse(text, out var schema));
        Assert.Equal(expected, schema);
    }

    [Fact]
    public void ScorePair_LegalEntityAgainstPersonAndCompany_ComparedAsTheKindItLooksLike()
    {
        var person = new MatchEntity { Id = "p", Schema = EntitySchema.Person, Names = ["Robert Claude McGrath"] };
        var legalPerson = new MatchEntity { Id = "l1", Schema = EntitySchema.LegalEntity, Names = ["MCGRATH, ROBERT CLAUDE"] };
        var company = new MatchEntity { Id = "c", Schema = EntitySchema.Organization, Names = ["Portson Trading Ltd."] };
        var legalCompany = new MatchEntity { Id = "l2", Schema = EntitySchema.LegalEntity, Names = ["PORTSON TRADING LIMITED"] };

        Assert.True(Scorer.ScorePair(person, legalPerson).Score >= 0.95);
        Assert.True(Scorer.ScorePair(legalCompany, company).Score >= 0.95);
        Assert.True(Scorer.ScorePair(company, legalCompany).Score >= 0.95);

        // A person and an organisation are still two kinds: the same words score half.
        var namesake = new MatchEntity { Id = "o", Schema = EntitySchema.Organization, Names = ["Robert Claude McGrath"] };
        Assert.True(Scorer.ScorePair(person, namesake).Score <= 0.5);
    }

    [Theory]
    [InlineData("Zanotta Sudamericana S.A. (Zanotta)", "Zanotta Sudamericana S.A.")]
    [InlineData("Banco Internacional de Desarrollo, C.A. (BID)", "Banco Internacional de Desarrollo, C.A.")]
    [InlineData("Transportes Rápidos del Darién (TRD)", "Transportes Rápidos del Darién")]
    [InlineData("LLOYD INFOTECH (INDIA) PRIVATE LIMITED", null)]
    [InlineData("Al-Haramain (Albania Branch)", null)]
    [InlineData("Mitsubishi Corporation International (Europe) PLC", null)]
    [InlineData("Ana Ríos", null)]
    [InlineData("(BID)", null)]
    public void WithoutRepeats_DropsBracketsThatOnlyRepeatTheName(string name, string? expected) =>
        Assert.Equal(expected, BracketedParts.WithoutRepeats(name));

    [Fact]
    public void ScorePair_NameWithABracketedAlias_MatchesTheNameWithoutIt()
    {
        // OpenSanctions Pairs: an IADB debarment writes the short name in brackets after the full one; it scored 0.61.
        var debarred = new MatchEntity { Id = "a", Schema = EntitySchema.LegalEntity, Names = ["Zanotta Sudamericana S.A. (Zanotta)"] };
        var company = new MatchEntity { Id = "b", Schema = EntitySchema.Organization, Names = ["ZANOTTA SUDAMERICANA S.A."] };

        Assert.True(EntitySchemas.LooksLikeOrganization(debarred.Names[0]));
        Assert.True(Scorer.ScorePair(debarred, company).Score >= 0.95);
        Assert.True(Scorer.ScorePair(debarred, debarred with { Id = "c", Schema = EntitySchema.LegalEntity, Names = ["ZANOTTA SUDAMERICANA S.A."] }).Score >= 0.95);
    }

    [Fact]
    public void Search_LegalEntityIsFoundByPersonAndOrganisationQueries_OthersKeepTheirKind()
    {
        var index = MatchIndex.Build(
        [
            new MatchEntity { Id = "legal-person", Schema = EntitySchema.LegalEntity, Names = ["MCGRATH, ROBERT CLAUDE"] },
            new MatchEntity { Id = "legal-company", Schema = EntitySchema.LegalEntity, Names = ["PORTSON TRADING LIMITED"] },
            new MatchEntity { Id = "person", Schema = EntitySchema.Person, Names = ["Portson Trading"] },
            new MatchEntity { Id = "company", Schema = EntitySchema.Organization, Names = ["Robert McGrath Trading Limited"] },
        ]);

        var byPerson = index.Search(new MatchEntity { Id = "q1", Schema = EntitySchema.Person, Names = ["Robert Claude McGrath"] });
        var byCompany = index.Search(new MatchEntity { Id = "q2", Schema = EntitySchema.Organization, Names = ["Portson Trading Ltd"] });
        var byLegal = index.Search(new MatchEntity { Id = "q3", Schema = EntitySchema.LegalEntity, Names = ["Robert Claude McGrath"] });

        Assert.Equal("legal-person", byPerson[0].CandidateId);
        Assert.True(byPerson[0].IsMatch);
        Assert.DoesNotContain(byPerson, r => r.CandidateId == "company");
        Assert.Equal("legal-company", byCompany[0].CandidateId);
        Assert.DoesNotContain(byCompany, r => r.CandidateId == "person");
        Assert.Equal("legal-person", byLegal[0].CandidateId);

        // The index and the scorer read a pair by the same rule, so they give it the same score.
        var legalQuery = new MatchEntity { Id = "q4", Schema = EntitySchema.LegalEntity, Names = ["Robert McGrath"] };
        var company = new MatchEntity { Id = "company", Schema = EntitySchema.Organization, Names = ["Robert McGrath Trading Limited"] };
        var indexed = Assert.Single(index.Search(legalQuery, new MatchOptions { Cutoff = 0, Limit = 10 }), r => r.CandidateId == "company");
        Assert.Equal(Scorer.Score(legalQuery, company).Score, indexed.Score, 6);
    }
}

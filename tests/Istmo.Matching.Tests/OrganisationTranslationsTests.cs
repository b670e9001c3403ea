namespace Istmo.Matching.Tests;

/// <summary>Organisation words in other languages (zavod = plant) and Russian place adjectives (Tambovskii = Tambov).</summary>
public class OrganisationTranslationsTests
{
    private static double Score(string a, string b, EntitySchema schema = EntitySchema.Organization) => Scorer.ScorePair(
        new MatchEntity { Id = "a", Names = [a], Schema = schema },
        new MatchEntity { Id = "b", Names = [b], Schema = schema }).Score;

    [Theory]
    [InlineData("Kazanskii Zavod", "Kazan Plant")] // was 0.31: the adjective was an extension of the place, zavod another word
    [InlineData("Omskii Zavod", "Omsk Plant")] // a stem ending in -sk takes the vowels only
    [InlineData("Tambov", "Tambovskii")]
    [InlineData("Nauchno-Proizvodstvennoe Obedinenie Almaz", "Almaz Scientific Production Association")]
    [InlineData("Instituto Nacional de Migración", "Institut National de Migración")]
    // Russian adjectives in -icheskii and their English -ical (was 0.59 with the plant and the place already matched)
    [InlineData("Aktsionernoe Obshchestvo Petrovskii Elektromekhanicheskii Zavod Molot", "JSC Petrovsky Electromechanical Plant Molot")]
    [InlineData("Tekhnicheskii Tsentr", "Technical Center")]
    [InlineData("Fizicheskii Institut", "Physical Institute")]
    public void ScorePair_SameOrganisationInAnotherLanguage_Matches(string a, string b) =>
        Assert.True(Score(a, b) >= 0.70, $"{a} | {b}: {Score(a, b):0.000}");

    [Theory]
    [InlineData("Tambov Plant", "Moscow Plant")] // the kind of organisation alone is not a match
    [InlineData("Kazan Zavod", "Tambov Zavod")]
    [InlineData("Opticheskii Zavod", "Mechanical Plant")] // another adjective
    [InlineData("Petrov", "Petrovskii", EntitySchema.Person)] // in a person's name Petrovsky is another surname
    [InlineData("Robert Plant", "Robert Zavod", EntitySchema.Person)] // and a person named Plant is not a factory
    public void ScorePair_OtherOrganisationOrAPerson_DoesNotMatch(string a, string b, EntitySchema schema = EntitySchema.Organization) =>
        Assert.True(Score(a, b, schema) < 0.70, $"{a} | {b}: {Score(a, b, schema):0.000}");

    [Theory]
    [InlineData("tambov", "tambovski", true)]
    [InlineData("kazan", "kazanskaya", true)]
    [InlineData("omsk", "omski", true)]
    [InlineData("kyiv", "kyivska", true)]
    [InlineData("tambov", "tambovka", false)]
    [InlineData("ufa", "ufaski", false)] // a stem of three letters is too short to tell
    [InlineData("tambov", "tambov", false)]
    public void IsPlaceAdjective_RussianAndUkrainianEndings(string a, string b, bool expected)
    {
        Assert.Equal(expected, OrganisationTranslations.IsPlaceAdjective(a, b));
        Assert.Equal(expected, OrganisationTranslations.IsPlaceAdjective(b, a));
    }

    [Theory]
    [InlineData("elektromekhanicheski", "elektromechanical")]
    [InlineData("tekhnicheskaya", "technical")]
    [InlineData("opticheskogo", "optical")]
    [InlineData("zavod", "plant")]
    [InlineData("molot", null)] // a name, not a kind of organisation
    [InlineData("cheski", null)] // an ending alone
    public void Canonical_OrganisationWordsAndIcalAdjectives(string token, string? expected) =>
        Assert.Equal(expected, OrganisationTranslations.Canonical(token));

    [Fact]
    public void Index_OrganisationQuery_ScoresAsTheScorerEvenWhenAPersonHasTheWord()
    {
        // The index looked query words up by text and took the person token "kazan" (a person named Kazan is in the list) for
        // an organisation query: no place adjective, index 0.53 where the scorer gives 0.97.
        List<MatchEntity> list = [
            new MatchEntity { Id = "person", Names = ["Kazan Petrov"] },
            new MatchEntity { Id = "bank", Names = ["Banco Kazanskii"], Schema = EntitySchema.Organization },
        ];
        var index = MatchIndex.Build(list);
        var query = new MatchEntity { Id = "q", Names = ["Kazan Banco"], Schema = EntitySchema.Organization };

        var found = Assert.Single(index.Search(query), r => r.CandidateId == "bank");
        Assert.Equal(Scorer.Score(query, list[1]).Score, found.Score, 6);
        Assert.True(found.IsMatch, $"{found.Score:0.000}");
    }

    [Fact]
    public void Index_PersonQuery_FindsTheOrganisationWithTheSameWord()
    {
        // An organisation's "zavod" is keyed under its own spelling as well as "plant", so a query read as a person's name (a
        // LegalEntity without an organisation word) meets it with its own person token.
        var index = MatchIndex.Build([
            new MatchEntity { Id = "plant", Names = ["Zavod Group"], Schema = EntitySchema.Organization },
            new MatchEntity { Id = "other", Names = ["Ivan Molotov"] },
        ]);

        var found = index.Search(new MatchEntity { Id = "q", Names = ["Zavod"], Schema = EntitySchema.LegalEntity });
        Assert.Contains(found, r => r.CandidateId == "plant" && r.IsMatch);
    }

    [Fact]
    public void Index_EnglishQuery_FindsTheRussianName()
    {
        var index = MatchIndex.Build([
            new MatchEntity { Id = "kvz", Names = ["Kazanskii Vertoletnyi Zavod"], Schema = EntitySchema.Organization },
            new MatchEntity { Id = "other", Names = ["Kazan Helicopters Service"], Schema = EntitySchema.Organization },
        ]);

        var found = index.Search(new MatchEntity { Id = "q", Names = ["Kazan Vertoletnyi Plant"], Schema = EntitySchema.Organization });
        Assert.Equal("kvz", found.First().CandidateId);
        Assert.True(found.First().IsMatch);
    }
}

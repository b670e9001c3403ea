namespace Istmo.Matching.Tests;

/// <summary>Country names inside organisation names: the long official form, the short one and the acronym are one word.</summary>
public class CountryPhrasesTests
{
    [Theory]
    [InlineData("Foreign Trade Bank of the DPRK", "Foreign Trade Bank of the Democratic People's Republic of Korea")]
    [InlineData("Foreign Trade Bank of North Korea", "Foreign Trade Bank of the Democratic Peoples Republic of Korea")]
    [InlineData("Central Bank of Iran", "Central Bank of the Islamic Republic of Iran")]
    [InlineData("Embassy of the Russian Federation", "Embassy of Russia")]
    [InlineData("Bank of China", "Bank of the People's Republic of China")]
    public void OrganisationNames_CountryWrittenTwoWays_Match(string a, string b) =>
        Assert.True(Scorer.NameSimilarity(a, b, EntitySchema.Organization) >= 0.95, $"{Scorer.NameSimilarity(a, b, EntitySchema.Organization):0.00}");

    [Fact]
    public void RepublicOfKorea_IsNotTheNorth()
    {
        // The longest phrase is taken first: "Republic of Korea" inside the north's long name is not the south.
        var north = NameForm.Create("Korea Mining Bank of the Democratic People's Republic of Korea", organization: true, withDisplay: true);
        var south = NameForm.Create("Korea Mining Bank of the Republic of Korea", organization: true, withDisplay: true);
        Assert.Equal("dprk", north.Tokens[^1].Text);
        Assert.Equal("rok", south.Tokens[^1].Text);
        Assert.True(Scorer.NameSimilarity(north.Original, south.Original, EntitySchema.Organization) < 0.95);
    }

    [Fact]
    public void Canonicalize_KeepsTheWordsForDisplay_AndLeavesPeopleAlone()
    {
        var org = NameForm.Create("Central Bank of the Islamic Republic of Iran", organization: true, withDisplay: true);
        Assert.Equal(org.Tokens.Length, org.Display!.Count);
        Assert.Contains("ISLAMIC REPUBLIC OF IRAN", org.Display);

        // A person's name is never rewritten ("Korea" or "United" may be part of it).
        var person = NameForm.Create("Kim North Korea", organization: false, withDisplay: false);
        Assert.Equal(["kim", "north", "korea"], person.Tokens.Select(t => t.Text));
    }
}

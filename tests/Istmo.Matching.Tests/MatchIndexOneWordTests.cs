namespace Istmo.Matching.Tests;

/// <summary>A one-word query and the entities that have that word among others.</summary>
public class MatchIndexOneWordTests
{
    [Fact]
    public void Search_OneWordQuery_AlsoFindsNamesWithTheWordAmongOthers()
    {
        // The exact one-word entity's trigrams (13 × 0.3) outweighed every other holder of the word by so much that
        // rescoring (which skips weights below 0.4 × the best) dropped them, although they score above the cutoff.
        var index = MatchIndex.Build([
            new MatchEntity { Id = "exact", Names = ["Rosoboronexport"], Schema = EntitySchema.Organization },
            new MatchEntity { Id = "branch", Names = ["Rosoboronexport Oil Company"], Schema = EntitySchema.Organization },
            new MatchEntity { Id = "person-exact", Names = ["Tekhnicheskii"] },
            new MatchEntity { Id = "person-more", Names = ["Tekhnicheskii Bomi"] },
            new MatchEntity { Id = "other", Names = ["Rostec"], Schema = EntitySchema.Organization },
        ]);

        var org = index.Search(new MatchEntity { Id = "q1", Names = ["Rosoboronexport"], Schema = EntitySchema.Organization });
        Assert.Equal(["exact", "branch"], org.Select(r => r.CandidateId));
        var person = index.Search(new MatchEntity { Id = "q2", Names = ["Tekhnicheskii"] });
        Assert.Equal(["person-exact", "person-more"], person.Select(r => r.CandidateId));

        // Each result is what the scorer gives the pair.
        var branch = Scorer.Score(new MatchEntity { Id = "q1", Names = ["Rosoboronexport"], Schema = EntitySchema.Organization },
            new MatchEntity { Id = "branch", Names = ["Rosoboronexport Oil Company"], Schema = EntitySchema.Organization });
        Assert.Equal(branch.Score, org[1].Score, 6);
    }

    [Theory]
    [InlineData("Rosoboronexport", 1f / 13)]
    [InlineData("Romashka", 1f / 6)]
    [InlineData("Ivan", 0.3f)]
    [InlineData("Ivan Petrov", 0.3f)] // trigrams are keyed for one-word names only
    public void GramWeight_OneWordName_TrigramsAddAtMostOne(string name, float expected)
    {
        var tokens = NameNormalizer.Tokenize(name).Select(t => NameToken.Create(t, organization: false)).ToArray();
        Assert.Equal(expected, IndexKeys.GramWeight(tokens), 5);
    }
}

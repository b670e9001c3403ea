namespace Istmo.Matching.Tests;

public class DistanceTests
{
    [Fact]
    public void Distance_ConfusableLetters_CostLessThanOthers()
    {
        Assert.True(EditDistance.Distance("baca", "vaca") < EditDistance.Distance("baca", "taca"));
        Assert.True(EditDistance.Distance("perez", "peres") < 0.5);
        Assert.True(EditDistance.Distance("ector", "hector") < 0.5);
        Assert.True(EditDistance.Distance("maria", "mria") >= 1);
    }

    [Fact]
    public void Similarity_Transposition_IsCheap() => Assert.True(EditDistance.Similarity("rodriguez", "rodirguez") > 0.9);

    [Fact]
    public void Similarity_EqualAndEmpty_AreOneAndZero()
    {
        Assert.Equal(1, EditDistance.Similarity("ana", "ana"));
        Assert.Equal(1, EditDistance.Similarity("", ""));
        Assert.Equal(0, EditDistance.Similarity("abc", ""));
    }

    [Theory]
    [InlineData("martha", "marhta", 0.961)]
    [InlineData("dwayne", "duane", 0.84)]
    [InlineData("dixon", "dicksonx", 0.813)]
    public void JaroWinkler_ClassicPairs_MatchPublishedValues(string a, string b, double expected) =>
        Assert.Equal(expected, JaroWinkler.Similarity(a, b), 2);

    [Fact]
    public void JaroWinkler_EmptyAndEqual_Bounds()
    {
        Assert.Equal(1, JaroWinkler.Similarity("", ""));
        Assert.Equal(0, JaroWinkler.Similarity("abc", ""));
        Assert.Equal(1, JaroWinkler.Similarity("jose", "jose"));
    }
}

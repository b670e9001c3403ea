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

    [Theory]
    [InlineData("kowalski", "kowalczyk", 3, 3)] // capped
    [InlineData("rodriguez", "rodirguez", 3, 1)] // a swap is one edit
    [InlineData("castillo", "cstillo", 3, 1)]
    [InlineData("gonzalez", "gonzales", 3, 1)]
    [InlineData("medvedev", "medvedchuk", 3, 3)]
    [InlineData("", "abc", 5, 3)]
    [InlineData("", "", 3, 0)]
    [InlineData("abc", "abcdefgh", 3, 3)] // length difference alone reaches the cap
    public void Operations_CountsUnitEditsUpToCap(string a, string b, int cap, int expected)
    {
        Assert.Equal(expected, EditDistance.Operations(a, b, cap));
        Assert.Equal(expected, EditDistance.Operations(b, a, cap));
    }

    [Fact]
    public void Operations_LongInput_IsCut()
    {
        var a = new string('a', 500);
        var b = new string('a', 400) + new string('b', 100);
        Assert.Equal(0, EditDistance.Operations(a, b, 3)); // both cut to 64 letters
    }
}

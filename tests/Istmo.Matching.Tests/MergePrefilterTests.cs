using System.Runtime.Intrinsics;

namespace Istmo.Matching.Tests;

/// <summary>Pins that the merged-run prefilter never rules out a run that <see cref="NameComparer.MergeSimilarity"/> scores
/// above 0, and that it does rule out runs of unrelated names.</summary>
public class MergePrefilterTests
{
    private static readonly string[] Names =
    [
        "mari", "carmen", "maricarmen", "ana", "maria", "anamaria", "jose", "luis", "joseluis", "gonzalez", "rodriguez",
        "de", "la", "delarosa", "rosa", "santa", "maria", "santamaria", "san", "juan", "sanjuan", "mac", "donald", "macdonald",
        "abdel", "aziz", "abdelaziz", "abd", "al", "rahman", "abdulrahman", "vasquez", "bazquez", "hernandez", "fernandez",
        "li", "wei", "liwei", "xiao", "ming", "xiaoming", "jean", "pierre", "jeanpierre", "yanpier", "pepe", "jose",
    ];

    /// <summary>Names, their cheap typos (confusable letters, silent h, doubled letters, transpositions) and random strings
    /// over the confusable letters: the inputs where a histogram bound is most at risk.</summary>
    private static List<string> Strings()
    {
        var rng = new Random(20261206);
        var list = new List<string>(Names);
        const string confusable = "bvwuoszckqxjgyilemnhadfprt";
        foreach (var w in Names)
        {
            for (int k = 0; k < 8; k++)
            {
                var t = w;
                for (int edits = 1 + rng.Next(4); edits > 0 && t.Length > 1; edits--)
                {
                    var p = rng.Next(t.Length);
                    t = rng.Next(5) switch
                    {
                        0 => string.Concat(t.AsSpan(0, p), confusable[rng.Next(confusable.Length)].ToString(), t.AsSpan(p + 1)),
                        1 => t.Insert(p, "h"),
                        2 => t.Insert(p, t[p].ToString()),
                        3 when p + 1 < t.Length => string.Concat(t.AsSpan(0, p), t[p + 1].ToString(), t[p].ToString(), t.AsSpan(p + 2)),
                        _ => t.Remove(p, 1),
                    };
                }

                list.Add(t);
            }
        }

        for (int k = 0; k < 150; k++)
        {
            list.Add(new string([.. Enumerable.Range(0, 2 + rng.Next(10)).Select(_ => confusable[rng.Next(confusable.Length)])]));
        }

        list.AddRange(["ñandu", "nandu", "jose1", "josel", "o0o", "ooo", "muñoz", "munoz"]);
        return [.. list.Distinct()];
    }

    [Fact]
    public void CertainlyZero_OnlyWhenTheMergeScoresZero()
    {
        var strings = Strings();
        var tokens = strings.Select(s => NameToken.Create(s, organization: false)).ToArray();
        int ruledOut = 0, tried = 0;
        foreach (var a in tokens)
        {
            foreach (var b in tokens.Take(120))
            {
                var joined = a.Text + b.Text;
                var histogram = a.ClassHistogram + b.ClassHistogram;
                foreach (var target in tokens)
                {
                    tried++;
                    if (a.MergeFilterable && b.MergeFilterable && MergePrefilter.CertainlyZero(histogram, joined.Length, target))
                    {
                        ruledOut++;
                        var s = NameComparer.MergeSimilarity(joined, target);
                        Assert.True(s == 0f, $"{a.Text}+{b.Text} against {target.Text} scores {s} but was ruled out");
                    }
                }
            }
        }

        Assert.True(ruledOut > tried / 2, $"only {ruledOut} of {tried} runs ruled out");
    }

    [Theory]
    [InlineData("mari", "carmen", "maricarmen", false)] // equal when joined
    [InlineData("mari", "carmem", "maricarmen", false)] // one typo
    [InlineData("ana", "maria", "gonzalez", true)] // same length, unrelated
    [InlineData("jose", "luis", "rodriguez", true)]
    [InlineData("jose1", "luis", "joseluis", false)] // a digit: never ruled out
    public void CertainlyZero_Cases(string a, string b, string target, bool expected)
    {
        var ta = NameToken.Create(a, false);
        var tb = NameToken.Create(b, false);
        var joined = ta.ClassHistogram + tb.ClassHistogram;
        var filterable = ta.MergeFilterable && tb.MergeFilterable;
        Assert.Equal(expected, filterable && MergePrefilter.CertainlyZero(joined, a.Length + b.Length, NameToken.Create(target, false)));
    }

    [Fact]
    public void Histogram_CountsConfusableLettersTogether()
    {
        Assert.Equal(MergePrefilter.Histogram("vasquez"), MergePrefilter.Histogram("bazkuej"));
        Assert.NotEqual(MergePrefilter.Histogram("vasquez"), MergePrefilter.Histogram("vasquet"));
        Assert.Equal(Vector256<byte>.Zero, MergePrefilter.Histogram(""));
    }
}

namespace Istmo.Matching.Tests;

/// <summary>Pins that the prefilter of unrelated token pairs never claims 0 for a pair <see cref="NameComparer.TokenSimilarity"/>
/// scores above 0, and that it does skip unrelated names.</summary>
public class TokenPrefilterTests
{
    private static readonly string[] Names =
    [
        "jose", "maria", "juan", "juana", "castillo", "castro", "castrillon", "rodriguez", "gonzalez", "hernandez", "fernandez",
        "michel", "wei", "li", "de", "la", "al", "hassan", "pierre", "kowalski", "kowalczyk", "smith", "smithson", "j",
        "vasquez", "vazquez", "yolanda", "xiomara", "herrera", "jimenez", "gimenez", "ximenez", "quintero", "batista",
        "bautista", "mohammed", "muhammad", "abdulaziz", "mhmd", "lukashenka", "lukashenko", "medvedev", "medvedchuk",
        "mcdonald", "mcdonnell", "schroder", "schroter", "akhmetov", "akhmedov", "santamaria", "avila", "pepe", "pancho",
        "francisco", "francisca", "guillermo", "william", "zhang", "chang", "cheung", "nguyen", "ngyuen", "philippe", "felipe",
    ];

    /// <summary>Typos of each name (deletion, insertion, substitution, transposition, doubled letter, silent h) and
    /// random strings: the kinds of query tokens that are not in an index.</summary>
    private static List<string> Tokens()
    {
        var rng = new Random(20261123);
        var tokens = new List<string>(Names);
        foreach (var w in Names)
        {
            for (int k = 0; k < 6; k++)
            {
                var t = w;
                for (int edits = 1 + rng.Next(3); edits > 0 && t.Length > 1; edits--)
                {
                    var p = rng.Next(t.Length);
                    var c = (char)('a' + rng.Next(26));
                    t = rng.Next(6) switch
                    {
                        0 => t.Remove(p, 1),
                        1 => t.Insert(p, c.ToString()),
                        2 => string.Concat(t.AsSpan(0, p), c.ToString(), t.AsSpan(p + 1)),
                        3 when p + 1 < t.Length => string.Concat(t.AsSpan(0, p), t[p + 1].ToString(), t[p].ToString(), t.AsSpan(p + 2)),
                        4 => t.Insert(p, t[p].ToString()),
                        _ => t.Insert(p, "h"),
                    };
                }

                tokens.Add(t);
            }
        }

        for (int k = 0; k < 100; k++)
        {
            tokens.Add(new string([.. Enumerable.Range(0, 3 + rng.Next(8)).Select(_ => "aeioubcdfgjklmnprstvz"[rng.Next(21)])]));
        }

        return [.. tokens.Distinct()];
    }

    [Fact]
    public void CertainlyDissimilar_OnlyWhenTokenSimilarityIsZero()
    {
        var tokens = Tokens().Select(t => NameToken.Create(t, organization: false)).ToArray();
        int skipped = 0, pairs = 0;
        foreach (var a in tokens)
        {
            foreach (var b in tokens)
            {
                pairs++;
                if (TokenPrefilter.CertainlyDissimilar(a, b))
                {
                    skipped++;
                    var s = NameComparer.TokenSimilarity(a, b, out var kind);
                    Assert.True(s == 0f && kind == MatchKind.None, $"{a.Text}/{b.Text} scores {s} ({kind}) but was prefiltered");
                }
            }
        }

        // Most pairs of unrelated names are skipped (the point of the filter).
        Assert.True(skipped > pairs / 2, $"only {skipped} of {pairs} pairs skipped");
    }

    [Theory]
    [InlineData("kowalski", "hernandez", true)]
    [InlineData("rodriguez", "gonzalez", true)]
    [InlineData("castillo", "cstillo", false)] // one edit: a typo
    [InlineData("kowalski", "kowalczyk", false)] // three edits, but histograms only 4 apart: computed (and scored 0 there)
    [InlineData("mhmd", "muhammad", false)] // vowel-less skeleton rule
    [InlineData("j", "jose", false)] // initial
    [InlineData("pepe", "jose", false)] // nickname
    public void CertainlyDissimilar_Cases(string a, string b, bool expected)
    {
        Assert.Equal(expected, TokenPrefilter.CertainlyDissimilar(NameToken.Create(a, false), NameToken.Create(b, false)));
    }

    [Theory]
    [InlineData("abcdef", "abcdef")]
    [InlineData("abcdef", "bacdfe")]
    [InlineData("abcdef", "xbcdey")]
    [InlineData("abcdef", "abcdefgh")]
    [InlineData("ab", "ba")]
    public void AtLeastThreeEdits_FalseWithinTwoEdits(string a, string b)
    {
        Assert.True(EditDistance.Operations(a, b, 3) < 3);
        Assert.False(TokenPrefilter.AtLeastThreeEdits(a, b));
    }
}

namespace Istmo.Matching.Tests;

public class ResolverComparisonTests
{
    private static ResolverRecord[] Records(params string[] names)
    {
        var tokens = new Dictionary<string, NameToken>(StringComparer.Ordinal);
        return [.. names.Select((name, i) =>
        {
            var e = new MatchEntity { Id = "r" + i, Names = [name] };
            return ResolverRecord.Create(i, e, PreparedEntity.Prepare(e, withDisplay: false, t => tokens.TryGetValue(t, out var k) ? k : tokens[t] = NameToken.Create(t, organization: false)));
        })];
    }

    private static int NameLevel(string a, string b)
    {
        var r = Records(a, b);
        var context = new ResolverContext(new Dictionary<string, int>(), r.Length, new SimilarityCache(16));
        var levels = new int[ResolverComparison.Count];
        ResolverComparison.Compare(r[0], r[1], levels, context);
        return levels[ResolverComparison.Name];
    }

    [Fact]
    public void Compare_OneOfTwoNamePartsAligned_HasItsOwnLevelAboveUnrelatedNames()
    {
        // A duplicate whose surname is garbled by typos still shares its given name: weaker evidence than a close name,
        // stronger than no name in common, so it is a level of its own rather than lumped with unrelated names.
        Assert.Equal(1, NameLevel("Tdang Yuxuan", "Tnng Yuxuan"));
        Assert.Equal(0, NameLevel("Zhang Wei", "Omar Hassan"));
        Assert.Equal(7, NameLevel("Omar Hassan", "Omar Hassan"));
    }

    [Fact]
    public void Codes_EveryLevelOfEveryFeature_RoundTrips()
    {
        var levels = ResolverComparison.Features.Select(f => f.Levels.Length - 1).ToArray();
        Assert.Equal(levels, ResolverCodes.Decode(ResolverCodes.Encode(levels)));
        var missing = levels.Select(_ => -1).ToArray();
        Assert.Equal(missing, ResolverCodes.Decode(ResolverCodes.Encode(missing)));
    }
}

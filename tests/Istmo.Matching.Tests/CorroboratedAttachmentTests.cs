namespace Istmo.Matching.Tests;

/// <summary>A lone record joins the one cluster that two or more of its near links reach.</summary>
public class CorroboratedAttachmentTests
{
    private const double Prior = -10;
    private const double Threshold = 0; // weight of probability 0.5

    private static long P(int a, int b) => ((long)Math.Min(a, b) << 32) | (uint)Math.Max(a, b);

    /// <summary>Records 0–1 and 3–4 are clusters; 2 and 5 are alone. Links are given by their weights (prior included).</summary>
    private static (List<(int A, int B, double W)> Attached, ConstrainedUnionFind Uf) Attach(params (int A, int B, double W, bool Contradicted)[] links)
    {
        var uf = new ConstrainedUnionFind(6, []);
        uf.Union(0, 1);
        uf.Union(3, 4);
        var attached = CorroboratedAttachment.Attach(
            [.. links.Select(l => P(l.A, l.B))], [.. links.Select(l => l.W - Prior)], [.. links.Select(l => l.Contradicted)], Prior, Threshold, 6, uf);
        return (attached, uf);
    }

    [Fact]
    public void LoneRecord_TwoMembersLinkJustBelowTheThreshold_JoinsByTheStronger()
    {
        var (attached, uf) = Attach((0, 2, -2.5, false), (1, 2, -1, false));
        Assert.Equal([(2, 1, -1.0)], attached);
        Assert.Equal(uf.Find(0), uf.Find(2));
    }

    [Fact]
    public void LoneRecord_OneMemberOnly_StaysAlone() =>
        Assert.Empty(Attach((0, 2, -1, false)).Attached);

    [Fact]
    public void LoneRecord_SecondLinkBelowTheFloor_StaysAlone()
    {
        // Six records: the floor is at its widest (4 bits).
        Assert.Empty(Attach((0, 2, -1, false), (1, 2, -CorroboratedAttachment.Floor(6) - 0.5, false)).Attached);
        Assert.Single(Attach((0, 2, -1, false), (1, 2, -CorroboratedAttachment.Floor(6) + 0.5, false)).Attached);
    }

    [Fact]
    public void Floor_NarrowsWithTheNumberOfRecords()
    {
        // 3 bits at 300k records, none from ~600k (where the rule lost more than it found), at most 4 for small files.
        Assert.Equal(3, CorroboratedAttachment.Floor(300_000), 6);
        Assert.Equal(0, CorroboratedAttachment.Floor(1_000_000));
        Assert.Equal(4, CorroboratedAttachment.Floor(20_000));
        Assert.True(CorroboratedAttachment.Floor(400_000) is > 0 and < 3);
    }

    [Fact]
    public void LoneRecord_NearLinkToAnotherCluster_StaysAlone()
    {
        // Within the rival floor of another cluster (or of another lone record), it could be either person.
        Assert.Empty(Attach((0, 2, -1, false), (1, 2, -1, false), (3, 2, -CorroboratedAttachment.RivalFloor + 0.5, false)).Attached);
        Assert.Empty(Attach((0, 2, -1, false), (1, 2, -1, false), (5, 2, -3.9, false)).Attached);
        Assert.Single(Attach((0, 2, -1, false), (1, 2, -1, false), (3, 2, -CorroboratedAttachment.RivalFloor - 0.5, false)).Attached);
    }

    [Fact]
    public void LoneRecord_ContradictedLinks_DoNotCount() =>
        Assert.Empty(Attach((0, 2, -1, true), (1, 2, -1, false)).Attached);

    [Fact]
    public void ClusteredRecord_NeverMoved() =>
        Assert.Empty(Attach((3, 0, -1, false), (3, 1, -1, false)).Attached);
}

namespace Istmo.Matching;

/// <summary>What every comparison of one resolution run shares: surname frequencies and the token-similarity cache.</summary>
internal sealed class ResolverContext(Dictionary<string, int> surnameCounts, int records, SimilarityCache similarities)
{
    /// <summary>Records holding each family name (fold), for the term-frequency adjustment.</summary>
    public Dictionary<string, int> SurnameCounts { get; } = surnameCounts;

    /// <summary>Number of valid records.</summary>
    public int Records { get; } = records;

    /// <summary>
    /// Token-pair and merged-run similarities between the run's interned tokens, shared by all threads: the same common
    /// given names and surnames meet in millions of pairs, and the aligner's token similarity is most of a comparison.
    /// </summary>
    public SimilarityCache Similarities { get; } = similarities;
}

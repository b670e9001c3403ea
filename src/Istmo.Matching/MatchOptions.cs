namespace Istmo.Matching;

/// <summary>Thresholds and limits for a search.</summary>
public sealed record MatchOptions
{
    /// <summary>Shared default options.</summary>
    public static MatchOptions Default { get; } = new();

    /// <summary>Score at or above which a result is flagged as a match (default 0.70).</summary>
    public double Threshold { get; init; } = 0.70;

    /// <summary>Results scoring below this are not returned (default 0.50).</summary>
    public double Cutoff { get; init; } = 0.50;

    /// <summary>Maximum number of results returned per query (default 10).</summary>
    public int Limit { get; init; } = 10;

    /// <summary>Number of candidates retrieved from the index and rescored (default 50; at least <see cref="Limit"/>).</summary>
    public int Candidates { get; init; } = 50;

    /// <summary>Whether to build human-readable explanations (default true; off is faster for bulk screening).</summary>
    public bool Explain { get; init; } = true;

    /// <summary>Reviewed pairs: candidates adjudicated false positives for the query id are never flagged as matches.</summary>
    public Adjudications? Adjudications { get; init; }

    internal void Validate()
    {
        if (double.IsNaN(Threshold) || Threshold is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Threshold), Threshold, "Threshold must be in [0,1].");
        }

        if (double.IsNaN(Cutoff) || Cutoff is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Cutoff), Cutoff, "Cutoff must be in [0,1].");
        }

        if (Limit < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Limit), Limit, "Limit must be at least 1.");
        }

        if (Candidates < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Candidates), Candidates, "Candidates must be at least 1.");
        }
    }
}

namespace Istmo.Matching;

/// <summary>One scored candidate for a query, with per-feature contributions and an explanation.</summary>
public sealed record MatchResult
{
    /// <summary>Id of the matched candidate entity.</summary>
    public required string CandidateId { get; init; }

    /// <summary>Score in [0,1].</summary>
    public required double Score { get; init; }

    /// <summary>True when the score is at or above the threshold and the pair was not adjudicated a false positive.</summary>
    public required bool IsMatch { get; init; }

    /// <summary>How each feature contributed to the score.</summary>
    public IReadOnlyList<FeatureContribution> Features { get; init; } = [];

    /// <summary>Explanation items with stable codes for localisation.</summary>
    public IReadOnlyList<ExplanationItem> Items { get; init; } = [];

    /// <summary>Default English rendering of <see cref="Items"/>, joined with "; ".</summary>
    public string Explanation { get; init; } = "";
}

/// <summary>One feature's part of a score: value is the feature similarity, contribution the signed effect on the score.</summary>
public sealed record FeatureContribution(string Name, double Value, double Weight, double Contribution);

/// <summary>One explanation step: a stable code (see <see cref="ExplanationCodes"/>), its arguments and an English text.</summary>
public sealed record ExplanationItem(string Code, IReadOnlyList<string> Args, string Text);

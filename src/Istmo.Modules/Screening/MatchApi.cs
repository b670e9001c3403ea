namespace Istmo.Modules.Screening;

/// <summary>Body of POST /api/v1/screening/match, modelled on yente's /match: several query entities, scored against the watchlists.</summary>
public sealed record MatchRequest
{
    /// <summary>Query entities by a caller-chosen key.</summary>
    public Dictionary<string, MatchQuery>? Queries { get; init; }

    /// <summary>Score at or above which a result is a match (default 0.70).</summary>
    public double? Threshold { get; init; }

    /// <summary>Results below this score are not returned (default 0.50).</summary>
    public double? Cutoff { get; init; }

    /// <summary>Results per query (default 5, at most 100).</summary>
    public int? Limit { get; init; }

    /// <summary>Only this watchlist (by name); all when absent.</summary>
    public string? Watchlist { get; init; }
}

/// <summary>One query entity in FollowTheMoney form.</summary>
public sealed record MatchQuery
{
    /// <summary>Person, Organization, Company or LegalEntity (default Person).</summary>
    public string? Schema { get; init; }

    /// <summary>FtM properties: name, alias, firstName, lastName, fatherName, motherName, birthDate, nationality, idNumber, passportNumber, gender, ...</summary>
    public Dictionary<string, List<string?>?>? Properties { get; init; }
}

/// <summary>The answer: one entry per query key.</summary>
public sealed record MatchResponse(IReadOnlyDictionary<string, QueryMatches> Responses, double Threshold, double Cutoff);

/// <summary>The results of one query.</summary>
public sealed record QueryMatches(MatchQuery Query, IReadOnlyList<ScoredCandidate> Results, int Total);

/// <summary>One scored watchlist entry.</summary>
public sealed record ScoredCandidate(
    string Id,
    Guid EntryId,
    string Caption,
    string Schema,
    double Score,
    bool Match,
    IReadOnlyDictionary<string, FeatureView> Features,
    string Explanation,
    IReadOnlyList<ExplanationView> Explanations,
    IReadOnlyList<string> Datasets);

/// <summary>A feature's similarity, weight and signed contribution to the score.</summary>
public sealed record FeatureView(double Value, double Weight, double Contribution);

/// <summary>One explanation step with a stable code for localisation.</summary>
public sealed record ExplanationView(string Code, IReadOnlyList<string> Args, string Text);

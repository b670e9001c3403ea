namespace Istmo.Bench.Matching;

/// <summary>Options of `istmo bench matching`: watchlist size, number of screening queries, quick mode.</summary>
public sealed record MatchingBenchOptions
{
    /// <summary>Watchlist size N (default 100,000; the full run is 1,000,000).</summary>
    public int Size { get; init; } = 100_000;

    /// <summary>Screening queries for accuracy and single-query latency (default 2,000).</summary>
    public int Queries { get; init; } = 2_000;

    /// <summary>Quick mode: 10,000 names, 500 queries, small baselines and resolution sets.</summary>
    public bool Quick { get; init; }

    /// <summary>Generator seed (same seed, same data).</summary>
    public int Seed { get; init; } = 20261123;

    /// <summary>Records for the entity-resolution run (default: <see cref="Size"/>).</summary>
    public int? ResolutionSize { get; init; }

    /// <summary>Queries for the batch throughput run (default: Size/10, at most 100,000).</summary>
    public int? BatchQueries { get; init; }

    /// <summary>Labelled pairs for the pairwise comparison with baselines (default 4,000).</summary>
    public int Pairs { get; init; } = 4_000;

    /// <summary>Sections to run (default: all). Index is built whenever screening or batch runs.</summary>
    public IReadOnlySet<BenchSection>? Only { get; init; }

    /// <summary>Whether <paramref name="section"/> runs.</summary>
    public bool Runs(BenchSection section) => Only is null || Only.Count == 0 || Only.Contains(section);
}

/// <summary>Sections of `istmo bench matching`, selectable with `--only`.</summary>
public enum BenchSection
{
    /// <summary>Index build time and memory.</summary>
    Index,

    /// <summary>Pairwise accuracy on labelled pairs against the baselines.</summary>
    Pairwise,

    /// <summary>Screening accuracy, single-query latency and the brute-force baselines.</summary>
    Screening,

    /// <summary>Batch throughput (SearchMany).</summary>
    Batch,

    /// <summary>Entity resolution on generated records with known clusters.</summary>
    Resolution,
}

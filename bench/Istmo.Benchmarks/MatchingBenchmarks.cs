using BenchmarkDotNet.Attributes;
using Istmo.Matching;

namespace Istmo.Benchmarks;

/// <summary>Micro-benchmarks of the matching engine's hot paths: normalisation, token comparison, pair scoring, index search.</summary>
[MemoryDiagnoser]
public class MatchingBenchmarks
{
    private static readonly string[] Given = ["José", "María", "Juan", "Ana", "Carlos", "Luis", "Rosa", "Pedro", "Carmen", "Jorge"];
    private static readonly string[] Surnames = ["Rodríguez", "Pérez", "González", "Castillo", "Herrera", "Vásquez", "Jiménez", "Ortega", "Batista", "Moreno", "Quintero"];

    private readonly MatchEntity _query = new() { Id = "q", Names = ["JOSE MARIA RODRIGUES PEREZ"], BirthDate = new PartialDate(1985, 3, 7) };
    private readonly MatchEntity _candidate = new() { Id = "c", Names = ["José María Rodríguez Pérez"], BirthDate = new PartialDate(1985, 3, 7) };
    private MatchIndex _index = null!;

    [GlobalSetup]
    public void Setup()
    {
        var list = new List<MatchEntity>(100_000);
        for (int i = 0; i < 100_000; i++)
        {
            list.Add(new MatchEntity
            {
                Id = "w" + i,
                Names = [$"{Given[i % Given.Length]} {Surnames[i / 10 % Surnames.Length]} {Surnames[i / 110 % Surnames.Length]} {Surnames[i / 1210 % Surnames.Length]}{i / 13310}"],
                BirthDate = new PartialDate(1940 + (i % 60), 1 + (i % 12), 1 + (i % 28)),
            });
        }

        _index = MatchIndex.Build(list);
    }

    [Benchmark]
    public string Normalize() => NameNormalizer.Normalize("José María  RODRÍGUEZ-Pérez de la Cruz");

    [Benchmark]
    public double EditDistanceTokens() => EditDistance.Similarity("rodriges", "rodriguez");

    [Benchmark]
    public double NameSimilarity() => Scorer.NameSimilarity("Jose Maria Rodrigues", "José María Rodríguez Pérez");

    [Benchmark]
    public double ScorePair() => Scorer.Score(_query, _candidate, new MatchOptions { Explain = false }).Score;

    [Benchmark]
    public int SearchIndex100k() => _index.Search(_query, new MatchOptions { Explain = false }).Count;
}

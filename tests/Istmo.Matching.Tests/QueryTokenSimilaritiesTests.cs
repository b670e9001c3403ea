namespace Istmo.Matching.Tests;

/// <summary>Pins that the per-query token-similarity table returns exactly <see cref="NameComparer.TokenSimilarity"/>
/// (value and kind), with and without the index-wide cache behind it (cold, or warmed with its matrix of frequent pairs),
/// across growth and reuse by the next query.</summary>
public class QueryTokenSimilaritiesTests
{
    private static readonly string[] Words =
    [
        "jose", "josé", "jsoe", "maria", "mario", "juan", "juana", "castillo", "cstillo", "castro", "castrillon", "rodriguez",
        "rodrigues", "rodrigez", "gonzalez", "gonzales", "hernandez", "fernandez", "michel", "mcihel", "wei", "li", "de", "la",
        "al", "hassan", "hasan", "pierre", "kowalski", "kowalczyk", "smith", "smithson", "j", "m", "vasquez", "vazquez",
    ];

    [Fact]
    public void ReturnsTokenSimilarityExactly()
    {
        // Index tokens with ids (a few of them also stand as query tokens, like interned query tokens).
        var index = TestData.IndexTokens(Words);
        var queries = new[] { "jsoe", "rodriguez", "castilo", "de", "mari", "hernandes", "j" }
            .Select(w => Array.Find(index, t => t.Text == w) ?? NameToken.Create(w, organization: false)).ToArray();
        var table = new QueryTokenSimilarities();
        // Warmed: the most frequent half of the tokens (particles excepted) get the dense matrix of hot pairs, the rest the table.
        var warmed = new SimilarityCache(index.Length);
        warmed.Warm(index, [.. index.Select((_, i) => i % 2 == 0 ? 100 + i : i)], index.Length / 2, maxDegreeOfParallelism: 2);
        foreach (var shared in new[] { null, new SimilarityCache(index.Length), warmed })
        {
            // Many query names (slots) make the table grow past its resting size; the second round reuses it after Clear.
            for (int round = 0; round < 2; round++)
            {
                for (int name = 0; name < 8; name++)
                {
                    for (int i = 0; i < queries.Length; i++)
                    {
                        foreach (var b in index)
                        {
                            var expected = NameComparer.TokenSimilarity(queries[i], b, out var expectedKind);
                            var slot = (name * NameNormalizer.MaxTokens) + i;
                            for (int repeat = 0; repeat < 2; repeat++)
                            {
                                Assert.Equal(expected, table.Get(queries[i], slot, b, shared, out var kind));
                                Assert.Equal(expectedKind, kind);
                            }
                        }
                    }
                }

                table.Clear();
            }
        }
    }
}

namespace Istmo.Matching.Tests;

/// <summary>Pins the index-wide cache's packed token-pair slots: every pair has its own (set, tag), an entry reads back
/// exactly what was stored, what cannot be packed is not cached, and the cache answers exactly the computed similarity
/// when pairs evict one another and when threads fill it together.</summary>
public class SimilarityCacheTests
{
    [Theory]
    [InlineData(300, 1 << 15)] // every pair fits the sets: tags are 0
    [InlineData(2_000, 1 << 10)] // many pairs per set: the tag tells them apart
    public void Place_EveryPairOfIds_HasItsOwnSetAndTag(int vocabulary, int sets)
    {
        var packed = new PackedPair(vocabulary, sets);
        var seen = new HashSet<(int, ulong)>();
        var step = vocabulary > 1_000 ? 7 : 1;
        for (int a = 0; a < vocabulary; a += step)
        {
            for (int b = 0; b < vocabulary; b++)
            {
                Assert.True(packed.TryPlace(a, b, out var set, out var tag));
                Assert.InRange(set, 0, sets - 1);
                Assert.True(seen.Add((set, tag)), $"pair ({a}, {b}) shares its slot key with another pair");
            }
        }
    }

    [Fact]
    public void Pack_ReadsBackExactly_AndOnlyForItsTag()
    {
        var values = new[] { 0f, 1f, 0.5f, 0.123456789f, float.Epsilon, 1.9999999f, 0.87f };
        foreach (var similarity in values)
        {
            foreach (var kind in Enum.GetValues<MatchKind>())
            {
                foreach (var tag in new ulong[] { 0, 1, (1UL << 30) - 1, 123_456 })
                {
                    Assert.True(PackedPair.TryPack(tag, similarity, kind, out var entry));
                    Assert.True(PackedPair.TryRead(entry, tag, out var read, out var readKind));
                    Assert.Equal(BitConverter.SingleToUInt32Bits(similarity), BitConverter.SingleToUInt32Bits(read));
                    Assert.Equal(kind, readKind);
                    Assert.False(PackedPair.TryRead(entry, tag ^ 1, out _, out _));
                }
            }
        }

        Assert.False(PackedPair.TryRead(0, 0, out _, out _)); // an empty slot is no entry, even for tag 0
    }

    [Theory]
    [InlineData(-0.5f)]
    [InlineData(-0f)]
    [InlineData(2f)]
    [InlineData(float.NaN)]
    [InlineData(float.PositiveInfinity)]
    public void Pack_ValueOutsideTheRange_IsNotCached(float similarity) =>
        Assert.False(PackedPair.TryPack(1, similarity, MatchKind.Fuzzy, out _));

    [Fact]
    public void Place_IdsBeyondTheVocabularyOrAVocabularyTooLarge_AreNotCached()
    {
        var packed = new PackedPair(1_000, 1 << 15);
        Assert.False(packed.TryPlace(1 << 10, 0, out _, out _));
        Assert.False(packed.TryPlace(0, -1, out _, out _));
        Assert.True(packed.TryPlace(1_023, 1_023, out _, out _)); // ids are held in 10 bits
        var huge = new PackedPair(1 << 26, 1 << 20); // 52-bit keys leave 32 bits of tag: more than a slot holds
        Assert.False(huge.TryPlace(0, 0, out _, out _));
    }

    [Fact]
    public void Token_ManyPairsEvictingOneAnother_AnswersTheComputedSimilarity()
    {
        // 400 tokens make 160,000 pairs for 131,072 sets of two slots: many sets get three or more, so entries are evicted
        // and recomputed.
        var tokens = TestData.IndexTokens(Enumerable.Range(0, 400).Select(TestWord));
        var cache = new SimilarityCache(tokens.Length);
        for (int round = 0; round < 2; round++)
        {
            for (int a = 0; a < tokens.Length; a += 3)
            {
                for (int b = 0; b < tokens.Length; b++)
                {
                    var expected = NameComparer.TokenSimilarity(tokens[a], tokens[b], out var expectedKind);
                    Assert.Equal(expected, cache.Token(tokens[a], tokens[b], out var kind));
                    Assert.Equal(expectedKind, kind);
                }
            }
        }
    }

    [Fact]
    public void Token_FilledByTwoThreadsAtOnce_AnswersTheComputedSimilarity()
    {
        var tokens = TestData.IndexTokens(Enumerable.Range(0, 300).Select(TestWord));
        var cache = new SimilarityCache(tokens.Length);
        var expected = new float[tokens.Length, tokens.Length];
        for (int a = 0; a < tokens.Length; a++)
        {
            for (int b = 0; b < tokens.Length; b++)
            {
                expected[a, b] = NameComparer.TokenSimilarity(tokens[a], tokens[b], out _);
            }
        }

        var wrong = 0;
        Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, worker =>
        {
            for (int round = 0; round < 3; round++)
            {
                for (int a = worker % 2; a < tokens.Length; a += 2)
                {
                    for (int b = 0; b < tokens.Length; b++)
                    {
                        if (cache.Token(tokens[a], tokens[b], out _) != expected[a, b])
                        {
                            Interlocked.Increment(ref wrong);
                        }
                    }
                }
            }
        });
        Assert.Equal(0, wrong);
    }

    [Fact]
    public void Merge_StoredAndEvicted_ReadsBackOnlyItsOwnValue()
    {
        var cache = new SimilarityCache(100);
        // 200,000 keys in 2^19 sets of two slots: a few sets get three or more, and their second slot is overwritten.
        var keys = Enumerable.Range(0, 200_000).Select(MergeKeyOf).ToArray();
        foreach (var key in keys)
        {
            cache.SetMerge(key, ValueOf(key));
        }

        var found = 0;
        foreach (var key in keys)
        {
            if (cache.TryGetMerge(key, out var value))
            {
                found++;
                Assert.Equal(ValueOf(key), value);
            }
        }

        Assert.InRange(found, keys.Length * 9 / 10, keys.Length); // a few sets overflowed and lost an entry, none answered wrong
        Assert.False(cache.TryGetMerge(MergeKeyOf(1_000_000), out _));
        Assert.False(new SimilarityCache(100).TryGetMerge(0, out _)); // an empty slot is no entry, even for key 0
    }

    [Fact]
    public void Merge_WrittenAndReadByFourThreadsAtOnce_NeverAnswersAnotherKeysValue()
    {
        var cache = new SimilarityCache(100);
        var wrong = 0;
        var hits = 0;
        Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, worker =>
        {
            // Keys chosen to share few sets, so threads keep overwriting one another's entries while others read them.
            for (int round = 0; round < 200_000; round++)
            {
                var key = MergeKeyOf((round * 7 + worker) % 3_000);
                if (cache.TryGetMerge(key, out var value))
                {
                    Interlocked.Increment(ref hits);
                    if (value != ValueOf(key))
                    {
                        Interlocked.Increment(ref wrong);
                    }
                }
                else
                {
                    cache.SetMerge(key, ValueOf(key));
                }
            }
        });
        Assert.Equal(0, wrong);
        Assert.True(hits > 0);
    }

    private static Int128 MergeKeyOf(int i)
    {
        var run = new[] { NameToken.Create("a", false), NameToken.Create("b", false) };
        run[0].Id = i % 4_096;
        run[1].Id = i / 4_096;
        var target = NameToken.Create("c", false);
        target.Id = (i * 31) % 10_007;
        Assert.True(SimilarityCache.MergeKey(run, target, out var key));
        return key;
    }

    private static float ValueOf(Int128 key) => (float)((ulong)key % 10_000) / 10_000f;

    /// <summary>Name-like words that differ by a letter or two, so many pairs are similar and many are not.</summary>
    private static string TestWord(int i)
    {
        string[] stems = ["garcia", "gonzalez", "rodriguez", "fernandez", "lopez", "martinez", "sanchez", "perez", "gomez", "martin"];
        var stem = stems[i % stems.Length];
        var k = i / stems.Length;
        return k == 0 ? stem : stem.Insert(k % stem.Length, ((char)('a' + (k % 26))).ToString());
    }
}

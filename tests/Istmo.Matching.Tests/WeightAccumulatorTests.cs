namespace Istmo.Matching.Tests;

/// <summary>Pins that the sparse accumulator of retrieval weights gives exactly what a dense per-entity array gives, across
/// growth (queries that scan frequent keys) and reuse by the next query, with entities added only when already there, one at a time and a whole list at once.</summary>
public class WeightAccumulatorTests
{
    [Theory]
    [InlineData(10)]
    [InlineData(1_500)]
    [InlineData(5_000)]
    [InlineData(150_000)]
    public void SumsEqualADenseArray(int touches)
    {
        var rng = new Random(touches);
        var acc = new WeightAccumulator();

        // Two rounds: the second (smaller) one checks that Clear leaves nothing behind, also after growth.
        foreach (var round in new[] { touches, touches / 3 + 1 })
        {
            var dense = new float[1_000_000];
            var order = new List<int>();
            for (int i = 0; i < round; i++)
            {
                var doc = rng.Next(dense.Length);
                var weight = (float)(rng.NextDouble() * 10) + 0.1f;
                var kind = rng.Next(6);
                if (kind >= 4)
                {
                    // A whole list at once (AddAll, AddAllIfPresent), as retrieval adds postings: sorted entities, some
                    // already added, lists long enough for the table to grow midway.
                    var list = new SortedSet<int>();
                    var length = 1 + rng.Next(Math.Max(2, round / 20));
                    while (list.Count < length)
                    {
                        list.Add(order.Count > 0 && rng.Next(3) == 0 ? order[rng.Next(order.Count)] : rng.Next(dense.Length));
                    }

                    foreach (var d in list)
                    {
                        if (kind == 4)
                        {
                            if (dense[d] == 0)
                            {
                                order.Add(d);
                            }

                            dense[d] += weight;
                        }
                        else if (dense[d] != 0)
                        {
                            dense[d] += weight;
                        }
                    }

                    if (kind == 4)
                    {
                        acc.AddAll(list.ToArray(), weight);
                    }
                    else
                    {
                        acc.AddAllIfPresent(list.ToArray(), weight);
                    }

                    i += list.Count - 1;
                    continue;
                }

                if (kind == 1)
                {
                    // Only to entities already added; half of them aimed at an entity that shares a touched one's filter bit
                    // (same id modulo 65,536) but was never added.
                    if (order.Count > 0 && rng.Next(2) == 0)
                    {
                        doc = (order[rng.Next(order.Count)] + (65_536 * (1 + rng.Next(3)))) % dense.Length;
                    }

                    if (dense[doc] != 0)
                    {
                        dense[doc] += weight;
                    }

                    acc.AddIfPresent(doc, weight);
                    continue;
                }

                if (kind == 0)
                {
                    if (dense[doc] == 0)
                    {
                        order.Add(doc);
                        dense[doc] = weight;
                    }

                    acc.AddIfAbsent(doc, weight);
                    continue;
                }

                if (dense[doc] == 0)
                {
                    order.Add(doc);
                }

                dense[doc] += weight;
                acc.Add(doc, weight);
            }

            Assert.Equal(order.Count, acc.Count);
            Assert.Equal(order, acc.Touched.ToArray());
            Assert.DoesNotContain(dense.AsSpan().IndexOf(0f), acc.Touched.ToArray());

            // The weights are those of the touched entities, in the same order.
            Assert.Equal(order.Count, acc.Weights.Length);
            for (int i = 0; i < order.Count; i++)
            {
                Assert.Equal(dense[order[i]], acc.Weights[i]);
            }

            acc.Clear();
            Assert.Equal(0, acc.Count);
        }
    }
}

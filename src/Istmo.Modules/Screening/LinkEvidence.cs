using System.Globalization;
using Istmo.Matching;

namespace Istmo.Modules.Screening;

/// <summary>
/// A resolver link's evidence as coded explanation items, so pages render it in the reader's language: the prior
/// (<c>resolver.prior</c>, argument the weight in bits) and each feature at its level (<c>resolver.FEATURE.LEVEL</c>,
/// argument the weight; a common or rare name's adjustment follows as <c>resolver.nameFrequency</c>); a name not compared is
/// <c>resolver.name.notCompared</c>, and a name weighed as unaligned for a part without a counterpart is followed by
/// <c>resolver.name.unmatchedPart</c>. Their sum closes the list (<c>resolver.total</c>).
/// The English text is the fallback for a code the resources lack.
/// </summary>
public static class LinkEvidence
{
    /// <summary>The items of stored factors; a feature or level this version does not know is skipped (data from another version).</summary>
    public static IReadOnlyList<ExplanationView> Views(IReadOnlyList<StoredFactor> factors)
    {
        ArgumentNullException.ThrowIfNull(factors);
        var items = new List<ExplanationView>(factors.Count);
        foreach (var f in factors)
        {
            if (f.F == LinkFactor.Prior)
            {
                items.Add(new("resolver.prior", [LinkFactor.Bits(f.W)], new LinkFactor(f.F, 0, "", f.W).ToString()));
                continue;
            }

            var feature = EntityResolver.Features.FirstOrDefault(x => x.Name == f.F);
            if (f.L == LinkFactor.UnmatchedPart && feature.Levels is not null)
            {
                items.Add(new($"resolver.{f.F}.unmatchedPart", [], new LinkFactor(f.F, f.L, LinkFactor.UnmatchedPartText, 0).ToString()));
                continue;
            }

            if (feature.Levels is null || f.L >= feature.Levels.Length || f.L < LinkFactor.NotCompared)
            {
                continue;
            }

            var level = f.L == LinkFactor.NotCompared ? LinkFactor.PartsDisjoint : feature.Levels[f.L];
            var code = $"resolver.{f.F}.{(f.L == LinkFactor.NotCompared ? "notCompared" : f.L.ToString(CultureInfo.InvariantCulture))}";
            items.Add(new(code, [LinkFactor.Bits(f.W)], new LinkFactor(f.F, f.L, level, f.W).ToString()));
            if (f.Tf != 0)
            {
                items.Add(new("resolver.nameFrequency", [LinkFactor.Bits(f.Tf)], "name frequency " + LinkFactor.Bits(f.Tf)));
            }
        }

        // The sum the probability comes from (2^total / (1 + 2^total)), so a reader can check that the parts add up.
        if (items.Count > 0)
        {
            var total = factors.Sum(f => f.W + f.Tf);
            items.Add(new("resolver.total", [LinkFactor.Bits(total)], "total " + LinkFactor.Bits(total)));
        }

        return items;
    }
}

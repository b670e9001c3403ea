using System.Globalization;

namespace Istmo.Matching;

/// <summary>Scores one query entity against one candidate: best name alignment plus birth date, sex, nationality, document and phone evidence.</summary>
/// <remarks>
/// score = name + Σ qualifiers, clamped to [0,1]. Qualifiers: birth date exact +0.05, compatible +0.02, day/month swapped −0.02,
/// same year other day −0.15, one year apart −0.05 (same day and month) or −0.20, 2–5 years apart −0.32, further −0.40; sex differs −0.20;
/// nationality shared +0.02, disjoint −0.10; a shared document lifts the score by 70% of the remaining gap to 1, a shared phone by 40%;
/// documents on both sides with none shared −0.05.
/// </remarks>
public static class Scorer
{
    /// <summary>Scores <paramref name="candidate"/> for <paramref name="query"/> with features and explanation.</summary>
    public static MatchResult Score(MatchEntity query, MatchEntity candidate, MatchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(candidate);
        options ??= MatchOptions.Default;
        options.Validate();
        var q = PreparedEntity.Prepare(query, withDisplay: true);
        var c = PreparedEntity.Prepare(candidate, withDisplay: true);
        return ScorePrepared(q, c, options, options.Explain);
    }

    /// <summary>Scores two entities that have no query/candidate roles (a row of a pairs file): the higher of both directions.</summary>
    /// <remarks>
    /// <see cref="Score"/> is asymmetric on purpose: parts the candidate has and the query lacks cost less, because a screening
    /// query is often a shorter form of a listed name. In a pairs file neither side is the query, so the shorter name may be on
    /// either side; the result (score and explanation) is that of the direction that scores higher, and is the same whichever
    /// order the two entities come in.
    /// </remarks>
    public static MatchResult ScorePair(MatchEntity a, MatchEntity b, MatchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        options ??= MatchOptions.Default;
        options.Validate();
        var pa = PreparedEntity.Prepare(a, withDisplay: true);
        var pb = PreparedEntity.Prepare(b, withDisplay: true);
        var forward = ScorePrepared(pa, pb, options, options.Explain);
        var backward = ScorePrepared(pb, pa, options, options.Explain);
        return backward.Score > forward.Score ? backward : forward;
    }

    /// <summary>Name-only similarity in [0,1] of a query name against a candidate name (asymmetric: extra candidate parts cost less).</summary>
    public static double NameSimilarity(string? query, string? candidate, EntitySchema schema = EntitySchema.Person)
    {
        var org = schema == EntitySchema.Organization;
        var q = NameForm.Create(query ?? "", org, false);
        var c = NameForm.Create(candidate ?? "", org, false);
        return NameComparer.Compare(q.Tokens, q.Roles, q.LegalForm, c.Tokens, c.Roles, c.LegalForm, org, null);
    }

    /// <summary>Symmetric name similarity: the larger of both directions of <see cref="NameSimilarity"/>.</summary>
    public static double SymmetricNameSimilarity(string? a, string? b, EntitySchema schema = EntitySchema.Person) =>
        Math.Max(NameSimilarity(a, b, schema), NameSimilarity(b, a, schema));

    internal static MatchResult ScorePrepared(PreparedEntity q, PreparedEntity c, MatchOptions options, bool explain)
    {
        // The query's reading decides, as in the index's rescoring (MatchIndex.Rescore), so both give a pair the same score.
        var org = q.IsOrganization;
        double best = 0;
        int bq = -1, bc = -1;
        for (int i = 0; i < q.Names.Length; i++)
        {
            for (int j = 0; j < c.Names.Length; j++)
            {
                var a = q.Names[i];
                var b = c.Names[j];
                var s = NameComparer.Compare(a.Tokens, a.Roles, a.LegalForm, b.Tokens, b.Roles, b.LegalForm, org, null) * WadeGiles.DiscountOf(a, b);
                if (s > best)
                {
                    best = s;
                    bq = i;
                    bc = j;
                }
            }
        }

        if (!EntitySchemas.Compatible(q.Schema, c.Schema))
        {
            best *= 0.5;
        }

        return Finish(q, c.Id, best, bq >= 0 ? q.Names[bq] : null, bc >= 0 ? c.Names[bc] : null, c.Birth, c.Sex, c.Countries, c.Documents, c.Phones, options, explain);
    }

    /// <summary>Adds fact evidence to a name score and builds the result (explanation only when asked).</summary>
    internal static MatchResult Finish(
        PreparedEntity q, string candidateId, double nameScore, NameForm? qName, NameForm? cName,
        int cBirth, byte cSex, string[] cCountries, string[] cDocs, string[] cPhones, MatchOptions options, bool explain)
    {
        var features = explain ? new List<FeatureContribution>(6) : null;
        var items = explain ? new List<ExplanationItem>(8) : null;
        if (explain && qName is not null && cName is not null)
        {
            Explainer.ExplainNames(qName, cName, items!);
        }

        var score = Combine(nameScore, q, cBirth, cSex, cCountries, cDocs, cPhones, features, items);
        var isMatch = score >= options.Threshold;
        if (options.Adjudications is { } adj)
        {
            if (adj.IsFalsePositive(q.Id, candidateId))
            {
                isMatch = false;
                items?.Add(Explainer.Item(ExplanationCodes.AdjudicatedFalsePositive, "previously adjudicated a false positive: not flagged"));
            }
            else if (adj.IsTrueMatch(q.Id, candidateId))
            {
                isMatch = true;
                items?.Add(Explainer.Item(ExplanationCodes.AdjudicatedTrueMatch, "previously adjudicated a true match"));
            }
        }

        return new MatchResult
        {
            CandidateId = candidateId,
            Score = score,
            IsMatch = isMatch,
            Features = features ?? (IReadOnlyList<FeatureContribution>)[],
            Items = items ?? (IReadOnlyList<ExplanationItem>)[],
            Explanation = items is null ? "" : string.Join("; ", items.Select(i => i.Text)),
        };
    }

    /// <summary>Combines the name score with fact qualifiers; optionally records features and explanation items.</summary>
    internal static double Combine(
        double nameScore, PreparedEntity q, int cBirth, byte cSex, string[] cCountries, string[] cDocs, string[] cPhones,
        List<FeatureContribution>? features, List<ExplanationItem>? items)
    {
        var score = nameScore;
        features?.Add(new FeatureContribution("name", nameScore, 1.0, nameScore));

        if (q.Birth != 0 && cBirth != 0)
        {
            var (level, rawDelta, value) = CompareDates(q.Birth, cBirth);
            var delta = Uplift(score, rawDelta);
            score += delta;
            features?.Add(new FeatureContribution("birthDate", value, 0.25, delta));
            if (items is not null)
            {
                var a = PartialDate.Unpack(q.Birth)!.Value.ToString();
                var b = PartialDate.Unpack(cBirth)!.Value.ToString();
                items.Add(level switch
                {
                    DateLevel.Exact => Explainer.Item(ExplanationCodes.DateExact, $"birth date equal ({a})", a),
                    DateLevel.Compatible => Explainer.Item(ExplanationCodes.DateCompatible, $"birth dates agree as far as known ({a} / {b})", a, b),
                    DateLevel.Swapped => Explainer.Item(ExplanationCodes.DateSwapped, $"birth date day and month swapped ({a} / {b})", a, b),
                    DateLevel.SameYear => Explainer.Item(ExplanationCodes.DateSameYear, $"birth year equal, month or day differ ({a} / {b})", a, b),
                    DateLevel.Near => Explainer.Item(ExplanationCodes.DateNear, $"birth years one apart ({a} / {b})", a, b),
                    _ => Explainer.Item(ExplanationCodes.DateMismatch, $"birth dates differ ({a} / {b})", a, b),
                });
            }
        }

        if (q.Sex != 0 && cSex != 0)
        {
            var differ = q.Sex != cSex;
            features?.Add(new FeatureContribution("sex", differ ? 0 : 1, 0.2, differ ? -0.2 : 0));
            if (differ)
            {
                score -= 0.2;
                items?.Add(Explainer.Item(ExplanationCodes.SexMismatch, $"sex differs ({SexCode(q.Sex)} / {SexCode(cSex)})", SexCode(q.Sex), SexCode(cSex)));
            }
        }

        if (q.Countries.Length > 0 && cCountries.Length > 0)
        {
            var shared = FirstShared(q.Countries, cCountries);
            var delta = shared is null ? -0.10 : Uplift(score, 0.02);
            score += delta;
            features?.Add(new FeatureContribution("nationality", shared is null ? 0 : 1, 0.1, delta));
            if (items is not null)
            {
                items.Add(shared is null
                    ? Explainer.Item(ExplanationCodes.NationalityMismatch, $"no nationality in common ({string.Join('/', q.Countries)} / {string.Join('/', cCountries)})", string.Join('/', q.Countries), string.Join('/', cCountries))
                    : Explainer.Item(ExplanationCodes.NationalityMatch, $"nationality shared ({shared})", shared));
            }
        }

        if (q.Documents.Length > 0 && cDocs.Length > 0)
        {
            var shared = FirstShared(q.Documents, cDocs);
            var before = Math.Clamp(score, 0, 1);
            var delta = shared is null ? -0.05 : (1 - before) * 0.7;
            score = before + delta;
            features?.Add(new FeatureContribution("document", shared is null ? 0 : 1, 0.7, delta));
            if (items is not null)
            {
                items.Add(shared is null
                    ? Explainer.Item(ExplanationCodes.DocumentMismatch, "document numbers differ")
                    : Explainer.Item(ExplanationCodes.DocumentMatch, $"document number shared ({shared})", shared));
            }
        }

        if (q.Phones.Length > 0 && cPhones.Length > 0)
        {
            var shared = FirstShared(q.Phones, cPhones);
            if (shared is not null)
            {
                var before = Math.Clamp(score, 0, 1);
                var delta = (1 - before) * 0.4;
                score = before + delta;
                features?.Add(new FeatureContribution("phone", 1, 0.4, delta));
                items?.Add(Explainer.Item(ExplanationCodes.PhoneMatch, $"phone number shared (…{shared})", shared));
            }
            else
            {
                features?.Add(new FeatureContribution("phone", 0, 0.4, 0));
            }
        }

        return Math.Clamp(score, 0, 1);
    }

    /// <summary>
    /// A fact's bonus, at most half of what separates the score from 1: 1.00 stays the mark of identical names, so a
    /// one-letter difference with an equal birth date reads 0.99 (it read 1.00, as if certain) and candidates that differ
    /// only in the name stay in order. Below 0.9 the bonus is whole, so no flag at the usual thresholds changes.
    /// </summary>
    private static double Uplift(double score, double delta) => delta <= 0 ? delta : Math.Min(delta, Math.Max(0, 1 - score) * 0.5);

    internal enum DateLevel
    {
        Exact,
        Compatible,
        Swapped,
        SameYear,
        Near,
        Mismatch,
    }

    /// <summary>Compares two packed partial dates: level, score delta and a similarity value in [0,1].</summary>
    internal static (DateLevel Level, double Delta, double Value) CompareDates(int a, int b)
    {
        int ya = a >> 9, ma = (a >> 5) & 15, da = a & 31;
        int yb = b >> 9, mb = (b >> 5) & 15, db = b & 31;
        if (ya == yb)
        {
            if (ma == 0 || mb == 0 || (ma == mb && (da == 0 || db == 0)))
            {
                return (DateLevel.Compatible, 0.02, 0.8);
            }

            if (ma == mb && da == db)
            {
                return (DateLevel.Exact, 0.05, 1);
            }

            if (da != 0 && db != 0 && ma == db && da == mb)
            {
                return (DateLevel.Swapped, -0.02, 0.7);
            }

            return (DateLevel.SameYear, -0.15, 0.5);
        }

        if (Math.Abs(ya - yb) == 1)
        {
            return ma != 0 && ma == mb && da == db ? (DateLevel.Near, -0.05, 0.5) : (DateLevel.Near, -0.20, 0.3);
        }

        return Math.Abs(ya - yb) <= 5 ? (DateLevel.Mismatch, -0.32, 0) : (DateLevel.Mismatch, -0.40, 0);
    }

    private static string SexCode(byte s) => s == 1 ? "M" : "F";

    private static string? FirstShared(string[] a, string[] b)
    {
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (string.Equals(x, y, StringComparison.Ordinal))
                {
                    return x;
                }
            }
        }

        return null;
    }

    internal static string Format(double v) => v.ToString("0.00", CultureInfo.InvariantCulture);
}

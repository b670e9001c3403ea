namespace Istmo.Matching;

/// <summary>Turns a name alignment into coded explanation items with default English text.</summary>
internal static class Explainer
{
    public static ExplanationItem Item(string code, string text, params string[] args) => new(code, args, text);

    public static void ExplainNames(NameForm q, NameForm c, List<ExplanationItem> items)
    {
        var alignment = new Alignment();
        NameComparer.Compare(q.Tokens, q.Roles, q.LegalForm, c.Tokens, c.Roles, c.LegalForm, q.IsOrganization, alignment);
        var edges = alignment.Edges.OrderBy(e => e.QStart).ToList();
        foreach (var e in edges)
        {
            var qs = Display(q, e.QStart, e.QLength);
            var cs = Display(c, e.CStart, e.CLength);
            items.Add(e.Kind switch
            {
                MatchKind.Exact when string.Equals(qs, cs, StringComparison.Ordinal) => Item(ExplanationCodes.NameExact, $"{qs}={cs}", qs, cs),
                MatchKind.Exact => Item(ExplanationCodes.NameFolded, $"{qs}≈{cs} exact after folding", qs, cs),
                MatchKind.Nickname => Item(ExplanationCodes.NameNickname, $"{qs}≈{cs} known nickname", qs, cs),
                MatchKind.Spelling => Item(ExplanationCodes.NameSpelling, $"{qs}≈{cs} known spelling variant", qs, cs),
                MatchKind.Initial => Item(ExplanationCodes.NameInitial, $"{qs}≈{cs} initial", qs, cs),
                MatchKind.Phonetic => Item(ExplanationCodes.NamePhonetic, $"{qs}≈{cs} sounds alike", qs, cs),
                MatchKind.Merged => Item(ExplanationCodes.NameMerged, $"{qs}≈{cs} joined or split", qs, cs),
                _ => Item(ExplanationCodes.NameFuzzy, $"{qs}≈{cs} similar ({Scorer.Format(e.Similarity)})", qs, cs, Scorer.Format(e.Similarity)),
            });
        }

        // Order: aligned candidate positions not increasing with query positions.
        var lastC = -1;
        var reordered = false;
        foreach (var e in edges)
        {
            if (e.CStart < lastC)
            {
                reordered = true;
            }

            lastC = e.CStart;
        }

        if (reordered)
        {
            items.Add(Item(ExplanationCodes.NameReordered, "name parts in a different order"));
        }

        for (int i = 0; i < q.Tokens.Length; i++)
        {
            if ((alignment.QueryMask & (1 << i)) == 0 && !q.Tokens[i].IsParticle)
            {
                var role = RoleName(q, i);
                var part = Display(q, i, 1);
                items.Add(Item(ExplanationCodes.NameQueryOnly, $"{role} {part} in query not found in candidate", part, role));
            }
        }

        for (int j = 0; j < c.Tokens.Length; j++)
        {
            if ((alignment.CandidateMask & (1 << j)) == 0 && !c.Tokens[j].IsParticle)
            {
                var role = RoleName(c, j);
                var part = Display(c, j, 1);
                items.Add(Item(ExplanationCodes.NameCandidateOnly, $"{role} {part} absent in query", part, role));
            }
        }

        ExplainNameRules(q, c, alignment, items);
        if (alignment.GivenConflict)
        {
            items.Add(Item(ExplanationCodes.NameGivenConflict, "given names differ"));
        }

        if (alignment.LegalFormMismatch)
        {
            items.Add(Item(ExplanationCodes.LegalFormMismatch, $"legal forms differ ({q.LegalForm} / {c.LegalForm})", q.LegalForm ?? "", c.LegalForm ?? ""));
        }

        if (alignment.NumberConflict)
        {
            // The numbers the comparer found left over on each side, not those the two names share.
            static string Left(NameForm f, int mask) =>
                string.Join(" ", f.Tokens.Where((t, k) => k < NameNormalizer.MaxTokens && (mask & (1 << k)) == 0 && NameComparer.IsNumber(t.Text)).Select(t => t.Text));
            var qn = Left(q, alignment.QueryMask);
            var cn = Left(c, alignment.CandidateMask);
            items.Add(Item(ExplanationCodes.NumberConflict, $"numbered apart ({qn} / {cn}): another organisation", qn, cn));
        }
    }

    /// <summary>Items for the name rules of NameVariants/LegalForms/NameAliases: extensions, generic words, dropped aliases.</summary>
    private static void ExplainNameRules(NameForm q, NameForm c, Alignment alignment, List<ExplanationItem> items)
    {
        for (int i = 0; i < q.Tokens.Length; i++)
        {
            for (int j = 0; j < c.Tokens.Length && (alignment.QueryMask & (1 << i)) == 0; j++)
            {
                if ((alignment.CandidateMask & (1 << j)) != 0)
                {
                    continue;
                }

                NameToken x = q.Tokens[i], y = c.Tokens[j];
                var a = Display(q, i, 1);
                var b = Display(c, j, 1);
                if (NameVariants.IsExtension(x.Text, y.Text))
                {
                    items.Add(Item(ExplanationCodes.NameExtension, $"{a} / {b}: one name extends the other (different names)", a, b));
                }
                else if (!x.IsParticle && !y.IsParticle && EditDistance.Similarity(x.Fold, y.Fold) >= NameComparer.Floor
                    && EditDistance.Operations(x.Fold, y.Fold, 3) >= 3 && EditDistance.Operations(x.Text, y.Text, 3) >= 3)
                {
                    items.Add(Item(ExplanationCodes.NameDifferent, $"{a} / {b}: alike but three or more letters differ (different names)", a, b));
                }
            }
        }

        if (q.IsOrganization && Acronyms.Matches(q.Tokens, q.LegalForm, c.Tokens, c.LegalForm))
        {
            items.Add(Item(ExplanationCodes.NameAcronym, $"{q.Original} / {c.Original}: acronym", q.Original, c.Original));
        }

        if (q.IsOrganization)
        {
            // Once per word as displayed: a generic word on both sides ("Group" / "Group") is one remark, not two.
            var said = new HashSet<string>(StringComparer.Ordinal);
            foreach (var f in new[] { q, c })
            {
                for (int k = 0; k < f.Tokens.Length; k++)
                {
                    if (f.Tokens[k].IsGeneric && said.Add(Display(f, k, 1)))
                    {
                        var w = Display(f, k, 1);
                        items.Add(Item(ExplanationCodes.NameGenericWord, $"{w} is a generic word (low weight)", w));
                    }
                }
            }
        }

        foreach (var f in new[] { q, c })
        {
            if (f.AliasDropped)
            {
                items.Add(Item(ExplanationCodes.NameAliasDropped, $"alias part set aside in \"{f.Original}\"", f.Original));
            }

            if (f.RomanisedFrom is { } from)
            {
                items.Add(Item(ExplanationCodes.NameWadeGiles, $"{from} read as Wade–Giles romanisation: {f.Original}", from, f.Original));
            }
        }
    }

    private static string RoleName(NameForm f, int i)
    {
        var role = f.Roles.Length > i ? f.Roles[i] : NameRole.Unknown;
        if (role == NameRole.Patronymic)
        {
            return "patronymic";
        }

        if (role == NameRole.Given)
        {
            return "given name";
        }

        if (role != NameRole.Family)
        {
            return "name part";
        }

        // The last family token of a two-surname name is the maternal surname.
        int families = 0, position = 0;
        for (int k = 0; k < f.Tokens.Length; k++)
        {
            if (f.Roles[k] == NameRole.Family && !f.Tokens[k].IsParticle)
            {
                families++;
                if (k <= i)
                {
                    position = families;
                }
            }
        }

        return families >= 2 && position == families ? "maternal surname" : families >= 2 && position == 1 ? "paternal surname" : "surname";
    }

    private static string Display(NameForm f, int start, int length)
    {
        var parts = new string[length];
        for (int k = 0; k < length; k++)
        {
            var i = start + k;
            parts[k] = f.Display is not null && i < f.Display.Count ? f.Display[i] : f.Tokens[i].Text.ToUpperInvariant();
        }

        return string.Join(' ', parts);
    }
}

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Istmo.Matching.Tests;

public class PropertyTests
{
    private static readonly string[] Parts = ["José", "María", "Rodríguez", "Pérez", "de", "la", "Cruz", "Zhang", "Wei", "Mohammed", "Al-Hassan", "Jean-Baptiste", "Ñúñez", "O'Neil", "Иван", "محمد", "李"];

    private static Arbitrary<string> NameLike() =>
        Gen.ArrayOf(Gen.Elements(Parts)).Select(a => string.Join(' ', a.Take(6))).ToArbitrary();

    [Property(MaxTest = 300)]
    public bool Normalize_AnyString_IsIdempotent(string? s)
    {
        var once = NameNormalizer.Normalize(s);
        return NameNormalizer.Normalize(once) == once;
    }

    [Property(MaxTest = 300)]
    public bool NameSimilarity_AnyStrings_InUnitIntervalAndNeverThrows(string? a, string? b)
    {
        var s = Scorer.NameSimilarity(a, b);
        var o = Scorer.NameSimilarity(a, b, EntitySchema.Organization);
        return s is >= 0 and <= 1 && o is >= 0 and <= 1;
    }

    [Property(MaxTest = 200)]
    public Property NameSimilarity_IdenticalNonEmptyNames_ScoreOne() =>
        Prop.ForAll(NameLike(), s => NameNormalizer.Tokenize(s).Count == 0 || Scorer.NameSimilarity(s, s) == 1.0);

    [Property(MaxTest = 200)]
    public Property SymmetricNameSimilarity_AnyNames_IsSymmetric() =>
        Prop.ForAll(NameLike(), NameLike(), (a, b) => Scorer.SymmetricNameSimilarity(a, b) == Scorer.SymmetricNameSimilarity(b, a));

    [Property(MaxTest = 200)]
    public Property ScorePair_AnyNames_IsSymmetricAndAtLeastEitherDirection() =>
        Prop.ForAll(NameLike(), NameLike(), (a, b) =>
        {
            var ea = new MatchEntity { Id = "a", Names = [a] };
            var eb = new MatchEntity { Id = "b", Names = [b] };
            if (NameNormalizer.Tokenize(a).Count == 0 || NameNormalizer.Tokenize(b).Count == 0)
            {
                return true;
            }

            var ab = Scorer.ScorePair(ea, eb).Score;
            return ab == Scorer.ScorePair(eb, ea).Score && ab >= Scorer.Score(ea, eb).Score && ab >= Scorer.Score(eb, ea).Score;
        });

    [Property(MaxTest = 200)]
    public Property NameSimilarity_SameTokensReordered_IsSymmetricAndHigh() =>
        Prop.ForAll(NameLike(), s =>
        {
            var tokens = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var reversed = string.Join(' ', tokens.Reverse());
            var ab = Scorer.NameSimilarity(s, reversed);
            var ba = Scorer.NameSimilarity(reversed, s);
            return NameNormalizer.Tokenize(s).Count == 0 || (Math.Abs(ab - ba) < 1e-9 && ab >= 0.95);
        });

    [Property(MaxTest = 200)]
    public bool Score_ArbitraryEntities_InUnitInterval(string? name1, string? name2, string? dob, string? sex)
    {
        var q = new MatchEntity { Id = "q", Names = [name1 ?? "", "Ana"], Sex = sex, BirthDate = PartialDate.TryParse(dob, out var d, out _) ? d : null };
        var c = new MatchEntity { Id = "c", Names = [name2 ?? "", "Ana"], Sex = sex };
        var r = Scorer.Score(q, c);
        return r.Score is >= 0 and <= 1;
    }

    [Property(MaxTest = 300)]
    public bool PartialDate_TryParse_NeverThrows(string? s) => PartialDate.TryParse(s, out _, out var e) || e is not null;
}

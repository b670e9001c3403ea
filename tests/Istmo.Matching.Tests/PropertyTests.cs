using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Istmo.Matching.Tests;

public class PropertyTests
{
    private static readonly string[] Parts = ["José", "María", "Rodríguez", "Pérez", "de", "la", "Cruz", "Zhang", "Wei", "Mohammed", "Al-Hassan", "Jean-Baptiste", "Ñúñez", "O'Neil", "Иван", "محمد", "李"];

    private static Arbitrary<string> NameLike() =>
        Gen.ArrayOf(Gen.Elements(Parts)).Select(a => string.Join(' ', a.Take(6))).ToArbitrary();

    // Han company names: random characters (with 第 and numerals among them), then maybe a type word or two.
    private static readonly string[] HanTails = ["", "有限公司", "股份有限公司", "集团", "集团有限公司", "公司", "有限責任公司", "株式会社"];

    private static Arbitrary<string> HanCompany() =>
        Gen.ArrayOf(Gen.Choose(0, 80)).SelectMany(
            codes => Gen.Elements(HanTails),
            (codes, tail) => string.Concat(codes.Take(60).Select(c => c < 10 ? "第三十一二〇五百九八"[c] : (char)(0x4E00 + (c * 97)))) + tail)
        .ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Normalize_HanCompanyNames_IdempotentBoundedAndEqualToThemselves() =>
        Prop.ForAll(HanCompany(), HanCompany(), (a, b) =>
        {
            var tokens = NameNormalizer.Tokenize(a);
            var once = NameNormalizer.Normalize(a);
            var ea = new MatchEntity { Id = "a", Names = [a], Schema = EntitySchema.Organization };
            var eb = new MatchEntity { Id = "b", Names = [b], Schema = EntitySchema.Organization };
            var empty = tokens.Count == 0 || NameNormalizer.Tokenize(b).Count == 0;
            return NameNormalizer.Normalize(once) == once
                && tokens.Count <= NameNormalizer.MaxTokens
                && tokens.All(t => t.Length <= NameNormalizer.MaxTokenLength && t.All(char.IsAsciiLetterOrDigit))
                && (empty || (Scorer.ScorePair(ea, ea).Score == 1.0
                    && Scorer.ScorePair(ea, eb).Score == Scorer.ScorePair(eb, ea).Score
                    && Scorer.ScorePair(ea, eb).Score is >= 0 and <= 1));
        });

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

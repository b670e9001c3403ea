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

    // Code points from the blocks names and hostile input come in: Latin, Greek, Cyrillic and its extensions, Hebrew, Arabic
    // and its presentation forms, Devanagari, Thai, Hangul jamo and syllables, CJK symbols, Kana, Han, enclosed and squared
    // CJK, half- and full-width forms, letter-like symbols and number forms, emoji, mathematical letters, Linear B.
    private static readonly (int From, int To)[] Blocks =
    [
        (0x20, 0x7E), (0xA0, 0x24F), (0x370, 0x3FF), (0x400, 0x52F), (0x590, 0x5FF), (0x600, 0x6FF), (0x900, 0x97F), (0xE00, 0xE7F),
        (0x1100, 0x11FF), (0x2000, 0x206F), (0x2100, 0x218F), (0x2460, 0x24FF), (0x2E80, 0x2FDF), (0x3000, 0x30FF), (0x3130, 0x318F),
        (0x3200, 0x33FF), (0x4E00, 0x9FFF), (0xAC00, 0xD7A3), (0xFB00, 0xFDFF), (0xFE00, 0xFE6F), (0xFF00, 0xFFEF), (0x1D400, 0x1D7FF),
        (0x10000, 0x1007F), (0x1F300, 0x1F6FF),
    ];

    private static Arbitrary<string> ManyScripts() =>
        Gen.ArrayOf(Gen.Elements(Blocks).SelectMany(b => Gen.Choose(b.From, b.To)).SelectMany(cp => Gen.Elements("", " "), (cp, gap) => char.ConvertFromUtf32(cp) + gap))
            .Select(parts => string.Concat(parts.Take(12)))
            .ToArbitrary();

    [Property(MaxTest = 1000)]
    public Property Normalize_AnyScript_GivesLatinTokensAndIsIdempotent() =>
        Prop.ForAll(ManyScripts(), s =>
        {
            // Half-width katakana, enclosed ideographs, Tajik ҳ and Linear B were kept as they were: tokens outside Latin, and
            // a second normalisation changed them again.
            var once = NameNormalizer.Normalize(s);
            return NameNormalizer.Tokenize(s).All(t => t.All(char.IsAsciiLetterOrDigit)) && NameNormalizer.Normalize(once) == once;
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

namespace Istmo.Matching;

/// <summary>Stable codes of explanation items; the UI localises by code and arguments.</summary>
public static class ExplanationCodes
{
    /// <summary>Tokens identical (args: query, candidate).</summary>
    public const string NameExact = "name.exact";

    /// <summary>Tokens equal after removing accents/case (args: query, candidate).</summary>
    public const string NameFolded = "name.folded";

    /// <summary>Known nickname (args: query, candidate).</summary>
    public const string NameNickname = "name.nickname";

    /// <summary>A name written in Wade–Giles read as pinyin (args: the name as written, its pinyin form): Mao Tse-tung as Mao Zedong.</summary>
    public const string NameWadeGiles = "name.wadeGiles";

    /// <summary>Known spelling or romanisation variant (args: query, candidate).</summary>
    public const string NameSpelling = "name.spelling";

    /// <summary>Initial matches a name (args: query, candidate).</summary>
    public const string NameInitial = "name.initial";

    /// <summary>Tokens sound alike (args: query, candidate).</summary>
    public const string NamePhonetic = "name.phonetic";

    /// <summary>Tokens similar by edit distance (args: query, candidate, similarity).</summary>
    public const string NameFuzzy = "name.fuzzy";

    /// <summary>Tokens joined or split (args: query, candidate).</summary>
    public const string NameMerged = "name.merged";

    /// <summary>Query part not found in candidate (args: part, role).</summary>
    public const string NameQueryOnly = "name.queryOnly";

    /// <summary>Candidate part absent in query (args: part, role).</summary>
    public const string NameCandidateOnly = "name.candidateOnly";

    /// <summary>Name parts aligned in a different order.</summary>
    public const string NameReordered = "name.reordered";

    /// <summary>Given names on both sides do not match.</summary>
    public const string NameGivenConflict = "name.givenConflict";

    /// <summary>Organisation legal forms differ (args: query form, candidate form).</summary>
    public const string LegalFormMismatch = "name.legalFormMismatch";

    /// <summary>Organisation names each keep a number the other lacks: numbered apart, another organisation (args: the query's
    /// numbers, the candidate's).</summary>
    public const string NumberConflict = "name.numberConflict";

    /// <summary>One name part extends the other (Smith/Smithson): a different name, not aligned (args: query part, candidate part).</summary>
    public const string NameExtension = "name.extension";

    /// <summary>Two name parts look alike but differ by three or more letters (Medvedev/Medvedchuk): different names, not aligned
    /// (args: query part, candidate part).</summary>
    public const string NameDifferent = "name.different";

    /// <summary>One organisation name is the acronym of the other (args: acronym side as written, other side as written).</summary>
    public const string NameAcronym = "name.acronym";

    /// <summary>A generic organisation word (Company, Group, Bank...) weighs little (args: word).</summary>
    public const string NameGenericWord = "name.genericWord";

    /// <summary>An alias or nickname part of a written name (quoted, bracketed, after "alias"/"a.k.a.") was set aside (args: name as written).</summary>
    public const string NameAliasDropped = "name.aliasDropped";

    /// <summary>Birth dates equal (args: date).
    public const string DateExact = "dob.exact";

    /// <summary>Birth dates agree as far as both are known (args: query, candidate).</summary>
    public const string DateCompatible = "dob.compatible";

    /// <summary>Day and month swapped (args: query, candidate).</summary>
    public const string DateSwapped = "dob.swapped";

    /// <summary>Same year, different month or day (args: query, candidate).</summary>
    public const string DateSameYear = "dob.sameYear";

    /// <summary>Years one apart (args: query, candidate).</summary>
    public const string DateNear = "dob.near";

    /// <summary>Birth dates differ (args: query, candidate).</summary>
    public const string DateMismatch = "dob.mismatch";

    /// <summary>Sex differs (args: query, candidate).</summary>
    public const string SexMismatch = "sex.mismatch";

    /// <summary>A nationality is shared (args: code).</summary>
    public const string NationalityMatch = "nationality.match";

    /// <summary>No nationality in common (args: query, candidate).</summary>
    public const string NationalityMismatch = "nationality.mismatch";

    /// <summary>A document number is shared (args: number).</summary>
    public const string DocumentMatch = "document.match";

    /// <summary>Both have document numbers, none shared.</summary>
    public const string DocumentMismatch = "document.mismatch";

    /// <summary>A phone number is shared (args: last digits).</summary>
    public const string PhoneMatch = "phone.match";

    /// <summary>The pair was adjudicated a false positive and is not flagged.</summary>
    public const string AdjudicatedFalsePositive = "adjudication.falsePositive";

    /// <summary>The pair was adjudicated a true match.</summary>
    public const string AdjudicatedTrueMatch = "adjudication.trueMatch";
}

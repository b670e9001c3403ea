namespace Istmo.Core.Access;

/// <summary>The institutions that use Istmo; a user belongs to exactly one.</summary>
public static class Agencies
{
    public const string Conatt = "CONATT";
    public const string Upavit = "UPAVIT";
    public const string PublicMinistry = "MP";
    public const string Police = "PNP";
    public const string Senafront = "SENAFRONT";
    public const string Senan = "SENAN";
    public const string Migration = "SNM";
    public const string Labour = "MITRADEL";
    public const string FinancialIntelligence = "UAF";
    public const string Security = "MINSEG";

    /// <summary>Every agency code, in display order.</summary>
    public static readonly IReadOnlyList<string> All =
        [Conatt, Upavit, PublicMinistry, Police, Senafront, Senan, Migration, Labour, FinancialIntelligence, Security];

    /// <summary>True when the code names a known agency.</summary>
    public static bool IsKnown(string? code) => code is not null && All.Contains(code, StringComparer.Ordinal);
}

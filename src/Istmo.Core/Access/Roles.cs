namespace Istmo.Core.Access;

/// <summary>Roles are about what a person does, independent of the agency they belong to.</summary>
public static class Roles
{
    /// <summary>Manages users, tokens and reads the audit log.</summary>
    public const string Administrator = "admin";

    /// <summary>Reads and edits the registry of people and organisations.</summary>
    public const string Analyst = "analyst";

    /// <summary>Reads the registry only.</summary>
    public const string Viewer = "viewer";

    /// <summary>Works victims' cases (CONATT, UPAVIT); holds the victims compartment.</summary>
    public const string VictimCaseworker = "victim-caseworker";

    /// <summary>Works intelligence (UAF, Ministry of Security); holds the intelligence compartment.</summary>
    public const string IntelligenceAnalyst = "intelligence-analyst";

    /// <summary>Reviews screening alerts and duplicate clusters.</summary>
    public const string ScreeningOfficer = "screening-officer";

    /// <summary>Every role, in display order.</summary>
    public static readonly IReadOnlyList<string> All =
        [Administrator, Analyst, Viewer, VictimCaseworker, IntelligenceAnalyst, ScreeningOfficer];
}

namespace Istmo.Core.Access;

/// <summary>
/// A compartment marks records whose reading endangers someone if it leaks. Only roles granted the compartment
/// may read such a record, and each read must state a purpose, which the audit chain keeps.
/// </summary>
public static class Compartments
{
    public const string Victims = "victims";
    public const string Intelligence = "intelligence";
    public const string Witnesses = "witnesses";

    /// <summary>Every compartment code.</summary>
    public static readonly IReadOnlyList<string> All = [Victims, Intelligence, Witnesses];

    /// <summary>Default grants; administrators may change them in the compartment_grants table.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> DefaultGrants = new Dictionary<string, string[]>
    {
        [Roles.VictimCaseworker] = [Victims, Witnesses],
        [Roles.IntelligenceAnalyst] = [Intelligence],
    };

    /// <summary>True when the code names a known compartment.</summary>
    public static bool IsKnown(string? code) => code is not null && All.Contains(code, StringComparer.Ordinal);
}

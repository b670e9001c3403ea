namespace Istmo.Matching;

/// <summary>
/// East Slavic patronymics (отчество) in their normalised Latin spelling: Sergeevich, Ivanovna, Oleksandrovych, Serhiivna,
/// Ilyich, Nikitichna. Russian, Ukrainian and Belarusian records write one between the given name and the surname (or after
/// both, surname first); without knowing it, a three-part name was read as given + paternal + maternal surname and the
/// patronymic explained as a surname.
/// </summary>
internal static class Patronymics
{
    // Regular endings: -ovich/-evich (Russian), -ovych/-evych (Ukrainian), -ovna/-evna, -ivna (Ukrainian feminine).
    private static readonly string[] Endings = ["ovich", "evich", "ovych", "evych", "ovna", "evna", "ivna"];

    // Names ending in -ich whose patronymic is short: Ilya → Ilyich / Ilyinichna, Nikita → Nikitich, Luka → Lukich, Foma,
    // Kuzma. Listed whole, since -ich alone also ends surnames and given names (Ilich Ramírez is a given name).
    private static readonly HashSet<string> Irregular = new(StringComparer.Ordinal)
    {
        "ilyich", "ilich", "iljich", "nikitich", "lukich", "fomich", "kuzmich",
        "ilyinichna", "ilinichna", "nikitichna", "lukinichna", "fominichna", "kuzminichna",
    };

    /// <summary>Whether a normalised person-name token is a patronymic: a listed short one, or six letters or more with a patronymic ending.</summary>
    public static bool Is(string token)
    {
        if (Irregular.Contains(token))
        {
            return true;
        }

        if (token.Length < 6)
        {
            return false;
        }

        foreach (var e in Endings)
        {
            if (token.EndsWith(e, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

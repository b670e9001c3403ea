namespace Istmo.Bench.Matching;

/// <summary>
/// The patronymic (отчество) formed from a father's given name, as every Russian and Ukrainian civil record carries it:
/// Сергей → Сергеевич / Сергеевна, Юрий → Юрьевич, Николай → Николаевич, Игорь → Игоревич, Илья → Ильич / Ильинична.
/// Two people of one name and surname are told apart by it when their fathers had other names.
/// </summary>
public static class RussianPatronymics
{
    // Names whose patronymic the endings below would get wrong.
    private static readonly Dictionary<string, (string Male, string Female)> Irregular = new(StringComparer.Ordinal)
    {
        ["Дмитрий"] = ("Дмитриевич", "Дмитриевна"),
        ["Павел"] = ("Павлович", "Павловна"),
        ["Петр"] = ("Петрович", "Петровна"),
        ["Пётр"] = ("Петрович", "Петровна"),
        ["Илья"] = ("Ильич", "Ильинична"),
        ["Никита"] = ("Никитич", "Никитична"),
        ["Микола"] = ("Миколайович", "Миколаївна"),
        ["Лев"] = ("Львович", "Львовна"),
        ["Михаил"] = ("Михайлович", "Михайловна"),
        ["Георгий"] = ("Георгиевич", "Георгиевна"),
        ["Лука"] = ("Лукич", "Лукинична"),
    };

    /// <summary>The Cyrillic patronymic of a child of <paramref name="father"/> (a Cyrillic given name).</summary>
    public static string Of(string father, bool female)
    {
        if (Irregular.TryGetValue(father, out var irregular))
        {
            return female ? irregular.Female : irregular.Male;
        }

        var (stem, suffix) = father switch
        {
            _ when father.EndsWith("ий", StringComparison.Ordinal) => (father[..^2], "ьев"),  // Юрий → Юрьевич
            _ when father.EndsWith('й') => (father[..^1], "ев"),                                // Сергей → Сергеевич, Николай → Николаевич
            _ when father.EndsWith('ь') => (father[..^1], "ев"),                                // Игорь → Игоревич
            _ => (father, "ов"),                                                                 // Иван → Иванович
        };
        return stem + suffix + (female ? "на" : "ич");
    }
}

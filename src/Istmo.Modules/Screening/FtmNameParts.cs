using Istmo.Matching;

namespace Istmo.Modules.Screening;

/// <summary>
/// A FollowTheMoney person's name parts (firstName, secondName, middleName, fatherName, lastName, motherName), read the
/// same way by the file reader and the match API. FtM titles <c>fatherName</c> "Patronymic": OpenSanctions writes there a
/// Russian or Ukrainian patronymic (Vladimirovich) or, for Arabic and South Asian names, the father's given name. Both
/// follow the given names (Ivan Sergeevich Petrov, Ahmed Mohammed Al-Hassan); a father's name stands as the surname only
/// when there is no <c>lastName</c> (many Afghans have no family name). It used to be read as the paternal surname
/// whenever <c>lastName</c> was missing, so "Ivan" + "Sergeevich" was a given name and a surname.
/// </summary>
public static class FtmNameParts
{
    /// <summary>The FtM properties read here.</summary>
    public static IReadOnlyList<string> Properties { get; } = ["firstName", "secondName", "middleName", "fatherName", "lastName", "motherName"];

    /// <summary>
    /// The given names (first, second, middle, then the patronymic or father's name), the paternal surnames and the maternal
    /// ones (<c>motherName</c>), from <paramref name="values"/>: a property's values, empty when it is missing.
    /// </summary>
    public static (IReadOnlyList<string> Given, IReadOnlyList<string> Paternal, IReadOnlyList<string> Maternal) Read(Func<string, IEnumerable<string>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        List<string> given = [.. values("firstName"), .. values("secondName"), .. values("middleName")];
        List<string> fathers = [.. values("fatherName")];
        List<string> last = [.. values("lastName")];
        List<string> maternal = [.. values("motherName")];
        if (last.Count == 0 && fathers.Count > 0 && !fathers.All(NameNormalizer.IsPatronymic))
        {
            return (given, fathers, maternal);
        }

        given.AddRange(fathers);
        return (given, last, maternal);
    }
}

using Istmo.Matching;

namespace Istmo.Modules.Screening;

/// <summary>
/// Where FollowTheMoney's <c>fatherName</c> goes among a person's name parts. FtM labels it "Patronymic": OpenSanctions
/// writes there a Russian or Ukrainian patronymic (Vladimirovich) or, for Arabic and South Asian names, the father's given
/// name. Both follow the given names (Ivan Sergeevich Petrov, Ahmed Mohammed Al-Hassan); a father's name stands as the
/// surname only when there is no <c>lastName</c> (many Afghans have no family name). It used to be read as the paternal
/// surname whenever <c>lastName</c> was missing, so "Ivan" + "Sergeevich" was a given name and a surname.
/// </summary>
public static class FtmNameParts
{
    /// <summary>The given names (first, second, middle, then the patronymic or father's name) and the surnames.</summary>
    public static (IReadOnlyList<string> Given, IReadOnlyList<string> Surnames) Split(IEnumerable<string> given, IEnumerable<string> fatherNames, IEnumerable<string> lastNames)
    {
        ArgumentNullException.ThrowIfNull(given);
        ArgumentNullException.ThrowIfNull(fatherNames);
        ArgumentNullException.ThrowIfNull(lastNames);
        List<string> g = [.. given];
        List<string> last = [.. lastNames];
        var fathers = fatherNames.ToList();
        if (last.Count == 0 && fathers.Count > 0 && !fathers.All(NameNormalizer.IsPatronymic))
        {
            return (g, fathers);
        }

        g.AddRange(fathers);
        return (g, last);
    }
}

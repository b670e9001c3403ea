namespace Istmo.Matching.Tests;

/// <summary>
/// East Slavic patronymics: a three-part Russian name is given name, patronymic, surname (or surname first), not given name
/// and two surnames. Half the records of a Russian or Ukrainian person carry no patronymic (passports in Latin letters print
/// none), and two people differ by it when their fathers did.
/// </summary>
public class PatronymicTests
{
    private static MatchEntity Person(string id, string name) => new() { Id = id, Names = [name] };

    private static double Score(string a, string b) => Scorer.Score(Person("q", a), Person("c", b)).Score;

    [Theory]
    [InlineData("sergeevich", true)]
    [InlineData("ivanovna", true)]
    [InlineData("iurevna", true)]
    [InlineData("oleksandrovych", true)]
    [InlineData("serhiivna", true)]
    [InlineData("ilyich", true)]
    [InlineData("nikitichna", true)]
    [InlineData("ilich", true)]
    [InlineData("ivan", false)]
    [InlineData("petrov", false)]
    [InlineData("divna", false)]
    [InlineData("rodriguez", false)]
    [InlineData("vich", false)]
    public void Is_RecognisesTheEndings(string token, bool expected) => Assert.Equal(expected, Patronymics.Is(token));

    [Theory]
    [InlineData("Sergeevich", true)]
    [InlineData("СЕРГЕЕВНА", true)]
    [InlineData(" Oleksandrovych ", true)]
    [InlineData("Mohammed", false)]
    [InlineData("Ivanovich Petrov", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsPatronymic_OneWordAsASourceWritesIt(string? word, bool expected) => Assert.Equal(expected, NameNormalizer.IsPatronymic(word));

    [Theory]
    [InlineData("Ivan Sergeevich Petrov", "GPF")]
    [InlineData("Petrov Ivan Sergeevich", "FGP")]
    [InlineData("Roman Arkadyevich Abramovich", "GPF")]
    [InlineData("Vladimir Ilyich Lenin", "GPF")]
    [InlineData("Abramovich Roman", "GF")]
    [InlineData("Ivan Sergeevich", "GP")]
    [InlineData("María López García", "GFF")]
    [InlineData("Ilich Ramírez Sánchez", "GFF")]
    [InlineData("José Luis Pérez García", "GGFF")]
    public void Roles_APatronymicClosesTheGivenNames(string name, string roles)
    {
        var parsed = ParsedName.Parse(name, organization: false, withDisplay: false);
        // G given name, P patronymic (a given name too), F surname.
        var written = string.Concat(parsed.Roles.Select(r => r == NameRole.Given ? 'G' : r == NameRole.Patronymic ? 'P' : r == NameRole.Family ? 'F' : '?'));
        Assert.Equal(roles, written);
    }

    [Fact]
    public void DroppedPatronymic_IsExplainedAsOne_AndCostsLikeADroppedSurname()
    {
        var r = Scorer.Score(Person("q", "Ivan Petrov"), Person("c", "Ivan Sergeevich Petrov"));

        Assert.Contains("patronymic SERGEEVICH absent in query", r.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("surname SERGEEVICH", r.Explanation, StringComparison.Ordinal);

        // Either way round, as a Latin passport (no patronymic) against a Russian record.
        Assert.True(Score("Ivan Sergeevich Petrov", "Ivan Petrov") >= 0.85);
        Assert.True(Score("Ivan Sergeevich Petrov", "PETROV, Ivan") >= 0.85);
        Assert.True(Score("Tatiana Iurevna Zakharova", "Tatiana Zakharova") >= 0.85);
    }

    [Fact]
    public void ASurnameInOvichWrittenFirst_IsNotExplainedAsAPatronymic()
    {
        var r = Scorer.Score(Person("q", "Abramovich Roman"), Person("c", "Roman"));

        Assert.DoesNotContain("patronymic", r.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void AnotherPatronymic_IsAnotherPerson()
    {
        var r = Scorer.Score(Person("q", "Ivan Sergeevich Petrov"), Person("c", "Ivan Nikolaevich Petrov"));

        Assert.False(r.IsMatch);
        Assert.Contains("patronymic NIKOLAEVICH absent in query", r.Explanation, StringComparison.Ordinal);
        Assert.True(Score("Anna Sergeevna Tarasova", "Anna Nikolaevna Tarasova") < 0.7);
    }

    [Theory]
    [InlineData("Ivan Sergeevich Petrov", "Петров Иван Сергеевич")]
    [InlineData("Oleksandr Andreevich Sidorov", "Сидоров Олександр Андреевич")]
    [InlineData("Iuliia Iurevna Iakovleva", "Юлия Юрьевна Яковлева")]
    public void CyrillicSurnameFirst_MatchesTheLatinOrder(string latin, string cyrillic) => Assert.Equal(1.0, Score(latin, cyrillic), 3);
}

using System.Globalization;
using System.Reflection;
using Istmo.Matching;
using Istmo.Modules.Screening;
using Istmo.Web.Components.Pages.Screening;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Istmo.IntegrationTests.Screening;

/// <summary>The alert page's explanations and feature names, and the watchlist page's import problems, come from the resources, in Spanish first.</summary>
public sealed class ScreeningTextTests
{
    private static readonly StringLocalizer<ScreeningText> S = new(new ResourceManagerStringLocalizerFactory(
        Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance));

    private static readonly string[] Codes = [.. typeof(ExplanationCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!)];

    private static T InCulture<T>(string culture, Func<T> f)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return f();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Theory]
    [InlineData("es-PA")]
    [InlineData("en")]
    public void EveryExplanationCode_HasAText_InBothLanguages(string culture)
    {
        Assert.True(Codes.Length >= 30, $"only {Codes.Length} codes found");
        var missing = InCulture(culture, () => Codes.Where(c => S["Explain." + c, "a", "b", "c"].ResourceNotFound).ToList());
        Assert.Empty(missing);
    }

    [Fact]
    public void EngineExplanation_RendersInSpanish_WithPartsRolesAndFeatures()
    {
        // A maternal surname absent on one side, a one-letter typo, birth date, sex and nationality: the items the alert page
        // showed in English before.
        var person = new MatchEntity { Id = "p", Names = ["Xiomara Quiel Vatista"], BirthDate = PartialDate.Parse("1980-05-04"), Sex = "F", Nationalities = ["PA"] };
        var entry = new MatchEntity { Id = "w", Names = ["Xiomara Quiel Batista Ríos"], BirthDate = PartialDate.Parse("1980-05-04"), Sex = "F", Nationalities = ["PA"] };
        var result = Scorer.Score(person, entry);
        var items = result.Items.Select(i => new ExplanationView(i.Code, i.Args, i.Text)).ToList();
        Assert.Contains(items, i => i.Code == ExplanationCodes.NameCandidateOnly);

        var spanish = InCulture("es-PA", () => items.Select(i => CodedText.Explanation(S, i)).ToList());
        var english = InCulture("en", () => items.Select(i => CodedText.Explanation(S, i)).ToList());
        Assert.Contains("fecha de nacimiento igual (1980-05-04)", spanish);
        Assert.Contains("nacionalidad compartida (PA)", spanish);
        Assert.Contains(spanish, t => t.StartsWith("apellido materno RÍOS", StringComparison.Ordinal) || t.StartsWith("apellido materno Ríos", StringComparison.Ordinal));
        Assert.DoesNotContain(spanish, t => t.Contains("birth", StringComparison.Ordinal) || t.Contains("surname", StringComparison.Ordinal) || t.Contains("sound", StringComparison.Ordinal));
        Assert.Contains("birth date equal (1980-05-04)", english);

        var features = InCulture("es-PA", () => result.Features.Select(f => CodedText.Feature(S, f.Name)).ToList());
        Assert.Equal(result.Features.Count, features.Count);
        Assert.Contains("Fecha de nacimiento", features);
        Assert.DoesNotContain(features, f => result.Features.Any(x => x.Name == f));
    }

    [Fact]
    public void EngineExplanation_NamesAPatronymicAsOne_InBothLanguages()
    {
        // A Russian record and a Latin passport without the patronymic: the part is a patronymic, not a surname.
        var result = Scorer.Score(new MatchEntity { Id = "p", Names = ["Ivan Petrov"] }, new MatchEntity { Id = "w", Names = ["Петров Иван Сергеевич"] });
        var items = result.Items.Select(i => new ExplanationView(i.Code, i.Args, i.Text)).ToList();

        var spanish = InCulture("es-PA", () => items.Select(i => CodedText.Explanation(S, i)).ToList());
        var english = InCulture("en", () => items.Select(i => CodedText.Explanation(S, i)).ToList());
        Assert.Contains(spanish, t => t.StartsWith("patronímico СЕРГЕЕВИЧ del candidato", StringComparison.Ordinal));
        Assert.DoesNotContain(spanish, t => t.Contains("apellido", StringComparison.Ordinal));
        Assert.Contains(english, t => t.StartsWith("the candidate's patronymic СЕРГЕЕВИЧ", StringComparison.Ordinal));
    }

    [Fact]
    public void UnknownCode_FallsBackToTheEnginesText()
    {
        var item = new ExplanationView("name.future", ["A", "B"], "A≈B some future rule");
        Assert.Equal("A≈B some future rule", InCulture("es-PA", () => CodedText.Explanation(S, item)));
    }

    [Theory]
    [InlineData("es-PA")]
    [InlineData("en")]
    public void EveryImportIssueCode_HasAText_InBothLanguages(string culture)
    {
        var codes = typeof(RecordIssueCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!).Where(c => c != RecordIssueCodes.Other).ToList();
        Assert.True(codes.Count >= 24, $"only {codes.Count} codes found");
        Assert.Empty(InCulture(culture, () => codes.Where(c => S["Issue." + c, "a", "b"].ResourceNotFound).ToList()));
    }

    [Fact]
    public void ImportProblems_CarryCodes_AndRenderInSpanish()
    {
        string[] ftm =
        [
            """{"id":"ok","schema":"Person","properties":{"name":["Xiomara Quiel Batista"],"birthDate":["1980-13-45"],"nationality":["PANAMA"]}}""",
            """{"id":"sin-nombre","schema":"Person","properties":{"name":[""],"passportNumber":["P123"]}}""",
            """{"id":"cortado","schema":"Person","properties":{"name":["Ana""",
            """[1, 2]""",
            """{"id":"sin-schema","properties":{"name":["Ana Ríos"]}}""",
            """{"id":"lista","schema":"Person","properties":{"name":"Ana Ríos"}}""",
            """{"id":"ok","schema":"Person","properties":{"name":["Otra Vez"]}}""",
        ];
        var read = RecordReaders.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', ftm))), RecordFormat.Ftm);
        var codes = read.Issues.Select(i => (i.Line, i.Code)).ToList();
        Assert.Equal(
            [
                (1, RecordIssueCodes.BirthDateInvalid), (1, RecordIssueCodes.NationalityInvalid), (2, RecordIssueCodes.NameEmpty), (3, RecordIssueCodes.JsonInvalid),
                (4, RecordIssueCodes.JsonNotObject), (5, RecordIssueCodes.FtmNoSchema), (6, RecordIssueCodes.FtmNotStringList), (7, RecordIssueCodes.IdDuplicate),
            ],
            codes);

        var spanish = InCulture("es-PA", () => read.Issues.Select(i => CodedText.Issue(S, i)).ToList());
        Assert.Equal("«1980-13-45» no es una fecha válida (AAAA-MM-DD, AAAA, DD/MM/AAAA o «29 de enero de 1956»); se ignoró la fecha", spanish[0]);
        Assert.Equal("«PANAMA» no es un código de país ISO 3166; se ignoró", spanish[1]);
        Assert.Equal("el nombre está vacío", spanish[2]);
        Assert.StartsWith("JSON no válido (byte ", spanish[3], StringComparison.Ordinal);
        Assert.Equal("id repetido; apareció antes en la línea 1", spanish[7]);
        Assert.DoesNotContain(spanish, t => t.Contains("the ", StringComparison.Ordinal) || t.Contains(" is ", StringComparison.Ordinal) || t.Contains("must", StringComparison.Ordinal));

        // The English page, the CLI and the API keep the importer's own English text.
        var english = InCulture("en", () => read.Issues.Select(i => CodedText.Issue(S, i)).ToList());
        Assert.Equal(read.Issues.Select(i => i.Message).ToList(), english);
    }

    [Fact]
    public void CsvDates_DayFirstUnlessTheFileSaysOtherwise_ProblemsCodedInBothLanguages()
    {
        // Panama writes the day first: 29/01/1956. A file whose dates can only be month first is read that way.
        static ReadResult Read(string csv) => RecordReaders.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv)), RecordFormat.Csv, ColumnMap.Default);
        var dayFirst = Read("id,name,dob\na,Ana Ríos,29/01/1956\nb,Ana Ríos,01/02/1956\nc,Ana Ríos,29 de enero de 1956\nd,Ana Ríos,01/13/1956\ne,Ana Ríos,29/01/56\n");
        Assert.Equal(["1956-01-29", "1956-02-01", "1956-01-29"], dayFirst.Records.Take(3).Select(r => r.BirthDate));
        Assert.Equal([(5, RecordIssueCodes.BirthDateNotAMonth), (6, RecordIssueCodes.BirthDateTwoDigitYear)], dayFirst.Issues.Select(i => (i.Line, i.Code)));
        Assert.Null(dayFirst.Records[3].BirthDate); // the record is kept, its date ignored

        var monthFirst = Read("id,name,dob\na,Ana Ríos,01/29/1956\nb,Ana Ríos,01/02/1956\nc,Ana Ríos,\"Jan 29, 1956\"\n");
        Assert.Equal(["1956-01-29", "1956-01-02", "1956-01-29"], monthFirst.Records.Select(r => r.BirthDate));
        Assert.Empty(monthFirst.Issues);

        // Read month first by choice, a first number above 12 is not a month, and the warning says which order was used.
        var chosen = RecordReaders.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes("id,name,dob\na,Ana Ríos,13/05/1956\n")), RecordFormat.Csv, ColumnMap.Default, dateOrder: DateOrder.MonthFirst);
        var notAMonth = Assert.Single(chosen.Issues);
        Assert.Equal(RecordIssueCodes.BirthDateNotAMonthMonthFirst, notAMonth.Code);
        Assert.Equal("«13/05/1956»: 13 no es un mes: las fechas del archivo se leen con el mes primero (01/29/1956); se ignoró la fecha", InCulture("es-PA", () => CodedText.Issue(S, notAMonth)));
        Assert.Equal(notAMonth.Message, InCulture("en", () => CodedText.Issue(S, notAMonth)));

        var spanish = InCulture("es-PA", () => dayFirst.Issues.Select(i => CodedText.Issue(S, i)).ToList());
        Assert.Equal("«01/13/1956»: 13 no es un mes: las fechas del archivo se leen con el día primero (29/01/1956); se ignoró la fecha", spanish[0]);
        Assert.Equal("«29/01/56»: un año de dos cifras puede ser de cualquier siglo: escriba el año completo (29/01/1956); se ignoró la fecha", spanish[1]);
        Assert.Equal(dayFirst.Issues.Select(i => i.Message).ToList(), InCulture("en", () => dayFirst.Issues.Select(i => CodedText.Issue(S, i)).ToList()));
    }

    [Theory]
    [InlineData("31/02/1956")] // no such day
    [InlineData("٢٩/٠١/١٩٥٦")] // Arabic-Indic digits: refused, not misread
    [InlineData("29 de brumario de 1956")]
    [InlineData("29//01/1956")]
    public void Date_OtherFormsThatAreNotDates_AProblemNotAnException(string raw)
    {
        var (date, problem) = RecordText.Date(raw);
        Assert.Null(date);
        Assert.False(string.IsNullOrWhiteSpace(problem));
    }

    [Fact]
    public void Date_TenThousandCharacters_AProblemNamingTheLength()
    {
        var (date, code, args, problem) = RecordText.DateChecked("29/01/1956" + new string('9', 10_000));
        Assert.Null(date);
        Assert.Equal(RecordIssueCodes.BirthDateInvalid, code);
        Assert.True(args[0].Length <= 41);
        Assert.Contains("too long", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id,name,dob\n1,Ana;Rios,1956\n", ',')]
    [InlineData("\"id, as written\";name;dob\n1;Ana, Ríos;1956\n", ';')] // commas inside quotes do not count
    [InlineData("id\tname\tdob\n", '\t')]
    [InlineData("id|name\n", '|')]
    [InlineData("name\n", ',')]
    [InlineData("", ',')]
    public void CsvSeparator_FromTheHeaderLine_StreamLeftWhereItWas(string text, char expected)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
        Assert.Equal(expected, CsvSeparator.Detect(stream));
        Assert.Equal(0, stream.Position);
    }

    [Fact]
    public void CsvProblems_CarryCodes()
    {
        var csv = "id,name,schema\n,Ana Ríos,Person\na1,Ana Ríos,Vessel\na2,---,Person\na3,\"Ana \"Ríos\",Person\na4,Ana,Person,extra\n";
        var read = RecordReaders.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv)), RecordFormat.Csv, ColumnMap.Default);
        Assert.Equal([RecordIssueCodes.IdEmpty, RecordIssueCodes.SchemaUnknown, RecordIssueCodes.NameNoLetters], read.Issues.Take(3).Select(i => i.Code));
        Assert.All(read.Issues, i => Assert.NotEqual(RecordIssueCodes.Other, i.Code));
        Assert.Equal(5, read.Issues.Count);
    }

    [Theory]
    [InlineData(1.0, "1.00")]
    [InlineData(0.9953, "0.99")]
    [InlineData(0.7, "0.70")]
    [InlineData(0.997, "0.99")]
    [InlineData(0.6999999999, "0.70")]
    [InlineData(0.7049, "0.70")]
    [InlineData(0.0, "0.00")]
    public void Score_RoundedDown_OneOnlyForOne(double score, string shown) => Assert.Equal(shown, Istmo.Web.Ui.Score(score));

    [Theory]
    [InlineData(0.9531, "+0.95")]
    [InlineData(0.005, "+0.01")]
    [InlineData(0.0049, "+<0.01")]
    [InlineData(-0.001, "-<0.01")]
    [InlineData(-0.2, "-0.20")]
    [InlineData(0.0, "0.00")]
    public void Contribution_SmallButNotZero_DoesNotReadZero(double value, string shown) => Assert.Equal(shown, Istmo.Web.Ui.Contribution(value));

    [Fact]
    public void Probability_RoundedDownToAWholePercent() =>
        Assert.Equal(["98 %", "99 %", "70 %"], InCulture("es-PA", () => new[] { 0.987, 0.99, 0.7 }.Select(Istmo.Web.Ui.Probability).ToArray()));

    [Fact]
    public void Probability_NeverReadsAsCertain()
    {
        Assert.Equal(["> 99 %", "> 99 %", "< 1 %", "< 1 %", "1 %"], InCulture("es-PA", () => new[] { 0.997, 1.0, 0.004, 0.0, 0.01 }.Select(Istmo.Web.Ui.Probability).ToArray()));
        Assert.All(InCulture("en", () => new[] { 1.0, 0.0 }.Select(Istmo.Web.Ui.Probability).ToArray()), p => Assert.Matches(@"^[<>] (99|1)\s?%$", p));
    }

    [Theory]
    [InlineData("es-PA")]
    [InlineData("en")]
    public void EveryResolverLevel_HasAText_InBothLanguages(string culture)
    {
        // Every level of every feature the resolver compares (a level added later, like the decade apart of a birth date,
        // needs its text), the prior, the name's frequency and the total: each names its weight in bits.
        List<StoredFactor> factors = [new(LinkFactor.Prior, 0, -13.3), new("name", LinkFactor.NotCompared, 0), new("name", LinkFactor.UnmatchedPart, 0)];
        foreach (var (name, levels) in EntityResolver.Features)
        {
            factors.AddRange(levels.Select((_, l) => new StoredFactor(name, l, 2.5, name == "name" ? 1.25 : 0)));
        }

        var views = LinkEvidence.Views(factors);
        Assert.Equal(factors.Count + EntityResolver.Features.Single(f => f.Name == "name").Levels.Length + 1, views.Count);
        var texts = InCulture(culture, () => views.Select(v => (v.Code, Text: S["Explain." + v.Code, [.. v.Args]])).ToList());
        Assert.All(texts, t => Assert.False(t.Text.ResourceNotFound, t.Code));
        Assert.All(texts.Where(t => t.Code is not "resolver.name.notCompared" and not "resolver.name.unmatchedPart"), t => Assert.Contains(" bits", t.Text.Value, StringComparison.Ordinal));
        // One decimal mark on the page: the weights are written with a point (as es-PA writes them), so are the levels.
        Assert.All(texts, t => Assert.DoesNotMatch(@"\d,\d", t.Text.Value));
        var worded = texts.Where(t => t.Code != "resolver.nameFrequency").ToList();
        Assert.Equal(worded.Count, worded.Select(t => t.Text.Value).Distinct().Count());
        Assert.Equal("resolver.total", texts[^1].Code);
    }

    [Fact]
    public void LinkEvidence_FactorsOfAnotherVersion_AreSkipped()
    {
        // Stored evidence outlives versions: a feature or level this version does not know is left out, not shown wrong.
        var views = LinkEvidence.Views([new(LinkFactor.Prior, 0, -10), new("retina", 1, 5), new("birthDate", 99, 5), new("sex", 1, 1)]);
        Assert.Equal(["resolver.prior", "resolver.sex.1", "resolver.total"], views.Select(v => v.Code));
        Assert.Equal("+1.0", views[^1].Args[0]); // the link's weight as it was: the unknown factors counted
    }

    [Theory]
    [InlineData("es-PA", "campo desconocido «fecha»")]
    [InlineData("en", "unknown field 'fecha'")]
    public void ColumnMap_UnknownField_NamedInTheReadersLanguage(string culture, string expected)
    {
        // The pages and the API give the reader's language; the CLI prints the English message.
        var ex = InCulture(culture, () => Assert.Throws<FileFormatException>(() => ColumnMap.Parse("id=uid,fecha=dob")));
        Assert.Contains(expected, ex.Localized, StringComparison.Ordinal);
        Assert.Contains("--map: unknown field 'fecha'", ex.Message, StringComparison.Ordinal);
        Assert.Equal(ex.Localized, FileFormatException.For(ex));
    }

    [Fact]
    public void RecordReaders_MappedColumnMissing_NamedInSpanish()
    {
        using var csv = new MemoryStream("uid,full_name\n1,Ana Ruiz\n"u8.ToArray());
        var ex = InCulture("es-PA", () => Assert.Throws<FileFormatException>(() => RecordReaders.Read(csv, RecordFormat.Csv, ColumnMap.Parse("id=uid,name=nombre"))));
        Assert.Contains("la columna «nombre» (para name) no está en el encabezado", ex.Localized, StringComparison.Ordinal);
        Assert.Contains("column 'nombre' (for name) is not in the header", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("unique_id,full_name,first_name,surname,dob,birth_place,postcode_fake,gender,occupation", "birth_place")]
    [InlineData("id,name,city,birth_place", "city")]
    [InlineData("id,nombre,lugar_de_nacimiento", "lugar_de_nacimiento")]
    public void ColumnMap_PlaceOfBirthWithoutAMapping_IsThePlaceCompared(string header, string place)
    {
        var columns = header.Split(',');
        var fields = ColumnMap.Default.Resolve(columns);
        Assert.Equal([Array.IndexOf(columns, place)], fields["city"]);
    }
}

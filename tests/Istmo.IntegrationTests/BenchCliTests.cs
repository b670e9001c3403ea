using Istmo.Cli;
using Istmo.IntegrationTests.Infrastructure;

namespace Istmo.IntegrationTests;

/// <summary>`istmo bench matching` runs the chosen sections only and rejects unknown ones (the numbers are not asserted: benchmarks are not timed tests).</summary>
public sealed class BenchCliTests
{
    [Fact]
    public async Task BenchMatching_Only_RunsJustTheNamedSections()
    {
        var result = await CliRunner.RunAsync("bench", "matching", "--size", "1000", "--queries", "20", "--only", "pairwise,resolution", "--resolution-size", "500");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("== Pairwise accuracy", result.Output, StringComparison.Ordinal);
        Assert.Contains("== Entity resolution of 500", result.Output, StringComparison.Ordinal);
        // Beside F1, the share of undated records that names cannot place (their person has a namesake), per culture.
        Assert.Matches(@"namesakes: [\d,]+ of [\d,]+ people \([\d.]+%\) share their whole name and sex with another; of [\d,]+ undated records .* by culture: [A-Z]{2} \d+%", result.Output);
        Assert.Matches(@"by culture of the people: [A-Z]{2} F1 [\d.]+ \(P [\d.]+ R [\d.]+\)", result.Output);
        Assert.DoesNotContain("== Index", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("== Batch", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BenchMatching_Batch_PrintsTheFirstPassAndTheSecondWithChecksums()
    {
        var result = await CliRunner.RunAsync("bench", "matching", "--size", "2000", "--only", "batch");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("== Batch screening 1,000 names against 2,000", result.Output, StringComparison.Ordinal);
        Assert.Contains("first pass (in a fresh process", result.Output, StringComparison.Ordinal);
        Assert.Contains("throughput (second pass, other names)", result.Output, StringComparison.Ordinal);
        Assert.Matches("results checksums [0-9a-f]{16} [0-9a-f]{16}", result.Output);
    }

    [Fact]
    public async Task BenchMatching_UnknownSection_IsAUsageErrorNamingIt()
    {
        var result = await CliRunner.RunAsync("bench", "matching", "--only", "speed");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("--only", result.Error, StringComparison.Ordinal);
        Assert.Contains("speed", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BenchResolve_LabelledFile_PrintsPairwiseScoresAgainstTheLabels()
    {
        // Two people of two records each, and one record the reader refuses (no name, no facts): its person's true pair
        // with record 5 is counted as missed, so recall is 2 of 3 pairs although the resolver joined both people right.
        var file = await LabelledFileAsync(
            "unique_id,first_name,surname,dob,person\n" +
            "1,María del Carmen,Batista Ortega,1984-07-09,a\n" +
            "2,Maria del Carmen,Batista,1984-07-09,a\n" +
            "3,Rubén Darío,Samaniego,1979-01-02,b\n" +
            "4,Ruben Dario,Samaniego Vega,1979-01-02,b\n" +
            "5,Isabel,Cedeño,1992-10-10,c\n" +
            "6,,,,c\n");

        var result = await CliRunner.RunAsync("bench", "resolve", "--input", file, "--truth", "person");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("== Entity resolution of labelled.csv: 5 records (1 more refused by the reader, counted alone), 3 labelled people", result.Output, StringComparison.Ordinal);
        Assert.Contains("P=1.0000 R=0.6667 F1=0.8000 (tp 2, fp 0, fn 1)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BenchResolve_MissingLabelColumnOrLabel_IsAnErrorNamingIt()
    {
        var file = await LabelledFileAsync("id,name,person\n1,Ana Pérez,a\n2,Ana Perez,\n");

        var noColumn = await CliRunner.RunAsync("bench", "resolve", "--input", file, "--truth", "cluster");
        var noLabel = await CliRunner.RunAsync("bench", "resolve", "--input", file, "--truth", "person");

        Assert.Equal(ExitCodes.InvalidInput, noColumn.ExitCode);
        Assert.Contains("No column 'cluster' for the labels (the header has: id, name, person)", noColumn.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.InvalidInput, noLabel.ExitCode);
        Assert.Contains("records without a value in column 'person': 1 (first: id 2)", noLabel.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BenchPairs_OpenSanctionsPairsForm_ScoresPeopleAndOrganisationsAndCountsTheRest()
    {
        // A surname-first alias and a transliteration that match, namesakes born years apart that do not, an organisation
        // with its legal form spelled out, a pair of another schema (not scored), an "unsure" pair and a broken line.
        var file = await PairsFileAsync(
            """{"left":{"id":"a1","schema":"Person","properties":{"name":["Rubén Darío Samaniego"],"birthDate":["1979-01-02"]}},"right":{"id":"a2","schema":"Person","properties":{"name":["SAMANIEGO, Ruben Dario"],"birthDate":["1979-01-02"]}},"judgement":"positive"}""",
            """{"left":{"id":"b1","schema":"Person","properties":{"name":["Александр Федотенков"]}},"right":{"id":"b2","schema":"Person","properties":{"name":["Aleksandr Fedotenkov"]}},"judgement":"positive"}""",
            """{"left":{"id":"c1","schema":"Person","properties":{"name":["José Pérez González"],"birthDate":["1950-03-04"]}},"right":{"id":"c2","schema":"Person","properties":{"name":["José Pérez González"],"birthDate":["1988-11-20"]}},"judgement":"negative"}""",
            """{"left":{"id":"d1","schema":"Company","properties":{"name":["Naviera del Istmo, Sociedad Anónima"]}},"right":{"id":"d2","schema":"Company","properties":{"name":["NAVIERA DEL ISTMO S.A."]}},"judgement":"positive"}""",
            """{"left":{"id":"e1","schema":"Occupancy","properties":{}},"right":{"id":"e2","schema":"Occupancy","properties":{}},"judgement":"positive"}""",
            """{"left":{"id":"f1","schema":"Person","properties":{"name":["Ana Ríos"]}},"right":{"id":"f2","schema":"Person","properties":{"name":["Ana Rios"]}},"judgement":"unsure"}""",
            """{"left":{"id":"g1","schema":"Person","properties":{"name":["Ana Ríos"]}},"judgement":"maybe"}""");

        var result = await CliRunner.RunAsync("bench", "pairs", "--input", file, "--mistakes", "5");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("pairs.jsonl: 4 pairs read; not scored: 1 unreadable, 1 unsure, other schemas (Occupancy 1)", result.Output, StringComparison.Ordinal);
        Assert.Contains("== Labelled pairs of pairs.jsonl: 4 pairs (3 matches)", result.Output, StringComparison.Ordinal);
        Assert.Contains("engine, every fact                at 0.70 P=1.0000 R=1.0000 F1=1.0000 (tp 3, fp 0, fn 0)", result.Output, StringComparison.Ordinal);
        // Without the birth dates the namesakes are a false match: the facts are what tell them apart.
        Assert.Contains("engine, names and aliases only    at 0.70 P=0.7500 R=1.0000 F1=0.8571 (tp 3, fp 1, fn 0)", result.Output, StringComparison.Ordinal);
        Assert.Contains("Organization      1 pairs: every fact P=1.0000 R=1.0000 F1=1.0000 (tp 1, fp 0, fn 0)", result.Output, StringComparison.Ordinal);
        Assert.Contains("line 7, field judgement: must be \"positive\", \"negative\" or \"unsure\"", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BenchPairs_NothingToScore_IsAnErrorAndAMissingSideNamesIt()
    {
        var file = await PairsFileAsync(
            """{"left":{"id":"x1","schema":"Person","properties":{"name":["Ana Ríos"]}},"judgement":"positive"}""",
            """not json""",
            """{"left":{"id":"y1","schema":"Person","properties":{"name":[""]}},"right":{"id":"y2","schema":"Person","properties":{"name":["Ana"]}},"judgement":"negative"}""");

        var result = await CliRunner.RunAsync("bench", "pairs", "--input", file);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("line 1, field right: missing: must be a FollowTheMoney entity object", result.Error, StringComparison.Ordinal);
        Assert.Contains("line 2, field json: not valid JSON", result.Error, StringComparison.Ordinal);
        Assert.Contains("line 3 (id y1), field left.properties.name: the name is empty", result.Error, StringComparison.Ordinal);
        Assert.Contains("error: pairs.jsonl: no pair of people or organisations to score.", result.Error, StringComparison.Ordinal);
    }

    /// <summary>Writes the lines to pairs.jsonl in a new temporary folder and returns its path.</summary>
    private static async Task<string> PairsFileAsync(params string[] lines)
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("istmo-bench-pairs-").FullName, "pairs.jsonl");
        await File.WriteAllLinesAsync(file, lines);
        return file;
    }

    /// <summary>Writes <paramref name="csv"/> to labelled.csv in a new temporary folder and returns its path.</summary>
    private static async Task<string> LabelledFileAsync(string csv)
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("istmo-bench-resolve-").FullName, "labelled.csv");
        await File.WriteAllTextAsync(file, csv);
        return file;
    }
}

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

    /// <summary>Writes <paramref name="csv"/> to labelled.csv in a new temporary folder and returns its path.</summary>
    private static async Task<string> LabelledFileAsync(string csv)
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("istmo-bench-resolve-").FullName, "labelled.csv");
        await File.WriteAllTextAsync(file, csv);
        return file;
    }
}

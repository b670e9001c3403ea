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
}

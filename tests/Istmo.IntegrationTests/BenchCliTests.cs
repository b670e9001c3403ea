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
    public async Task BenchMatching_UnknownSection_IsAUsageErrorNamingIt()
    {
        var result = await CliRunner.RunAsync("bench", "matching", "--only", "speed");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("--only", result.Error, StringComparison.Ordinal);
        Assert.Contains("speed", result.Error, StringComparison.Ordinal);
    }
}

using System.CommandLine;
using Istmo.Bench;
using Istmo.Hosting;

namespace Istmo.Cli;

internal static class BenchCommands
{
    public static Command Create()
    {
        var bench = new Command("bench", "Macro benchmarks; each prints its numbers against a baseline measured in the same run.");
        var people = new Option<int>("--people") { Description = "Demo people in the benchmark database (seeded on first run).", DefaultValueFactory = _ => 100_000 };
        var queries = new Option<int>("--queries") { Description = "Search queries to time.", DefaultValueFactory = _ => 2_000 };
        var registry = new Command("registry", "Cold start of `istmo serve` and registry search latency (in process and over HTTP) vs a substring-scan baseline. Uses data/bench/registry-N.db unless --database is given.") { people, queries };
        registry.SetAction(async (parse, ct) =>
        {
            var n = parse.GetValue(people);
            if (n < 1 || parse.GetValue(queries) < 1)
            {
                parse.InvocationConfiguration.Error.WriteLine("error: --people and --queries must be positive.");
                return ExitCodes.Usage;
            }

            var flag = parse.GetValue(CommonOptions.Database);
            var connection = flag ?? $"Data Source=data/bench/registry-{n}.db";
            return await RegistryBenchmark.RunAsync(DatabaseSettings.Resolve(connection), n, parse.GetValue(queries), parse.InvocationConfiguration.Output, ct);
        });
        bench.Subcommands.Add(registry);
        return bench;
    }
}

using System.CommandLine;
using Istmo.Bench;
using Istmo.Hosting;
using Istmo.Matching;
using Istmo.Modules.Screening;

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
        bench.Subcommands.Add(Matching());
        bench.Subcommands.Add(Resolve());
        bench.Subcommands.Add(Pairs());
        return bench;
    }

    private static Command Matching()
    {
        var size = new Option<int>("--size") { Description = "Watchlist names (the full run is 1,000,000).", DefaultValueFactory = _ => 100_000 };
        var queries = new Option<int>("--queries") { Description = "Screening queries for accuracy and latency.", DefaultValueFactory = _ => 2_000 };
        var quick = new Option<bool>("--quick") { Description = "10,000 names and small baseline sets: a run of seconds." };
        var seed = new Option<int>("--seed") { Description = "Generator seed (same seed, same data).", DefaultValueFactory = _ => 20261123 };
        var only = new Option<string[]>("--only") { Description = "Run only these sections: index, pairwise, screening, batch, resolution (repeat or comma-separate).", AllowMultipleArgumentsPerToken = true };
        var batch = new Option<int?>("--batch") { Description = "Queries in the batch-throughput run (default: size/10, at most 100,000)." };
        var resolutionSize = new Option<int?>("--resolution-size") { Description = "Records in the entity-resolution run (default: --size)." };
        var command = new Command("matching", "Matching engine accuracy (precision, recall, F1), latency, throughput, index build and memory, entity resolution, against FuzzySharp and Jaro-Winkler baselines run in the same process.") { size, queries, quick, seed, only, batch, resolutionSize };
        command.SetAction(parse =>
        {
            if (parse.GetValue(size) < 100 || parse.GetValue(queries) < 1)
            {
                parse.InvocationConfiguration.Error.WriteLine("error: --size must be at least 100 and --queries positive.");
                return ExitCodes.Usage;
            }

            var sections = new HashSet<Istmo.Bench.Matching.BenchSection>();
            foreach (var name in (parse.GetValue(only) ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
            {
                if (!Enum.TryParse<Istmo.Bench.Matching.BenchSection>(name, ignoreCase: true, out var section) || int.TryParse(name, out _))
                {
                    parse.InvocationConfiguration.Error.WriteLine($"error: --only: unknown section '{name}' (index, pairwise, screening, batch, resolution).");
                    return ExitCodes.Usage;
                }

                sections.Add(section);
            }

            if (parse.GetValue(batch) is < 1 || parse.GetValue(resolutionSize) is < 2)
            {
                parse.InvocationConfiguration.Error.WriteLine("error: --batch must be positive and --resolution-size at least 2.");
                return ExitCodes.Usage;
            }

            return Istmo.Bench.Matching.MatchingBenchmark.Run(
                new Istmo.Bench.Matching.MatchingBenchOptions
                {
                    Size = parse.GetValue(size),
                    Queries = parse.GetValue(queries),
                    Quick = parse.GetValue(quick),
                    Seed = parse.GetValue(seed),
                    Only = sections,
                    BatchQueries = parse.GetValue(batch),
                    ResolutionSize = parse.GetValue(resolutionSize),
                },
                parse.InvocationConfiguration.Output);
        });
        return command;
    }

    private static Command Resolve()
    {
        var input = new Option<FileInfo>("--input") { Description = "Labelled records: CSV with a column saying which records are the same person (e.g. Splink's fake_1000 'cluster', FEBRL's 'rec_id' stem).", Required = true };
        var truth = new Option<string>("--truth") { Description = "The column holding the known answer: records with the same value are the same person.", Required = true };
        var map = new Option<string?>("--map") { Description = "CSV column mapping as for `istmo resolve` (usual header names need no mapping)." };
        var threshold = new Option<double>("--threshold") { Description = "Match probability at or above which two records are joined.", DefaultValueFactory = _ => ResolutionService.DefaultThreshold };
        var dateOrder = CliInputs.DateOrderOption();
        var command = new Command("resolve", "Entity resolution on a labelled file, as `istmo resolve` runs it: time and pairwise precision, recall and F1 against the file's known answers (ISTMO_RESOLUTION_DIAG=1 adds where pairs are missed or made wrongly).")
        {
            input, truth, map, threshold, dateOrder,
        };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var file = parse.GetValue(input)!;
            if (!CliInputs.CheckThreshold(parse.GetValue(threshold), error))
            {
                return ExitCodes.Usage;
            }

            if (CliInputs.ReadFile(parse, file, "csv", parse.GetValue(map), out var read, namelessWithFacts: true, dateOrderText: parse.GetValue(dateOrder)) is { } failed)
            {
                return failed;
            }

            Dictionary<string, string> labels;
            try
            {
                using var stream = file.OpenRead();
                labels = LabelReader.Read(stream, ColumnMap.Parse(parse.GetValue(map)), parse.GetValue(truth)!);
            }
            catch (FormatException ex)
            {
                error.WriteLine($"error: {file.Name}: {ex.Message}");
                return ExitCodes.InvalidInput;
            }

            var records = read!.Records;
            var unlabelled = records.Where(r => !labels.ContainsKey(r.Id)).Select(r => r.Id).ToList();
            if (unlabelled.Count > 0)
            {
                error.WriteLine($"error: {file.Name}: records without a value in column '{parse.GetValue(truth)}': {unlabelled.Count:N0} (first: id {unlabelled[0]}); every record needs its label.");
                return ExitCodes.InvalidInput;
            }

            var resolved = new HashSet<string>(records.Select(r => r.Id), StringComparer.Ordinal);
            List<string> refused = [.. labels.Where(kv => !resolved.Contains(kv.Key)).Select(kv => kv.Value)];
            return Istmo.Bench.Matching.MatchingBenchmark.RunLabelled(file.Name, [.. records.Select(r => r.ToMatchEntity())], [.. records.Select(r => labels[r.Id])],
                refused, parse.GetValue(threshold), parse.InvocationConfiguration.Output);
        });
        return command;
    }

    private static Command Pairs()
    {
        var input = new Option<FileInfo>("--input") { Description = "Labelled pairs as JSON lines: {\"left\": FtM entity, \"right\": FtM entity, \"judgement\": \"positive\"|\"negative\"} (the form of OpenSanctions Pairs).", Required = true };
        var threshold = new Option<double>("--threshold") { Description = "Score at or above which a pair is a match.", DefaultValueFactory = _ => new MatchOptions().Threshold };
        var mistakes = new Option<int>("--mistakes") { Description = "List this many of the engine's mistakes, the most confident first.", DefaultValueFactory = _ => 0 };
        var command = new Command("pairs", "Accuracy on labelled entity pairs written elsewhere: the engine with every fact, with names only and with one name a side, and both baselines, against the file's judgements.")
        {
            input, threshold, mistakes,
        };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var file = parse.GetValue(input)!;
            if (!CliInputs.CheckThreshold(parse.GetValue(threshold), error) || !CliInputs.Exists(file, error))
            {
                return ExitCodes.Usage;
            }

            if (parse.GetValue(mistakes) < 0)
            {
                error.WriteLine("error: --mistakes must not be negative.");
                return ExitCodes.Usage;
            }

            PairFileResult read;
            using (var stream = file.OpenRead())
            {
                read = PairFileReader.Read(stream);
            }

            foreach (var issue in read.Issues.Take(20))
            {
                error.WriteLine($"warning: {file.Name}: {issue}");
            }

            if (read.Issues.Count > 20)
            {
                error.WriteLine($"warning: {file.Name}: {read.Issues.Count - 20:N0} more lines could not be read");
            }

            var output = parse.InvocationConfiguration.Output;
            if (read.Skipped.Count > 0 || read.Unsure > 0 || read.Issues.Count > 0)
            {
                var skipped = string.Join(", ", read.Skipped.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key} {kv.Value:N0}"));
                output.WriteLine($"{file.Name}: {read.Pairs.Count:N0} pairs read; not scored: {read.Issues.Count:N0} unreadable, {read.Unsure:N0} unsure{(skipped.Length > 0 ? ", other schemas (" + skipped + ")" : "")}");
            }

            if (read.Pairs.Count == 0)
            {
                error.WriteLine($"error: {file.Name}: no pair of people or organisations to score.");
                return ExitCodes.InvalidInput;
            }

            return Istmo.Bench.Matching.MatchingBenchmark.RunLabelledPairs(file.Name,
                [.. read.Pairs.Select(p => new Istmo.Bench.Matching.MatchingBenchmark.EntityPair(p.Left.ToMatchEntity(), p.Right.ToMatchEntity(), p.IsMatch))],
                parse.GetValue(threshold), parse.GetValue(mistakes), output);
        });
        return command;
    }
}

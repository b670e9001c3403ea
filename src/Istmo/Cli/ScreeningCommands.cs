using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using CsvHelper;
using Istmo.Core.Errors;
using Istmo.Matching;
using Istmo.Modules.Screening;
using Microsoft.Extensions.DependencyInjection;

namespace Istmo.Cli;

/// <summary>`istmo match pairs`, `istmo screen`, `istmo resolve` (files only, no database) and `istmo watchlist import|list`.</summary>
internal static class ScreeningCommands
{
    private const string BadRowsNote = " A malformed row is reported on standard error with its line and column; the run goes on and exits with 6 at the end.";

    /// <summary>The commands to add to the root.</summary>
    public static IEnumerable<Command> Create() => [Match(), Screen(), Resolve(), Watchlist()];

    private static Command Match()
    {
        var input = new Option<FileInfo>("--input") { Description = "CSV with columns name1,name2 and optional schema (Person|Organization|LegalEntity).", Required = true };
        var output = new Option<FileInfo>("--output") { Description = "CSV written: the input columns plus score and match.", Required = true };
        var threshold = new Option<double>("--threshold") { Description = "Score at or above which match is true.", DefaultValueFactory = _ => 0.70 };
        var pairs = new Command("pairs", "Scores pairs of names: input name1,name2[,schema]; output the same rows plus score and match." + BadRowsNote) { input, output, threshold };
        pairs.SetAction((parse, ct) => Guard(parse, () => MatchPairs(parse, parse.GetValue(input)!, parse.GetValue(output)!, parse.GetValue(threshold), ct)));
        var match = new Command("match", "Name matching on files (no database).");
        match.Subcommands.Add(pairs);
        return match;
    }

    private static int MatchPairs(ParseResult parse, FileInfo input, FileInfo output, double threshold, CancellationToken ct)
    {
        var error = parse.InvocationConfiguration.Error;
        if (!CliInputs.CheckThreshold(threshold, error) || !CliInputs.Exists(input, error))
        {
            return threshold is < 0 or > 1 ? ExitCodes.Usage : ExitCodes.NotFound;
        }

        var failures = 0;
        char separator;
        using (var peek = input.OpenRead())
        {
            separator = CsvSeparator.Detect(peek);
        }

        var options = CsvReaderOptions.Default with
        {
            Separator = separator,
            Mode = CsvMode.Rfc4180,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            OnMalformedRecord = m =>
            {
                failures++;
                error.WriteLine($"error: {input.Name}: line {m.LineNumber}: malformed row ({m.Reason}); skipped");
            },
        };
        using var reader = CsvReader.FromFile(input.FullName, options);
        var header = reader.Headers.ToArray();
        var n1 = Array.FindIndex(header, h => h.Trim().TrimStart('\uFEFF').Equals("name1", StringComparison.OrdinalIgnoreCase));
        var n2 = Array.FindIndex(header, h => h.Trim().Equals("name2", StringComparison.OrdinalIgnoreCase));
        var sc = Array.FindIndex(header, h => h.Trim().Equals("schema", StringComparison.OrdinalIgnoreCase));
        if (n1 < 0 || n2 < 0)
        {
            error.WriteLine($"error: {input.Name}: the header needs columns name1 and name2 (it has: {string.Join(", ", header)})");
            return ExitCodes.InvalidInput;
        }

        using var writer = CsvWriter.Create(File.Create(output.FullName), CsvWriterOptions.Default, leaveOpen: false);
        foreach (var h in header)
        {
            writer.WriteField(h);
        }

        writer.WriteField("score");
        writer.WriteField("match");
        writer.EndRecord();
        var stopwatch = Stopwatch.StartNew();
        var rows = 0;
        var options2 = new MatchOptions { Threshold = threshold, Explain = false };
        while (reader.Read())
        {
            ct.ThrowIfCancellationRequested();
            rows++;
            var values = Enumerable.Range(0, header.Length).Select(i => i < reader.FieldCount ? reader.GetString(i) ?? string.Empty : string.Empty).ToArray();
            foreach (var v in values)
            {
                writer.WriteField(v);
            }

            var line = reader.LineNumber;
            var a = RecordText.Clean(values[n1]);
            var b = RecordText.Clean(values[n2]);
            var schemaText = sc >= 0 ? RecordText.Clean(values[sc]) : null;
            EntitySchema? schema = schemaText is null ? EntitySchema.Person : EntitySchemas.TryParse(schemaText, out var parsed) ? parsed : null;
            var problem = schema is null ? ("schema", EntitySchemas.NotASchema(schemaText ?? ""))
                : RecordText.NameProblem(a, values[n1]) is { } p1 ? ("name1", p1)
                : RecordText.NameProblem(b, values[n2]) is { } p2 ? ("name2", p2)
                : default((string, string)?);
            if (problem is { } pr)
            {
                failures++;
                error.WriteLine($"error: {input.Name}: line {line}, column {pr.Item1}: {pr.Item2}; score left empty");
                writer.WriteField(string.Empty);
                writer.WriteField(string.Empty);
            }
            else
            {
                var r = Scorer.ScorePair(
                    new MatchEntity { Id = "1", Schema = schema!.Value, Names = [a!] },
                    new MatchEntity { Id = "2", Schema = schema.Value, Names = [b!] },
                    options2);
                writer.WriteField(r.Score.ToString("0.0000", CultureInfo.InvariantCulture));
                writer.WriteField(r.IsMatch ? "true" : "false");
            }

            writer.EndRecord();
            if (rows % 10_000 == 0)
            {
                error.WriteLine($"… {rows:N0} pairs ({rows / Math.Max(0.001, stopwatch.Elapsed.TotalSeconds):N0}/s)");
            }
        }

        error.WriteLine($"{rows:N0} pairs scored in {stopwatch.Elapsed.TotalSeconds:N1} s; {failures} problem(s).");
        return failures > 0 ? ExitCodes.InvalidInput : ExitCodes.Ok;
    }

    private static Command Screen()
    {
        var watchlist = new Option<FileInfo>("--watchlist") { Description = "Watchlist file: CSV or FollowTheMoney JSON lines (.json, .jsonl, .ndjson).", Required = true };
        var input = new Option<FileInfo>("--input") { Description = "People or organisations to screen: CSV or FtM JSON lines.", Required = true };
        var output = new Option<FileInfo>("--output") { Description = "CSV written: query_id, query_name, rank, candidate_id, candidate_name, score, match, explanation.", Required = true };
        var threshold = new Option<double>("--threshold") { Description = "Score at or above which match is true.", DefaultValueFactory = _ => 0.70 };
        var cutoff = new Option<double>("--cutoff") { Description = "Candidates below this score are not written.", DefaultValueFactory = _ => 0.50 };
        var limit = new Option<int>("--limit") { Description = "Best candidates written per query.", DefaultValueFactory = _ => 3 };
        var format = new Option<string?>("--format") { Description = "Format of --input when its extension does not say: csv or ftm." };
        var watchlistFormat = new Option<string?>("--watchlist-format") { Description = "Format of --watchlist when its extension does not say: csv or ftm." };
        var map = new Option<string?>("--map") { Description = "CSV column mapping of --input, e.g. id=uid,name=full_name,alias=aka,birth_date=dob,nationality=country,id_number=passport." };
        var watchlistMap = new Option<string?>("--watchlist-map") { Description = "CSV column mapping of --watchlist." };
        var dateOrder = CliInputs.DateOrderOption();
        var command = new Command("screen", "Screens a file of people or organisations against a watchlist file (no database). A query with no candidate above the cutoff gets one row with rank 0." + BadRowsNote)
        {
            watchlist, input, output, threshold, cutoff, limit, format, watchlistFormat, map, watchlistMap, dateOrder,
        };
        command.SetAction((parse, ct) => Guard(parse, () =>
        {
            var error = parse.InvocationConfiguration.Error;
            var t = parse.GetValue(threshold);
            var c = parse.GetValue(cutoff);
            var l = parse.GetValue(limit);
            if (!CliInputs.CheckThreshold(t, error) || !CliInputs.CheckThreshold(c, error) || l is < 1 or > 100)
            {
                if (l is < 1 or > 100)
                {
                    error.WriteLine("error: --limit must be between 1 and 100");
                }

                return ExitCodes.Usage;
            }

            var stopwatch = Stopwatch.StartNew();
            if (CliInputs.ReadFile(parse, parse.GetValue(watchlist)!, parse.GetValue(watchlistFormat), parse.GetValue(watchlistMap), out var list, dateOrderText: parse.GetValue(dateOrder)) is { } e1)
            {
                return e1;
            }

            if (CliInputs.ReadFile(parse, parse.GetValue(input)!, parse.GetValue(format), parse.GetValue(map), out var queries, dateOrderText: parse.GetValue(dateOrder)) is { } e2)
            {
                return e2;
            }

            var index = MatchIndex.Build(list!.Records.Select(r => r.ToMatchEntity()));
            foreach (var (id, reason) in index.Rejected)
            {
                error.WriteLine($"warning: watchlist record {id} not indexed: {reason}");
            }

            var byId = list.Records.ToDictionary(r => r.Id, StringComparer.Ordinal);
            error.WriteLine($"indexed {index.Count:N0} watchlist records in {stopwatch.Elapsed.TotalSeconds:N1} s");
            var options = new MatchOptions { Threshold = t, Cutoff = c, Limit = l, Candidates = Math.Max(50, l * 10) };
            using var writer = CsvWriter.Create(File.Create(parse.GetValue(output)!.FullName), CsvWriterOptions.Default with { Injection = CsvInjection.Escape }, leaveOpen: false);
            foreach (var h in new[] { "query_id", "query_name", "rank", "candidate_id", "candidate_name", "score", "match", "explanation" })
            {
                writer.WriteField(h);
            }

            writer.EndRecord();
            var screened = Stopwatch.StartNew();
            var all = queries!.Records;
            const int Chunk = 10_000;
            for (int start = 0; start < all.Count; start += Chunk)
            {
                ct.ThrowIfCancellationRequested();
                var slice = all.Skip(start).Take(Chunk).ToList();
                var results = index.SearchMany([.. slice.Select(q => q.ToMatchEntity())], options);
                for (int i = 0; i < slice.Count; i++)
                {
                    if (results[i].Count == 0)
                    {
                        Row(writer, slice[i].Id, slice[i].Caption, "0", string.Empty, string.Empty, string.Empty, "false", string.Empty);
                    }

                    for (int rank = 0; rank < results[i].Count; rank++)
                    {
                        var r = results[i][rank];
                        Row(writer, slice[i].Id, slice[i].Caption, (rank + 1).ToString(CultureInfo.InvariantCulture), r.CandidateId, byId[r.CandidateId].Caption,
                            r.Score.ToString("0.0000", CultureInfo.InvariantCulture), r.IsMatch ? "true" : "false", r.Explanation);
                    }
                }

                var done = Math.Min(all.Count, start + Chunk);
                if (all.Count > Chunk)
                {
                    error.WriteLine($"… {done:N0}/{all.Count:N0} ({100.0 * done / all.Count:N0}%, {done / Math.Max(0.001, screened.Elapsed.TotalSeconds):N0}/s)");
                }
            }

            error.WriteLine($"screened {all.Count:N0} records against {index.Count:N0} in {screened.Elapsed.TotalSeconds:N2} s ({all.Count / Math.Max(0.001, screened.Elapsed.TotalSeconds):N0}/s)");
            return list.ErrorCount + queries.ErrorCount > 0 ? ExitCodes.InvalidInput : ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Resolve()
    {
        var input = new Option<FileInfo>("--input") { Description = "Records to deduplicate: CSV or FtM JSON lines.", Required = true };
        var output = new Option<FileInfo>("--output") { Description = "CSV written: id,cluster_id for every record (a record alone is its own cluster).", Required = true };
        var map = new Option<string?>("--map") { Description = "CSV column mapping, e.g. id=unique_id,name=full_name,given_name=given,paternal_surname=surname,birth_date=dob,id_number=ssn,email=mail,phone=tel,address=street,city=town,postcode=zip (usual header names need no mapping)." };
        var format = new Option<string?>("--format") { Description = "csv or ftm when the extension does not say." };
        var threshold = new Option<double>("--threshold") { Description = "Match probability (Fellegi–Sunter, trained on the file) at or above which two records are joined.", DefaultValueFactory = _ => ResolutionService.DefaultThreshold };
        var linksFile = new Option<FileInfo?>("--links") { Description = "CSV also written: id_a,id_b,probability,explanation for every link that joined two records, so an analyst can see why." };
        var dateOrder = CliInputs.DateOrderOption();
        var command = new Command("resolve", "Entity resolution on a file (no database): groups records that are the same person or organisation." + BadRowsNote)
        {
            input, output, map, format, threshold, linksFile, dateOrder,
        };
        command.SetAction((parse, ct) => Guard(parse, () =>
        {
            var error = parse.InvocationConfiguration.Error;
            if (!CliInputs.CheckThreshold(parse.GetValue(threshold), error))
            {
                return ExitCodes.Usage;
            }

            var stopwatch = Stopwatch.StartNew();
            if (CliInputs.ReadFile(parse, parse.GetValue(input)!, parse.GetValue(format), parse.GetValue(map), out var read, namelessWithFacts: true, dateOrderText: parse.GetValue(dateOrder)) is { } e)
            {
                return e;
            }

            var records = read!.Records;
            List<MatchEntity> entities = [.. records.Select(r => r.ToMatchEntity())];
            var clusters = ResolutionService.Resolve(entities, parse.GetValue(threshold),
                new Progress<int>(n => error.WriteLine($"… {n:N0}/{records.Count:N0} resolved")), explain: parse.GetValue(linksFile) is not null);
            var clusterOf = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var c in clusters)
            {
                var id = c.Members.Min(StringComparer.Ordinal)!;
                foreach (var m in c.Members)
                {
                    clusterOf[m] = id;
                }
            }

            using var writer = CsvWriter.Create(File.Create(parse.GetValue(output)!.FullName), CsvWriterOptions.Default, leaveOpen: false);
            Row(writer, "id", "cluster_id");
            var written = new HashSet<string>(StringComparer.Ordinal);
            foreach (var r in records)
            {
                Row(writer, r.Id, clusterOf.GetValueOrDefault(r.Id, r.Id));
                written.Add(r.Id);
            }

            // A refused row with a readable id (e.g. no name) is still listed, alone, so that every id of the input has a
            // cluster; the error above names it and the exit code still reports invalid input.
            foreach (var issue in read.Issues.Where(i => i.IsError && i.RecordId is not null && !i.RecordId.EndsWith('…')))
            {
                if (written.Add(issue.RecordId!))
                {
                    Row(writer, issue.RecordId!, issue.RecordId!);
                }
            }

            if (parse.GetValue(linksFile) is { } linksPath)
            {
                WriteLinks(linksPath, clusters, entities);
            }

            error.WriteLine($"{records.Count:N0} records, {clusters.Count:N0} clusters of 2 or more, in {stopwatch.Elapsed.TotalSeconds:N1} s");
            return read.ErrorCount > 0 ? ExitCodes.InvalidInput : ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Watchlist()
    {
        var name = new Option<string>("--name") { Description = "Watchlist name (created on first import).", Required = true };
        var file = new Option<FileInfo>("--file") { Description = "CSV or FollowTheMoney JSON lines file.", Required = true };
        var format = new Option<string?>("--format") { Description = "csv or ftm when the extension does not say." };
        var map = new Option<string?>("--map") { Description = "CSV column mapping, e.g. id=uid,name=full_name,alias=aka,birth_date=dob,nationality=country,id_number=passport." };
        var description = new Option<string?>("--description") { Description = "What the list is." };
        var source = new Option<string?>("--source") { Description = "Who publishes it (URL or agency)." };
        var dateOrder = CliInputs.DateOrderOption();
        var import = new Command("import", "Imports a watchlist file idempotently (same file twice changes nothing; the version moves only on change)." + BadRowsNote)
        {
            name, file, format, map, description, source, dateOrder,
        };
        import.SetAction((parse, ct) => CliServices.OnReadyDatabaseAsync(parse, async (sp, output, error) =>
        {
            var path = parse.GetValue(file)!;
            if (!CliInputs.Exists(path, error))
            {
                return ExitCodes.NotFound;
            }

            var fmt = CliInputs.ResolveFormat(path, parse.GetValue(format), error);
            if (fmt is null || !CliInputs.TryDateOrder(parse.GetValue(dateOrder), error, out var order) || !CliInputs.TryColumnMap(parse.GetValue(map), error, out var columns))
            {
                return ExitCodes.Usage;
            }

            try
            {
                await using var stream = path.OpenRead();
                var result = await sp.GetRequiredService<WatchlistImporter>().ImportAsync(
                    parse.GetValue(name)!, stream, fmt.Value, columns, parse.GetValue(description), parse.GetValue(source), new Progress<string>(m => error.WriteLine("… " + m)), order, ct);
                foreach (var issue in result.Issues)
                {
                    error.WriteLine($"{(issue.IsError ? "error" : "warning")}: {path.Name}: {issue}");
                }

                output.WriteLine(result.Changed
                    ? $"Watchlist {result.Watchlist} now at version {result.ListVersion}: {result.Added:N0} added, {result.Updated:N0} updated, {result.Removed:N0} removed, {result.Unchanged:N0} unchanged; {result.Skipped:N0} skipped (other schemas); {result.Errors:N0} errors; {result.Elapsed.TotalSeconds:N1} s."
                    : $"Watchlist {result.Watchlist} unchanged at version {result.ListVersion}: {result.Unchanged:N0} records already up to date; {result.Errors:N0} errors; {result.Elapsed.TotalSeconds:N1} s.");
                if (result.RemovalsSkipped)
                {
                    error.WriteLine("warning: some lines could not be read, so no entry was marked removed; fix the file and import again.");
                }

                return result.Errors > 0 ? ExitCodes.InvalidInput : ExitCodes.Ok;
            }
            catch (ValidationFailedException ex)
            {
                foreach (var (field, messages) in ex.Errors)
                {
                    error.WriteLine($"error: {field}: {string.Join(" ", messages)}");
                }

                return ExitCodes.InvalidInput;
            }
        }));
        var list = new Command("list", "Lists watchlists (tab-separated): name, version, entries, updated, source.");
        list.SetAction((parse, ct) => CliServices.OnReadyDatabaseAsync(parse, async (sp, output, _) =>
        {
            output.WriteLine("name\tversion\tentries\tupdated\tsource");
            foreach (var w in await sp.GetRequiredService<WatchlistImporter>().ListAsync(ct))
            {
                output.WriteLine($"{w.Name}\t{w.ListVersion}\t{w.EntryCount}\t{w.UpdatedAt:yyyy-MM-ddTHH:mm:ssZ}\t{w.Source}");
            }

            return ExitCodes.Ok;
        }));
        var watchlist = new Command("watchlist", "Watchlists in the database: import, list.");
        watchlist.Subcommands.Add(import);
        watchlist.Subcommands.Add(list);
        return watchlist;
    }

    /// <summary>
    /// The links of <c>istmo resolve --links</c>: each pair that joined two records, its match probability, the names'
    /// alignment (the screening scorer's explanation; a record without a name is linked by its other facts) and the
    /// resolver's evidence (<see cref="ResolvedPair.Factors"/>, in English).
    /// </summary>
    private static void WriteLinks(FileInfo path, IReadOnlyList<ResolvedCluster> clusters, IEnumerable<MatchEntity> entities)
    {
        var byId = new Dictionary<string, MatchEntity>(StringComparer.Ordinal);
        foreach (var e in entities)
        {
            byId.TryAdd(e.Id, e);
        }

        using var writer = CsvWriter.Create(File.Create(path.FullName), CsvWriterOptions.Default, leaveOpen: false);
        Row(writer, "id_a", "id_b", "probability", "explanation");
        foreach (var (a, b, probability, factors) in clusters.SelectMany(c => c.Pairs))
        {
            // The names' alignment as screening explains it, then the resolver's own evidence: every feature it compared,
            // with its level and weight in bits (e-mail, city and the rest, which the alignment does not cover).
            var (x, y) = (byId[a], byId[b]);
            var names = x.Names.Count > 0 && y.Names.Count > 0
                ? Scorer.ScorePair(x, y).Explanation
                : "no name on one side: linked by birth date, documents and contact details";
            Row(writer, a, b, probability.ToString("0.0000", CultureInfo.InvariantCulture), names + " | " + string.Join(", ", factors));
        }
    }

    private static void Row(CsvWriter writer, params string[] values)
    {
        foreach (var v in values)
        {
            writer.WriteField(v);
        }

        writer.EndRecord();
    }

    private static Task<int> Guard(ParseResult parse, Func<int> body)
    {
        try
        {
            return Task.FromResult(body());
        }
        catch (FormatException ex)
        {
            parse.InvocationConfiguration.Error.WriteLine("error: " + ex.Message);
            return Task.FromResult(ExitCodes.InvalidInput);
        }
        catch (IOException ex)
        {
            parse.InvocationConfiguration.Error.WriteLine("error: " + ex.Message);
            return Task.FromResult(ExitCodes.Failure);
        }
    }
}

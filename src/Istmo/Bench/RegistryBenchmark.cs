using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using Istmo.Core.Access;
using Istmo.Core.Text;
using Istmo.Data;
using Istmo.Hosting;
using Istmo.Modules.Access;
using Istmo.Modules.Demo;
using Istmo.Modules.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Istmo.Bench;

/// <summary>
/// `istmo bench registry`: cold start of the server and search latency over N demo people, against a baseline
/// measured in the same run (a plain substring scan of the folded search text, what one writes without an index).
/// </summary>
public static class RegistryBenchmark
{
    public static async Task<int> RunAsync(string connection, int people, int queries, TextWriter output, CancellationToken ct)
    {
        output.WriteLine($"# istmo bench registry — {people:N0} people, {queries:N0} queries, database {DatabaseSettings.Describe(connection)}");
        output.WriteLine($"# machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:u}");
        await using var services = Cli.CliServices.Build(connection);
        await PlatformServices.MigrateAsync(services, ct);
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IstmoDbContext>();
            var existing = await db.People.CountAsync(ct);
            if (existing == 0)
            {
                var seeded = await new DemoSeeder(db).SeedAsync(people, DemoDataGenerator.DefaultSeed, null, ct);
                output.WriteLine($"seed:        {seeded.Message}");
            }
            else if (existing != people)
            {
                output.WriteLine($"note: the database already holds {existing:N0} people; measuring on those.");
            }
        }

        var sample = await SampleQueriesAsync(services, queries, ct);
        var secret = await EnsureBenchTokenAsync(services, ct);
        var coldStart = await ColdStartAsync(connection, output, secret, sample, ct);

        await using var searchScope = services.CreateAsyncScope();
        var search = searchScope.ServiceProvider.GetRequiredService<RegistrySearch>();
        var context = searchScope.ServiceProvider.GetRequiredService<IstmoDbContext>();
        using var acting = ScopedActor.Use(Actor.System);

        // Warm both paths once so the first query's JIT and page-cache cost is not counted in either.
        await search.SearchAsync(sample[0], null, 50, ct);
        await BaselineAsync(context, sample[0], ct);
        var indexed = await LatencyStats.MeasureAsync(sample, q => search.SearchAsync(q, null, 50, ct));
        var baselineSample = sample.Take(Math.Min(sample.Count, 200)).ToList();
        var baseline = await LatencyStats.MeasureAsync(baselineSample, q => BaselineAsync(context, q, ct));

        output.WriteLine();
        output.WriteLine($"cold start (process start → /health/ready):  {coldStart.Ready.TotalMilliseconds,8:F0} ms");
        output.WriteLine($"first search over HTTP after ready:           {coldStart.FirstSearch.TotalMilliseconds,8:F0} ms");
        output.WriteLine($"HTTP search (token, warm):                    {coldStart.Http}");
        output.WriteLine($"search, token index (in process):             {indexed}");
        output.WriteLine($"baseline, substring scan of search text:      {baseline}" + (baselineSample.Count < sample.Count ? $"  [first {baselineSample.Count} queries]" : string.Empty));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"speed-up at p50: {baseline.P50 / indexed.P50:F1}x, at p99: {baseline.P99 / indexed.P99:F1}x"));
        return Cli.ExitCodes.Ok;
    }

    /// <summary>Queries as officials type them: lower case, no accents, sometimes a prefix, from real names in the data.</summary>
    private static async Task<List<string>> SampleQueriesAsync(IServiceProvider services, int count, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IstmoDbContext>();
        var total = await db.People.CountAsync(ct);
        var step = Math.Max(1, total / Math.Max(1, count));
        var names = await db.People.AsNoTracking().OrderBy(p => p.Id).Where((p) => p.Compartment == null)
            .Select(p => new { p.GivenNames, p.PaternalSurname, p.MaternalSurname }).Take(count * step).ToListAsync(ct);
        var random = new Random(7);
        var queries = new List<string>(count);
        for (var i = 0; i < names.Count && queries.Count < count; i += step)
        {
            var n = names[i];
            var given = TextFolding.Tokens(n.GivenNames).FirstOrDefault() ?? "maria";
            var paternal = TextFolding.Fold(n.PaternalSurname);
            queries.Add((i % 3) switch
            {
                0 => $"{given} {paternal}",
                1 => $"{given} {paternal[..Math.Min(paternal.Length, 4)]}",
                _ => $"{paternal} {TextFolding.Fold(n.MaternalSurname)}".Trim(),
            });
        }

        return queries.Count == 0 ? ["maria"] : queries.OrderBy(_ => random.Next()).ToList();
    }

    private static async Task BaselineAsync(IstmoDbContext db, string query, CancellationToken ct)
    {
        var filtered = db.Entities.AsNoTracking().Where(e => e.MergedIntoId == null);
        foreach (var token in TextFolding.Tokens(query))
        {
            filtered = filtered.Where(e => e.SearchText.Contains(token));
        }

        await filtered.OrderBy(e => e.DisplayName).Select(e => new { e.Id, e.DisplayName }).Take(51).ToListAsync(ct);
    }

    private static async Task<string> EnsureBenchTokenAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserAdminService>();
        var existing = (await users.ListAsync(ct)).FirstOrDefault(u => u.UserName == "bench");
        var id = existing?.Id ?? (await users.AddAsync("bench", "Benchmark", Agencies.Security, Cli.UserCommands.GeneratePassword(), [Roles.Viewer], ct)).Id;
        return (await scope.ServiceProvider.GetRequiredService<ApiTokenService>().CreateAsync(id, "bench", [Policies.RegistryRead], DateTime.UtcNow.AddHours(1), ct)).Secret;
    }

    private sealed record ColdStartResult(TimeSpan Ready, TimeSpan FirstSearch, LatencyStats Http);

    /// <summary>Starts `istmo serve` as a new process and times it until ready, then times searches over HTTP.</summary>
    private static async Task<ColdStartResult> ColdStartAsync(string connection, TextWriter output, string secret, List<string> sample, CancellationToken ct)
    {
        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        var info = SelfStartInfo();
        foreach (var arg in new[] { "serve", "--urls", url, "--database", connection })
        {
            info.ArgumentList.Add(arg);
        }

        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        var started = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
        try
        {
            while (true)
            {
                ct.ThrowIfCancellationRequested();
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"istmo serve exited with {process.ExitCode} before it was ready");
                }

                try
                {
                    if ((await client.GetAsync("/health/ready", ct)).IsSuccessStatusCode)
                    {
                        break;
                    }
                }
                catch (HttpRequestException)
                {
                }

                await Task.Delay(20, ct);
            }

            var ready = started.Elapsed;
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
            var first = Stopwatch.StartNew();
            (await client.GetAsync("/api/v1/registry/search?q=" + Uri.EscapeDataString(sample[0]), ct)).EnsureSuccessStatusCode();
            var firstSearch = first.Elapsed;
            var http = await LatencyStats.MeasureAsync(sample.Take(500).ToList(), async q =>
                (await client.GetAsync("/api/v1/registry/search?q=" + Uri.EscapeDataString(q), ct)).EnsureSuccessStatusCode());
            return new ColdStartResult(ready, firstSearch, http);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }
    }

    /// <summary>How to start this same program again: the apphost directly, or `dotnet istmo.dll`.</summary>
    private static ProcessStartInfo SelfStartInfo()
    {
        var processPath = Environment.ProcessPath ?? "dotnet";
        if (Path.GetFileNameWithoutExtension(processPath) == "dotnet")
        {
            var info = new ProcessStartInfo(processPath) { UseShellExecute = false };
            info.ArgumentList.Add(typeof(RegistryBenchmark).Assembly.Location);
            return info;
        }

        return new ProcessStartInfo(processPath) { UseShellExecute = false };
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}

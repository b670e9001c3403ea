using System.Net;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Istmo.Cli;
using Istmo.Core.Access;
using Istmo.Data;
using Istmo.Data.Screening;
using Istmo.IntegrationTests.Infrastructure;
using Istmo.Matching;
using Istmo.Modules.Access;
using Istmo.Modules.Registry;
using Istmo.Modules.Screening;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Istmo.IntegrationTests.Screening;

public sealed class ScreeningTests
{
    private static readonly string[] OfficerRoles = [Roles.ScreeningOfficer];

    private static readonly string[] ScreeningScopes = [Policies.ScreeningRead, Policies.ScreeningWrite];

    private static readonly Actor Officer = new(Guid.NewGuid(), "olga.oficial", Agencies.Police, new HashSet<string> { Roles.Administrator, Roles.ScreeningOfficer }, new HashSet<string>());

    public static TheoryData<string> Engines => TestDatabase.Engines();

    internal static string DataFile(string name, [CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "Data", name);

    private const string WatchlistMap = "id=uid,name=full_name,alias=aka,birth_date=dob,nationality=country,id_number=passport,schema=type";

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task ImportFtm_SameFileTwice_SecondChangesNothingAndBadLinesAreNamed(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await using var platform = Platform.For(db, Officer);

        var first = await platform.InScope(sp => Import(sp, "sanciones", "sanctions.ftm.jsonl", RecordFormat.Ftm));
        var second = await platform.InScope(sp => Import(sp, "sanciones", "sanctions.ftm.jsonl", RecordFormat.Ftm));

        Assert.True(first.Changed);
        Assert.Equal(1, first.ListVersion);
        Assert.Equal(6, first.Added);
        Assert.Equal(1, first.Skipped);
        Assert.Contains(first.Issues, i => i.Line == 7 && i.Field == "json" && i.IsError);
        Assert.Contains(first.Issues, i => i.Line == 8 && i.Field == "properties.name" && i.RecordId == "NK-noName000000000000000001");
        Assert.Contains(first.Issues, i => i.Line == 6 && i.Field == "properties.birthDate" && !i.IsError);
        Assert.False(second.Changed);
        Assert.Equal(1, second.ListVersion);
        Assert.Equal(6, second.Unchanged);
        await using var context = db.NewContext();
        Assert.Equal(6, await context.WatchlistEntries.CountAsync());
        var company = await context.WatchlistEntries.SingleAsync(e => e.SourceId == "NK-7pQe2WmZrXc4Vb9Ny1Tg6H");
        Assert.Equal("Organization", company.Schema);
        Assert.Contains("155698765", company.DocumentNumbers);
        var carlos = await context.WatchlistEntries.SingleAsync(e => e.SourceId == "NK-2Q8mbLzXy5dUu2kTzH9VcQ");
        Assert.Equal(["Carlos Alberto Mendoza Rivas", "El Flaco", "Carlos Mendosa"], carlos.Names);
        Assert.Equal("1975-03-14", carlos.BirthDate);
        Assert.Equal(1, await context.AuditEntries.CountAsync(a => a.EntityType == "Watchlist" && a.Action == "import"));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task ImportCsv_ChangedAndRemovedRecords_BumpVersionOnceAndMarkRemoved(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await using var platform = Platform.For(db, Officer);
        var v1 = "uid,full_name,dob\nA1,Rosa Elena Batista Ortega,1970\nA2,Héctor Julio Samaniego,1966-05\nA3,Inés Cedeño,1990\n";
        var v2 = "uid,full_name,dob\nA1,Rosa Elena Batista Ortega,1970-02\nA2,Héctor Julio Samaniego,1966-05\nA4,Tomás Vergara,1988\n";

        var r1 = await platform.InScope(sp => ImportText(sp, "lista", v1));
        var r2 = await platform.InScope(sp => ImportText(sp, "lista", v2));
        var r3 = await platform.InScope(sp => ImportText(sp, "lista", v2));

        Assert.Equal((1, 3), (r1.ListVersion, r1.Added));
        Assert.Equal((2, 1, 1, 1, 1), (r2.ListVersion, r2.Added, r2.Updated, r2.Removed, r2.Unchanged));
        Assert.False(r3.Changed);
        await using var context = db.NewContext();
        var entries = await context.WatchlistEntries.OrderBy(e => e.SourceId).ToListAsync();
        Assert.Equal(["A1", "A2", "A3", "A4"], entries.Select(e => e.SourceId));
        Assert.True(entries[2].Removed);
        Assert.Equal((1, 2), (entries[1].FirstSeenVersion, entries[1].LastSeenVersion));
        Assert.Equal(1, entries[2].LastSeenVersion);
        Assert.Equal(3, (await context.Watchlists.SingleAsync()).EntryCount);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task ImportCsv_MalformedRows_AreReportedByLineAndColumnAndTheRestImports(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await using var platform = Platform.For(db, Officer);

        var result = await platform.InScope(async sp =>
        {
            await using var file = File.OpenRead(DataFile("watchlist.csv"));
            return await sp.GetRequiredService<WatchlistImporter>().ImportAsync("csv", file, RecordFormat.Csv, ColumnMap.Parse(WatchlistMap));
        });

        Assert.Equal(4, result.Added);
        Assert.Contains(result.Issues, i => i.Line == 4 && i.Field == "row" && i.IsError);
        Assert.Contains(result.Issues, i => i.Line == 5 && i.Field == "full_name" && i.RecordId == "W4");
        Assert.Contains(result.Issues, i => i.Line == 6 && i.Field == "dob" && !i.IsError);
        Assert.Contains(result.Issues, i => i.Line == 8 && i.Field == "row");
        Assert.True(result.RemovalsSkipped);
        await using var context = db.NewContext();
        var w5 = await context.WatchlistEntries.SingleAsync(e => e.SourceId == "W5");
        Assert.Equal(["Luis Alberto Castillo Vega", "Lucho Castillo", "Luis Castillo"], w5.Names);
        Assert.Equal(["PA", "VE"], w5.Nationalities);
        Assert.Null(w5.BirthDate);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task ImportApi_DateOrder_ReadsYearLastDatesThatWayOrIsRefusedNamingTheField(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await using var host = await ApiHost.StartAsync(db);
        var (client, _, _) = await host.ClientWithTokenAsync(OfficerRoles, ScreeningScopes);
        var csv = System.Text.Encoding.UTF8.GetBytes("id;name;dob\nm1;Xiomara Quiel Batista;03/10/1956\n");

        var monthFirst = await client.PostAsync("/api/v1/screening/watchlists/us/import?format=csv&dateOrder=mdy", new ByteArrayContent(csv));
        var bad = await client.PostAsync("/api/v1/screening/watchlists/us/import?format=csv&dateOrder=ymd", new ByteArrayContent(csv));

        // Without the parameter the order is read from the file, although the importer reads it through a hashing stream:
        // 12/31/1956 can only be month first.
        var detected = await client.PostAsync("/api/v1/screening/watchlists/us2/import?format=csv", new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes("id;name;dob\nd1;Xiomara Quiel Batista;12/31/1956\nd2;Rubén Ortega;03/10/1956\n")));

        Assert.Equal(HttpStatusCode.OK, monthFirst.StatusCode);
        Assert.Equal(HttpStatusCode.OK, detected.StatusCode);
        await using var context = db.NewContext();
        Assert.Equal("1956-03-10", (await context.WatchlistEntries.SingleAsync(e => e.SourceId == "m1")).BirthDate);
        Assert.Equal("1956-12-31", (await context.WatchlistEntries.SingleAsync(e => e.SourceId == "d1")).BirthDate);
        Assert.Equal("1956-03-10", (await context.WatchlistEntries.SingleAsync(e => e.SourceId == "d2")).BirthDate);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("dateOrder", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task MatchApi_YenteShapedQueries_ReturnScoredExplainedResults(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await using var host = await ApiHost.StartAsync(db);
        var (client, _, _) = await host.ClientWithTokenAsync(OfficerRoles, ScreeningScopes);
        var import = await client.PostAsync("/api/v1/screening/watchlists/sanciones/import?format=ftm", new StreamContent(File.OpenRead(DataFile("sanctions.ftm.jsonl"))));
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);

        var response = await client.PostAsJsonAsync("/api/v1/screening/match", new
        {
            queries = new Dictionary<string, object>
            {
                ["q1"] = new { schema = "Person", properties = new { name = new[] { "Carlos Mendoza" }, birthDate = new[] { "1975" }, nationality = new[] { "co" } } },
                ["q2"] = new { schema = "Company", properties = new { name = new[] { "Transportes Rapidos del Darien SA" } } },
                ["q3"] = new { schema = "Person", properties = new { name = new[] { "Mohammed Abdallah Al Hassan" } } },
            },
            limit = 3,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var q1 = body.GetProperty("responses").GetProperty("q1");
        var top = q1.GetProperty("results")[0];
        Assert.Equal("NK-2Q8mbLzXy5dUu2kTzH9VcQ", top.GetProperty("id").GetString());
        Assert.True(top.GetProperty("match").GetBoolean());
        Assert.InRange(top.GetProperty("score").GetDouble(), 0.7, 1.0);
        Assert.Equal("sanciones", top.GetProperty("datasets")[0].GetString());
        Assert.NotEmpty(top.GetProperty("explanation").GetString()!);
        Assert.True(top.GetProperty("features").EnumerateObject().Any());
        Assert.Equal("NK-7pQe2WmZrXc4Vb9Ny1Tg6H", body.GetProperty("responses").GetProperty("q2").GetProperty("results")[0].GetProperty("id").GetString());
        Assert.Equal("NK-rtl00000000000000000001", body.GetProperty("responses").GetProperty("q3").GetProperty("results")[0].GetProperty("id").GetString());
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task MatchApi_LegalEntityOfUnknownKind_IsFoundByPersonAndCompanyQueries(string engine)
    {
        // US lists publish people and firms alike as FtM LegalEntity; it used to be stored as an organisation, so a person
        // query never saw "MCGRATH, ROBERT CLAUDE".
        await using var db = await TestDatabase.CreateAsync(engine);
        await using var host = await ApiHost.StartAsync(db);
        var (client, _, _) = await host.ClientWithTokenAsync(OfficerRoles, ScreeningScopes);
        const string ftm = """
            {"id":"sam-1","schema":"LegalEntity","properties":{"name":["MCGRATH, ROBERT CLAUDE"],"country":["us"]}}
            {"id":"sam-2","schema":"LegalEntity","properties":{"name":["PORTSON TRADING LIMITED"]}}
            {"id":"ofac-3","schema":"Company","properties":{"name":["Robert McGrath Holdings"]}}
            """;
        var import = await client.PostAsync("/api/v1/screening/watchlists/exclusiones/import?format=ftm", new StringContent(ftm, Encoding.UTF8));
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);

        var response = await client.PostAsJsonAsync("/api/v1/screening/match", new
        {
            queries = new Dictionary<string, object>
            {
                ["persona"] = new { schema = "Person", properties = new { name = new[] { "Robert Claude McGrath" } } },
                ["empresa"] = new { schema = "Company", properties = new { name = new[] { "Portson Trading Ltd" } } },
                ["desconocida"] = new { schema = "LegalEntity", properties = new { name = new[] { "Portson Trading" } } },
            },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        JsonElement Results(string q) => body.GetProperty("responses").GetProperty(q).GetProperty("results");
        Assert.Equal("sam-1", Results("persona")[0].GetProperty("id").GetString());
        Assert.True(Results("persona")[0].GetProperty("match").GetBoolean());
        Assert.DoesNotContain(Results("persona").EnumerateArray(), r => r.GetProperty("id").GetString() == "ofac-3");
        Assert.Equal("sam-2", Results("empresa")[0].GetProperty("id").GetString());
        Assert.Equal("sam-2", Results("desconocida")[0].GetProperty("id").GetString());
        using var scope = host.Services.CreateScope();
        var stored = await scope.ServiceProvider.GetRequiredService<IstmoDbContext>().Set<WatchlistEntry>().OrderBy(e => e.SourceId).Select(e => e.Schema).ToListAsync();
        Assert.Equal(["Organization", "LegalEntity", "LegalEntity"], stored);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task MatchApi_BadInput_Returns400NamingEachField(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await using var host = await ApiHost.StartAsync(db);
        var (client, _, _) = await host.ClientWithTokenAsync(OfficerRoles, ScreeningScopes);

        var response = await client.PostAsJsonAsync("/api/v1/screening/match", new
        {
            queries = new Dictionary<string, object>
            {
                ["empty"] = new { schema = "Person", properties = new { name = new[] { "" } } },
                ["long"] = new { schema = "Person", properties = new { name = new[] { new string('a', 10_000) } } },
                ["zw"] = new { schema = "Person", properties = new { name = new[] { "\u200b\u200c\u0007" } } },
                ["date"] = new { schema = "Person", properties = new { name = new[] { "Ana Pérez" }, birthDate = new[] { "1990-02-30" } } },
                ["schema"] = new { schema = "Vessel", properties = new { name = new[] { "Ana" } } },
            },
            threshold = 1.5,
        });
        var noQueries = await client.PostAsJsonAsync("/api/v1/screening/match", new { queries = new Dictionary<string, object>() });
        var notJson = await client.PostAsync("/api/v1/screening/match", new StringContent("{\"queries\": [", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "queries.empty.properties.name", "queries.long.properties.name", "queries.zw.properties.name", "queries.date.properties.birthDate", "queries.schema.schema", "threshold" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"missing error for {field}: {errors}");
        }

        // The error names every schema the API reads, LegalEntity included.
        Assert.Contains("LegalEntity", errors.GetProperty("queries.schema.schema")[0].GetString(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.BadRequest, noQueries.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task ScreenRegistryPerson_RaisesOneAlert_FalsePositiveIsNotRaisedAgain(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await using var host = await ApiHost.StartAsync(db);
        var (client, _, _) = await host.ClientWithTokenAsync([Roles.Administrator], [Policies.ScreeningRead, Policies.ScreeningWrite, Policies.RegistryWrite]);
        var csv = await File.ReadAllBytesAsync(DataFile("watchlist.csv"));
        await client.PostAsync($"/api/v1/screening/watchlists/interpol/import?format=csv&map={Uri.EscapeDataString(WatchlistMap)}", new ByteArrayContent(csv));
        var created = await client.PostAsJsonAsync("/api/v1/registry/entities", Inputs.Person());
        var personId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var first = await (await client.PostAsync($"/api/v1/screening/registry/{personId}", null)).Content.ReadFromJsonAsync<JsonElement>();
        var again = await (await client.PostAsync($"/api/v1/screening/registry/{personId}", null)).Content.ReadFromJsonAsync<JsonElement>();
        var alerts = await client.GetFromJsonAsync<JsonElement>("/api/v1/screening/alerts?status=Open");
        var alertId = alerts[0].GetProperty("id").GetGuid();
        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/v1/screening/alerts/{alertId}");
        var comment = await client.PostAsJsonAsync($"/api/v1/screening/alerts/{alertId}/comments", new { text = "Mismo nombre, cédula coincide." });
        var emptyComment = await client.PostAsJsonAsync($"/api/v1/screening/alerts/{alertId}/comments", new { text = "  " });
        var decision = await client.PostAsJsonAsync($"/api/v1/screening/alerts/{alertId}/decision", new { status = "FalsePositive", comment = "Otra persona: fecha distinta." });
        var afterDecision = await (await client.PostAsync($"/api/v1/screening/registry/{personId}", null)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Single(first.GetProperty("alertsCreated").EnumerateArray());
        Assert.Empty(again.GetProperty("alertsCreated").EnumerateArray());
        Assert.Single(alerts.EnumerateArray());
        Assert.Equal("W1", alerts[0].GetProperty("entrySourceId").GetString());
        Assert.Equal("José Ángel Rodríguez Núñez", detail.GetProperty("candidate").GetProperty("name").GetString());
        Assert.NotEmpty(detail.GetProperty("features").EnumerateArray());
        Assert.Equal(HttpStatusCode.Created, comment.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, emptyComment.StatusCode);
        Assert.Equal(HttpStatusCode.OK, decision.StatusCode);
        Assert.Empty(afterDecision.GetProperty("alertsCreated").EnumerateArray());
        Assert.All(afterDecision.GetProperty("results").EnumerateArray().Where(r => r.GetProperty("id").GetString() == "W1"), r => Assert.False(r.GetProperty("match").GetBoolean()));
        await using var context = db.NewContext();
        var alert = await context.ScreeningAlerts.Include(a => a.Comments).SingleAsync();
        Assert.Equal(AlertStatus.FalsePositive, alert.Status);
        Assert.Equal(2, alert.Comments.Count);
        Assert.True(await context.AuditEntries.CountAsync(a => a.EntityType == "ScreeningAlert") >= 4);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task BackgroundPass_ScreensChangedPeopleOncePerWatchlistVersion(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await using var platform = Platform.For(db, Officer);
        await platform.InScope(sp => ImportText(sp, "lista", "uid,full_name,dob\nX1,José Ángel Rodríguez Núñez,1987-04\n"));
        await platform.InScope(sp => sp.GetRequiredService<RegistryService>().CreateAsync(Inputs.Person()));
        await platform.InScope(sp => sp.GetRequiredService<RegistryService>().CreateAsync(Stranger()));

        var firstPass = await platform.InScope(sp => RegistryScreeningWorker.RunOnceAsync(sp));
        var secondPass = await platform.InScope(sp => RegistryScreeningWorker.RunOnceAsync(sp));

        Assert.Equal(2, firstPass);
        Assert.Equal(0, secondPass);
        await using var context = db.NewContext();
        Assert.Equal(1, await context.ScreeningAlerts.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task ResolveConfirmUndo_MergesKeepingProvenanceAndUndoRestoresExactly(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await using var platform = Platform.For(db, Officer);
        var a = await platform.InScope(sp => sp.GetRequiredService<RegistryService>().CreateAsync(Inputs.Person()));
        var dup = Inputs.Person("Jose Angel", "Rodriguez", "Nunez");
        dup.Aliases = ["El Pepe"];
        dup.Nationalities = ["PA", "CO"];
        dup.SourceAgency = "PNP";
        dup.SourceRecord = "PNP-77";
        var b = await platform.InScope(sp => sp.GetRequiredService<RegistryService>().CreateAsync(dup));
        var other = await platform.InScope(sp => sp.GetRequiredService<RegistryService>().CreateAsync(Stranger()));
        var link = await platform.InScope(sp => sp.GetRequiredService<RegistryService>().LinkAsync(new LinkInput(other, b, "associate-of", null, null, null)));

        var proposed = await platform.InScope(sp => sp.GetRequiredService<ResolutionService>().ProposeAsync());
        var again = await platform.InScope(sp => sp.GetRequiredService<ResolutionService>().ProposeAsync());
        var cluster = Assert.Single(proposed);
        Assert.Empty(again);
        Assert.Equal(new[] { a, b }.Order(), cluster.Members.Select(m => m.Id).Order());
        var mergeId = await platform.InScope(sp => sp.GetRequiredService<ResolutionService>().ConfirmAsync(cluster.Id, a));

        await using (var context = db.NewContext())
        {
            var merged = await context.People.SingleAsync(p => p.Id == b);
            var survivor = await context.People.Include(p => p.Aliases).Include(p => p.Nationalities).SingleAsync(p => p.Id == a);
            Assert.Equal(a, merged.MergedIntoId);
            var copied = survivor.Aliases.Single(x => x.FullName == "El Pepe");
            Assert.Equal(("PNP", "PNP-77"), (copied.Provenance.SourceAgency, copied.Provenance.SourceRecord));
            Assert.Contains(survivor.Nationalities, n => n.Country == "CO" && n.Provenance.SourceAgency == "PNP");
            Assert.Equal(a, (await context.Links.SingleAsync(l => l.Id == link)).ToId);
        }

        await platform.InScope(sp => sp.GetRequiredService<ResolutionService>().UndoAsync(mergeId));

        await using (var context = db.NewContext())
        {
            Assert.Null((await context.People.SingleAsync(p => p.Id == b)).MergedIntoId);
            var survivor = await context.People.Include(p => p.Aliases).Include(p => p.Nationalities).SingleAsync(p => p.Id == a);
            Assert.Equal(["Pepe Rodríguez"], survivor.Aliases.Select(x => x.FullName));
            Assert.Equal(["PA"], survivor.Nationalities.Select(n => n.Country));
            Assert.True(b == (await context.Links.SingleAsync(l => l.Id == link)).ToId, (await context.MergeRecords.SingleAsync()).Details);
            Assert.Equal(ClusterStatus.Undone, (await context.DuplicateClusters.SingleAsync()).Status);
            Assert.True(await context.AuditEntries.AnyAsync(x => x.Action == "merge"));
            Assert.True(await context.AuditEntries.AnyAsync(x => x.Action == "merge-undo"));
        }
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Propose_PairsCarryTheirExplanation_ExceptForCompartmentedPeople(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await using var platform = Platform.For(db, Officer);
        await platform.InScope(sp => sp.GetRequiredService<RegistryService>().CreateAsync(Inputs.Person()));
        await platform.InScope(sp => sp.GetRequiredService<RegistryService>().CreateAsync(Inputs.Person("Jose Angel", "Rodriguez", "Nunez")));
        await using (var caseworker = Platform.For(db, TestActors.Caseworker))
        {
            var victim = Inputs.Person("Yariela", "Saldaña", "Ábrego");
            victim.Documents = [new DocumentInput("cedula", "8-765-4321", "PA")];
            victim.Compartment = Compartments.Victims;
            await caseworker.InScope(sp => sp.GetRequiredService<RegistryService>().CreateAsync(victim));
        }

        var open = Inputs.Person("Yariela", "Saldana", "Abrego");
        open.Documents = [new DocumentInput("cedula", "8-765-4321", "PA")];
        await platform.InScope(sp => sp.GetRequiredService<RegistryService>().CreateAsync(open));

        await platform.InScope(sp => sp.GetRequiredService<ResolutionService>().ProposeAsync());
        var clusters = await platform.InScope(sp => sp.GetRequiredService<ResolutionService>().ListAsync());
        Assert.Equal(2, clusters.Count);

        // Why José Ángel Rodríguez Núñez and Jose Angel Rodriguez Nunez look alike: names equal after folding, the same
        // document and birth month.
        var jose = clusters.Single(c => c.Members.Any(m => m.Name.Contains("Rodr", StringComparison.Ordinal)));
        var codes = Assert.Single(jose.Pairs).Items.Select(i => i.Code).ToList();
        Assert.Contains(ExplanationCodes.NameFolded, codes);
        Assert.Contains(ExplanationCodes.DocumentMatch, codes);
        Assert.Contains(ExplanationCodes.DateCompatible, codes);

        // The resolver's own evidence, kept from the proposal: the prior (against a match), then each compared feature
        // at its level with its weight in bits, which add up to the link.
        var evidence = Assert.Single(jose.Pairs).Evidence;
        Assert.Equal("resolver.prior", evidence[0].Code);
        Assert.StartsWith("-", evidence[0].Args[0], StringComparison.Ordinal);
        var document = Assert.Single(evidence, e => e.Code == "resolver.document.2");
        Assert.StartsWith("+", document.Args[0], StringComparison.Ordinal);
        Assert.StartsWith("document equal +", document.Text, StringComparison.Ordinal);
        Assert.Contains(evidence, e => e.Code.StartsWith("resolver.name.", StringComparison.Ordinal));
        Assert.Equal("resolver.total", evidence[^1].Code);
        var sum = evidence.SkipLast(1).Sum(e => double.Parse(e.Args[0], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(sum, double.Parse(evidence[^1].Args[0], System.Globalization.CultureInfo.InvariantCulture), 0.5); // each shown to a tenth

        // A pair with a compartmented person is listed (pseudonymised) without the facts behind it, nor the evidence.
        var yariela = clusters.Single(c => c != jose);
        Assert.Empty(Assert.Single(yariela.Pairs).Items);
        Assert.Empty(Assert.Single(yariela.Pairs).Evidence);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Propose_NamesakesWithTwoCedulas_NotProposed_ATypoOrAPassportStillIs(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await using var platform = Platform.For(db, Officer);
        async Task<Guid> Create(string given, string paternal, string type, string number)
        {
            var input = Inputs.Person(given, paternal, "Ospina");
            input.Aliases = [];
            input.Documents = [new DocumentInput(type, number, "PA")];
            return await platform.InScope(sp => sp.GetRequiredService<RegistryService>().CreateAsync(input));
        }

        // Same name, sex, birth month and nationality; two cédulas far apart: two people.
        await Create("Edinson", "Muñoz", "cedula", "8-123-4567");
        await Create("Edinson", "Muñoz", "cedula", "4-765-1234");

        // The same with one digit mistyped, or with passports (renewed under new numbers): proposed for review.
        var t1 = await Create("Yeison", "Quintero", "cedula", "8-222-3333");
        var t2 = await Create("Yeison", "Quintero", "cedula", "8-222-3338");
        var p1 = await Create("Brayan", "Cedeño", "passport", "PA1111111");
        var p2 = await Create("Brayan", "Cedeño", "passport", "PA2222222");

        var proposed = await platform.InScope(sp => sp.GetRequiredService<ResolutionService>().ProposeAsync());
        var groups = proposed.Select(c => c.Members.Select(m => m.Id).Order().ToArray()).ToList();
        Assert.Equal(2, groups.Count);
        Assert.Contains(groups, g => g.SequenceEqual(new[] { t1, t2 }.Order()));
        Assert.Contains(groups, g => g.SequenceEqual(new[] { p1, p2 }.Order()));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Propose_AfterRejection_NeverJoinsTheRejectedPairAgain(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await using var platform = Platform.For(db, Officer);
        var a = await platform.InScope(sp => sp.GetRequiredService<RegistryService>().CreateAsync(Inputs.Person()));
        var b = await platform.InScope(sp => sp.GetRequiredService<RegistryService>().CreateAsync(Inputs.Person("Jose Angel", "Rodriguez", "Nunez")));
        var first = Assert.Single(await platform.InScope(sp => sp.GetRequiredService<ResolutionService>().ProposeAsync()));
        await platform.InScope(sp => sp.GetRequiredService<ResolutionService>().RejectAsync(first.Id));

        var c = await platform.InScope(sp => sp.GetRequiredService<RegistryService>().CreateAsync(Inputs.Person("José Ángel", "Rodríguez", "Núñez")));
        var proposed = await platform.InScope(sp => sp.GetRequiredService<ResolutionService>().ProposeAsync());

        var cluster = Assert.Single(proposed);
        Assert.Contains(c, cluster.Members.Select(m => m.Id));
        Assert.False(cluster.Members.Any(m => m.Id == a) && cluster.Members.Any(m => m.Id == b));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Cli_WatchlistImportTwiceAndList_IsIdempotent(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);

        var first = await CliRunner.RunAsync("watchlist", "import", "--name", "ofac", "--file", DataFile("sanctions.ftm.jsonl"), "--database", db.ConnectionString);
        var second = await CliRunner.RunAsync("watchlist", "import", "--name", "ofac", "--file", DataFile("sanctions.ftm.jsonl"), "--database", db.ConnectionString);
        var list = await CliRunner.RunAsync("watchlist", "list", "--database", db.ConnectionString);

        Assert.Equal(ExitCodes.InvalidInput, first.ExitCode);
        Assert.Contains("line 7", first.Error, StringComparison.Ordinal);
        Assert.Contains("version 1: 6 added", first.Output, StringComparison.Ordinal);
        Assert.Contains("unchanged at version 1", second.Output, StringComparison.Ordinal);
        Assert.Contains("ofac\t1\t6\t", list.Output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Cli_WatchlistImportSemicolonSeparatedWithDayFirstDates_ReadsEveryColumn(string engine)
    {
        // A list saved from a spreadsheet where the comma is the decimal mark; the importer reads the file through a
        // hashing stream that cannot seek, so the separator is read from the first bytes it passes on.
        await using var db = await TestDatabase.CreateAsync(engine);
        var dir = Directory.CreateTempSubdirectory("istmo-watchlist-").FullName;
        var file = Path.Combine(dir, "lista.csv");
        await File.WriteAllTextAsync(file, "id;name;dob;nationality\nw1;Xiomara Quiel Batista;29/01/1961;PA\nw2;\"Ortega; Rubén\";1979;PA\n");

        var import = await CliRunner.RunAsync("watchlist", "import", "--name", "pa", "--file", file, "--database", db.ConnectionString);
        var screen = await CliRunner.RunAsync("screen", "--watchlist", file, "--input", file, "--output", Path.Combine(dir, "out.csv"));

        Assert.Equal(ExitCodes.Ok, import.ExitCode);
        Assert.Contains("version 1: 2 added", import.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, screen.ExitCode);
        var output = await File.ReadAllTextAsync(Path.Combine(dir, "out.csv"));
        Assert.Contains("1961-01-29", output, StringComparison.Ordinal);
    }

    private static EntityInput Stranger()
    {
        var input = Inputs.Person("Ricardo", "Arosemena", "Pinzón");
        input.Aliases = [];
        input.Documents = [];
        input.BirthDate = "1961";
        return input;
    }

    private static async Task<ImportResult> Import(IServiceProvider sp, string name, string file, RecordFormat format)
    {
        await using var stream = File.OpenRead(DataFile(file));
        return await sp.GetRequiredService<WatchlistImporter>().ImportAsync(name, stream, format);
    }

    private static async Task<ImportResult> ImportText(IServiceProvider sp, string name, string csv)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        return await sp.GetRequiredService<WatchlistImporter>().ImportAsync(name, stream, RecordFormat.Csv);
    }
}

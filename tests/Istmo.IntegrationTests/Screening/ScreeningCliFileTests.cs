using System.Globalization;
using Istmo.Cli;
using Istmo.IntegrationTests.Infrastructure;

namespace Istmo.IntegrationTests.Screening;

/// <summary>The file commands need no database; they run once (the engine list does not apply).</summary>
public sealed class ScreeningCliFileTests
{
    [Fact]
    public async Task MatchPairs_ScoresRowsAndReportsBadRowsByLine()
    {
        var dir = Directory.CreateTempSubdirectory("istmo-pairs-").FullName;
        var input = Path.Combine(dir, "pairs.csv");
        var output = Path.Combine(dir, "scores.csv");
        await File.WriteAllTextAsync(input, "\uFEFFname1,name2,schema\r\nJosé Rodríguez Núñez,JOSE RODRIGUEZ,Person\r\nAna Pérez,Zoila Vargas,\r\n,Nadie,Person\r\n\"Naviera Istmeña S.A.\",Naviera Istmena Sociedad Anonima,Organization\r\nmal\"formada,x,Person\r\nJosé Antonio Pérez González,José Pérez,Person\r\n");

        var result = await CliRunner.RunAsync("match", "pairs", "--input", input, "--output", output);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        var lines = await File.ReadAllLinesAsync(output);
        Assert.Equal("name1,name2,schema,score,match", lines[0]);
        Assert.EndsWith(",true", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",false", lines[2], StringComparison.Ordinal);
        Assert.EndsWith(",,", lines[3], StringComparison.Ordinal);
        Assert.EndsWith(",true", lines[4], StringComparison.Ordinal);
        // The short form is on the right: a pair has no query side, so it matches as it would on the left.
        Assert.StartsWith("José Antonio Pérez González,José Pérez,Person,", lines[^1], StringComparison.Ordinal);
        Assert.EndsWith(",true", lines[^1], StringComparison.Ordinal);
        Assert.Contains("line 4, column name1", result.Error, StringComparison.Ordinal);
        Assert.Contains("line 6", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Screen_FtmWatchlistCsvQueries_WritesRankedExplainedRows()
    {
        var dir = Directory.CreateTempSubdirectory("istmo-screen-").FullName;
        var input = Path.Combine(dir, "q.csv");
        var output = Path.Combine(dir, "out.csv");
        await File.WriteAllTextAsync(input, "id,name,birth_date,nationality\nq1,Carlos Mendoza,1975,CO\nq2,Nadie Conocido,,\nq3,\u0645\u062d\u0645\u062f \u0639\u0628\u062f \u0627\u0644\u0644\u0647 \u0627\u0644\u062d\u0633\u0646,,\n");

        var result = await CliRunner.RunAsync("screen", "--watchlist", ScreeningTests.DataFile("sanctions.ftm.jsonl"), "--input", input, "--output", output, "--limit", "2");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode); // the sample watchlist has bad lines on purpose
        var lines = await File.ReadAllLinesAsync(output);
        Assert.Equal("query_id,query_name,rank,candidate_id,candidate_name,score,match,explanation", lines[0]);
        Assert.StartsWith("q1,Carlos Mendoza,1,NK-2Q8mbLzXy5dUu2kTzH9VcQ,", lines[1], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("q2,Nadie Conocido,0,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("q3,", StringComparison.Ordinal) && l.Contains("NK-rtl00000000000000000001", StringComparison.Ordinal));
        Assert.Contains("line 7", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resolve_Latin1RowOrBinaryFile_RefusedNamingLineAndColumn()
    {
        // A Windows-1252 export: "José" is not UTF-8. Read as is it would become "Jos\uFFFD", another name.
        var dir = Directory.CreateTempSubdirectory("istmo-resolve-").FullName;
        var input = Path.Combine(dir, "latin1.csv");
        var output = Path.Combine(dir, "clusters.csv");
        await File.WriteAllBytesAsync(input, [.. "id,name,birth_date\na,Jos"u8, 0xE9, .. " P\u00e9rez,1980-01-01\nb,Ana Vargas,1980-01-01\nc,Ana Vargas,1980-01-01\n"u8]);

        var result = await CliRunner.RunAsync("resolve", "--input", input, "--output", output);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("line 2 (id a), field name: not UTF-8 text", result.Error, StringComparison.Ordinal);
        var rows = (await File.ReadAllLinesAsync(output)).Skip(1).Select(l => l.Split(',')).ToDictionary(p => p[0], p => p[1]);
        Assert.Equal(rows["b"], rows["c"]);
        Assert.NotEqual(rows["a"], rows["b"]);

        var binary = Path.Combine(dir, "binary.csv");
        await File.WriteAllBytesAsync(binary, [0x00, 0x9F, 0x92, 0x96, 0x01, 0x02, 0x0A, 0xFF, 0xFE, 0x0A]);
        var refused = await CliRunner.RunAsync("resolve", "--input", binary, "--output", Path.Combine(dir, "binary-out.csv"));
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("The header is not UTF-8 text", refused.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(dir, "binary-out.csv")));
    }

    [Fact]
    public async Task Resolve_SpacesAfterCommas_ColumnsMappedAndNamedWithoutTheSpace()
    {
        // FEBRL's files write ", " between fields: columns still map without --map, and messages name them as written.
        var dir = Directory.CreateTempSubdirectory("istmo-resolve-").FullName;
        var input = Path.Combine(dir, "febrl-like.csv");
        var output = Path.Combine(dir, "clusters.csv");
        await File.WriteAllTextAsync(input,
            "rec_id, given_name, surname, date_of_birth, soc_sec_id\n" +
            "rec-1-org, michaela, neumann, 19151111, 5304218\n" +
            "rec-1-dup-0, micheala, neumann, 19151111, 5304218\n" +
            "rec-2-org, courtney, painter, 19164514, 4066625\n");

        var result = await CliRunner.RunAsync("resolve", "--input", input, "--output", output);

        Assert.Contains("line 4 (id rec-2-org), field date_of_birth:", result.Error, StringComparison.Ordinal);
        var rows = (await File.ReadAllLinesAsync(output)).Skip(1).Select(l => l.Split(',')).ToDictionary(p => p[0], p => p[1]);
        Assert.Equal(rows["rec-1-org"], rows["rec-1-dup-0"]);
        Assert.NotEqual(rows["rec-1-org"], rows["rec-2-org"]);
    }

    [Fact]
    public async Task Resolve_MappedCsv_WritesOneClusterPerPerson()
    {
        var (exitCode, error, rows, _) = await ResolveAsync(
            "unique_id,full_name,dob\n" +
            "r1,María del Carmen Batista Ortega,1984-07-09\n" +
            "r2,Maria del Carmen Batista,1984-07-09\n" +
            "r3,Rubén Darío Samaniego,1979-01-02\n" +
            "r4,Ruben Dario Samaniego Vega,1979-01-02\n" +
            "r5,Isabel Cedeño,1992-10-10\n" +
            "r6,,1990\n" +
            "r7,,\n",
            "--map", "id=unique_id,name=full_name,birth_date=dob");

        // r7 has nothing to be resolved by: refused. r6 has no name but a birth date: kept, with a warning.
        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Contains("error: people.csv: line 8 (id r7), field full_name: the name is empty", error, StringComparison.Ordinal);
        Assert.Contains("warning: people.csv: line 7 (id r6), field full_name: the name is empty; the record is resolved by", error, StringComparison.Ordinal);
        // r6: a year alone links to no one; r7: refused (no name, no facts) but still listed alone.
        AssertClusters(rows, "r1 r2", "r3 r4", "r5", "r6", "r7");
    }

    [Theory]
    [InlineData("id=unique_id,full_name", "--map: 'full_name' is not field=column.")]
    [InlineData("person=unique_id", "--map: unknown field 'person'")]
    public async Task Resolve_MalformedMap_IsAUsageErrorNamingThePairAndWritesNothing(string map, string expected)
    {
        var dir = Directory.CreateTempSubdirectory("istmo-resolve-").FullName;
        var input = Path.Combine(dir, "people.csv");
        var output = Path.Combine(dir, "clusters.csv");
        await File.WriteAllTextAsync(input, "unique_id,full_name\nr1,María Batista\n");

        var result = await CliRunner.RunAsync("resolve", "--input", input, "--output", output, "--map", map);

        // The command line is wrong, not the file: exit 2 (as a bad --threshold), and no output file half-written.
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Resolve_WithLinks_WritesEachJoiningPairWithProbabilityAndWhy()
    {
        var (exitCode, _, _, dir) = await ResolveAsync(
            "unique_id,first_name,surname,dob,city,email\n" +
            "1,Evie,Dean,2015-03-03,Portsmouth,evied56@harris-bailey.net\n" +
            "2,Evie,Deen,2015-03-03,Portsmouth,\n" +
            "3,,,2015-03-03,Portsmouth,evied56@harris-bailey.net\n" +
            "4,Molly,Bell,2002-01-05,Peterborough,molly@example.org\n",
            "--links", "{dir}/links.csv");

        Assert.Equal(ExitCodes.Ok, exitCode);
        var rows = (await File.ReadAllLinesAsync(Path.Combine(dir, "links.csv"))).ToList();
        Assert.Equal("id_a,id_b,probability,explanation", rows[0]);
        Assert.Equal(2, rows.Count - 1); // three records joined by two links; Molly Bell alone
        var named = Assert.Single(rows, r => r.StartsWith("1,2,", StringComparison.Ordinal) || r.StartsWith("2,1,", StringComparison.Ordinal));
        var probability = double.Parse(named.Split(',')[2], CultureInfo.InvariantCulture);
        Assert.InRange(probability, 0.5, 1);
        Assert.Contains("DEAN", named, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(rows, r => r.Contains("no name on one side", StringComparison.Ordinal));

        // The resolver's own evidence follows the names' alignment: the prior and every feature compared, in bits.
        Assert.All(rows.Skip(1), r => Assert.Contains(" | prior ", r, StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("email equal +", StringComparison.Ordinal) && r.Contains("city equal +", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Resolve_NamelessRowWithDateCityAndEmail_JoinsItsPerson()
    {
        // Splink's fake_1000 has 36 rows without any name; they share a birth date, city and e-mail with their person.
        var (exitCode, error, rows, _) = await ResolveAsync(
            "unique_id,first_name,surname,dob,city,email\n" +
            "1,Evie,Dean,2015-03-03,Portsmouth,evied56@harris-bailey.net\n" +
            "2,Evie,Dean,2015-03-03,Portsmouth,\n" +
            "3,,,2015-03-03,Portsmouth,evied56@harris-bailey.net\n" +
            "4,Molly,Bell,2002-01-05,Peterborough,molly@example.org\n" +
            "5,,,1999-07-30,Leeds,\n");

        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.Contains("warning: people.csv: line 4 (id 3)", error, StringComparison.Ordinal);
        Assert.Equal(5, rows.Count);
        AssertClusters(rows, "1 2 3", "4", "5"); // 5 has nothing in common with anyone
    }

    [Theory]
    [InlineData(';')] // a spreadsheet saved where the comma is the decimal mark
    [InlineData('\t')] // .tsv
    public async Task Resolve_SemicolonOrTabSeparatedFile_ReadAsItsColumns(char separator)
    {
        var s = separator.ToString();
        var (exitCode, error, rows, _) = await ResolveAsync(
            string.Join(s, "cédula", "nombres", "apellido_paterno", "apellido_materno", "fecha_nacimiento") + "\n" +
            string.Join(s, "8-123-456", "María del Carmen", "Batista", "Ortega", "09/07/1984") + "\n" +
            string.Join(s, "8-123-457", "\"Maria, del Carmen\"", "Batista", "", "9/7/1984") + "\n" +
            string.Join(s, "8-999-111", "Isabel", "Cedeño", "Quiel", "02/10/1992") + "\n",
            "--map", "id=cédula");

        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.DoesNotContain("warning", error, StringComparison.Ordinal);
        AssertClusters(rows, "8-123-456 8-123-457", "8-999-111");
    }

    [Fact]
    public async Task Screen_DateOrderGiven_ReadsAmbiguousDatesThatWay()
    {
        // 03/10/1956 reads both ways: day first (the default) it is 3 October, month first (--date-order mdy) 10 March.
        var dir = Directory.CreateTempSubdirectory("istmo-dates-").FullName;
        var file = Path.Combine(dir, "list.csv");
        await File.WriteAllTextAsync(file, "id,name,dob\n1,Xiomara Quiel Batista,03/10/1956\n");
        async Task<(int Code, string Error, string Output)> Screen(params string[] extra)
        {
            var output = Path.Combine(dir, Guid.NewGuid().ToString("N") + ".csv");
            var run = await CliRunner.RunAsync(["screen", "--watchlist", file, "--input", file, "--output", output, .. extra]);
            return (run.ExitCode, run.Error, File.Exists(output) ? await File.ReadAllTextAsync(output) : "");
        }

        var dayFirst = await Screen();
        var monthFirst = await Screen("--date-order", "mdy");
        var bad = await Screen("--date-order", "ymd");

        Assert.Contains("1956-10-03", dayFirst.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, monthFirst.Code);
        Assert.Contains("1956-03-10", monthFirst.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, bad.Code);
        Assert.Contains("--date-order: 'ymd' is not dmy, mdy or auto", bad.Error, StringComparison.Ordinal);
        Assert.Equal("", bad.Output);
    }

    [Fact]
    public async Task Resolve_MiddleNameAndBirthYearColumnsWithoutMap_AreGivenNamesAndAYear()
    {
        // A voter-roll layout: the middle name is a given name (joined to the first), the birth year a year-only date.
        var (exitCode, error, rows, dir) = await ResolveAsync(
            "id,first_name,middle_name,last_name,birth_year\n" +
            "1,Ana,María,Pérez,1956\n" +
            "2,Ana María,,Perez,1956\n" +
            "3,Ana,,Pérez,1979\n",
            "--links", "{dir}/links.csv");

        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.DoesNotContain("warning", error, StringComparison.Ordinal);
        AssertClusters(rows, "1 2", "3"); // 3 is born 23 years later: another Ana Pérez
        var link = (await File.ReadAllLinesAsync(Path.Combine(dir, "links.csv")))[1];
        Assert.Contains("MARÍA=MARÍA", link, StringComparison.Ordinal);
        Assert.Contains("1956 / 1956", link, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resolve_UsualDedupHeadersWithoutMap_UsesEmailCityAndCompactDates()
    {
        var (exitCode, error, rows, _) = await ResolveAsync(
            "unique_id,first_name,surname,dob,city,email,postcode\n" +
            "1,Noah,Watson,2008-03-23,Bolton,matthew78@ballard-mcdonald.net,BL1 1AA\n" +
            "2,Watson,Noah,20080323,Bolton,matthew78@ballard-mcdonald.net,BL11AA\n" +
            "3,Noah,Watsno,2008/03/23,Blotn,matthew78@ballard-mcdonald.net,\n" +
            "4,Molly,Bell,2002-01-05,Peterborough,molly@example.org,PE1 2BB\n" +
            "5,Noah,Watson,1961-07-30,Leeds,noah.w@example.com,LS1 4CC\n" +
            "6,Isla,Beattie,31/12/08,Bolton,isla@example.org,\n");

        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.Contains("line 7 (id 6), field dob: a two-digit year", error, StringComparison.Ordinal);
        Assert.Equal(6, rows.Count);
        AssertClusters(rows, "1 2 3", "4", "5");
    }

    /// <summary>
    /// Writes <paramref name="csv"/> as people.csv in a new folder, runs <c>istmo resolve</c> on it (plus <paramref name="extra"/>,
    /// where "{dir}" stands for the folder) and reads clusters.csv as id → cluster id.
    /// </summary>
    /// <summary>
    /// Each group (ids separated by spaces) is one cluster of the output and no two groups share one; a group of one id is
    /// alone (its cluster id is its own).
    /// </summary>
    private static void AssertClusters(Dictionary<string, string> rows, params string[] groups)
    {
        var clusterIds = new List<string>();
        foreach (var group in groups)
        {
            var ids = group.Split(' ');
            Assert.All(ids, id => Assert.Equal(rows[ids[0]], rows[id]));
            if (ids.Length == 1)
            {
                Assert.Equal(ids[0], rows[ids[0]]);
            }

            Assert.DoesNotContain(rows[ids[0]], clusterIds);
            clusterIds.Add(rows[ids[0]]);
        }
    }

    private static async Task<(int ExitCode, string Error, Dictionary<string, string> Clusters, string Dir)> ResolveAsync(string csv, params string[] extra)
    {
        var dir = Directory.CreateTempSubdirectory("istmo-resolve-").FullName;
        var input = Path.Combine(dir, "people.csv");
        var output = Path.Combine(dir, "clusters.csv");
        await File.WriteAllTextAsync(input, csv);
        var result = await CliRunner.RunAsync(["resolve", "--input", input, "--output", output, .. extra.Select(a => a.Replace("{dir}", dir, StringComparison.Ordinal))]);
        var clusters = (await File.ReadAllLinesAsync(output)).Skip(1).Select(l => l.Split(',')).ToDictionary(p => p[0], p => p[1]);
        return (result.ExitCode, result.Error, clusters, dir);
    }
}

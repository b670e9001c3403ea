using System.Text;
using Microsoft.Playwright;

namespace Istmo.EndToEndTests;

/// <summary>The screening pages (watchlists and duplicate clusters) in a real Chromium against a real `istmo serve --demo`.</summary>
[Collection(ServerCollection.Name)]
public sealed class ScreeningUiTests(ServerFixture server)
{
    [Fact]
    public async Task Watchlists_ImportCsvWithBadLine_ShowsCountsAndLineThenSameFileChangesNothing()
    {
        var (context, page) = await server.AdminPageAsync();
        await using var _ = context;
        var name = "e2e-" + Guid.NewGuid().ToString("N")[..8];
        var csv = Encoding.UTF8.GetBytes("uid,full_name,dob\nw1,Carlos Mendoza Ruiz,1975\n,Sin Identificador,1980\nw2,Ana Lucía Pérez Gómez,1990\nw3,Uno,1980,de más\n");

        async Task ImportAsync()
        {
            await page.GotoAsync("/screening/watchlists");
            await page.FillAsync("#import-name", name);
            await page.SelectOptionAsync("#import-format", "csv");
            await page.FillAsync("#import-map", "id=uid,name=full_name,birth_date=dob");
            await page.SetInputFilesAsync("#import-file", new FilePayload { Name = "lista.csv", MimeType = "text/csv", Buffer = csv });
            await page.ClickAsync("form:has(#import-file) button[type=submit]");
            await page.WaitForSelectorAsync("[data-testid=import-result]");
        }

        await ImportAsync();
        Assert.Equal("2", await page.InnerTextAsync("[data-testid=added]"));
        Assert.Equal("0", await page.InnerTextAsync("[data-testid=unchanged]"));
        var firstCell = await page.InnerTextAsync("[data-testid=issues] tbody tr td");
        Assert.Equal("3", firstCell.Trim());
        Assert.Equal("el id está vacío", (await page.InnerTextAsync("[data-testid=issues] tbody tr td:nth-child(4)")).Trim());

        // A malformed line is a problem of the whole line, named in the page's language (the CLI and API keep "row").
        var wholeLine = page.Locator("[data-testid=issues] tbody tr").Nth(1);
        Assert.Equal("5", (await wholeLine.Locator("td").Nth(0).InnerTextAsync()).Trim());
        Assert.Equal("toda la línea", (await wholeLine.Locator("td").Nth(2).InnerTextAsync()).Trim());
        Assert.Contains(name, await page.InnerTextAsync("[data-testid=watchlists]"), StringComparison.Ordinal);

        await ImportAsync();
        Assert.Equal("0", await page.InnerTextAsync("[data-testid=added]"));
        Assert.Equal("2", await page.InnerTextAsync("[data-testid=unchanged]"));
    }

    [Fact]
    public async Task Watchlists_ImportDateOrder_ChosenOrReadFromTheFile()
    {
        var (context, page) = await server.AdminPageAsync();
        await using var _ = context;
        var csv = Encoding.UTF8.GetBytes("uid;full_name;dob\nw1;Carlos Mendoza Ruiz;12/31/1975\n");

        async Task<string> ImportAsync(string name, string order)
        {
            await page.GotoAsync("/screening/watchlists");
            await page.FillAsync("#import-name", name);
            await page.SelectOptionAsync("#import-format", "csv");
            await page.FillAsync("#import-map", "id=uid,name=full_name,birth_date=dob");
            await page.SelectOptionAsync("#import-date-order", order);
            await page.SetInputFilesAsync("#import-file", new FilePayload { Name = "lista.csv", MimeType = "text/csv", Buffer = csv });
            await page.ClickAsync("form:has(#import-file) button[type=submit]");
            await page.WaitForSelectorAsync("[data-testid=import-result]");
            return await page.InnerTextAsync("[data-testid=import-result]");
        }

        // Day first chosen: 31 cannot be a month, said in Spanish; the record is kept without its date.
        var dayFirst = await ImportAsync("e2e-" + Guid.NewGuid().ToString("N")[..8], "dmy");
        Assert.Contains("«12/31/1975»: 31 no es un mes", dayFirst, StringComparison.Ordinal);
        Assert.Equal("1", await page.InnerTextAsync("[data-testid=added]"));

        // Read from the file (the default): the date can only be month first, so there is nothing to warn of.
        var fromFile = await ImportAsync("e2e-" + Guid.NewGuid().ToString("N")[..8], "auto");
        Assert.DoesNotContain("no es un mes", fromFile, StringComparison.Ordinal);
        Assert.Equal("1", await page.InnerTextAsync("[data-testid=added]"));
    }

    [Fact]
    public async Task Alert_NewPersonLikeAWatchlistEntry_ExplainedInSpanish()
    {
        var (context, page) = await server.AdminPageAsync();
        await using var _ = context;
        var entry = """{"id":"e2e-xqb","schema":"Person","properties":{"name":["Xiomara Quiel Batista Ríos"],"birthDate":["1980-05-04"],"gender":["female"],"nationality":["pa"]}}""";
        await page.GotoAsync("/screening/watchlists");
        await page.FillAsync("#import-name", "e2e-alertas");
        await page.SelectOptionAsync("#import-format", "ftm");
        await page.SetInputFilesAsync("#import-file", new FilePayload { Name = "lista.jsonl", MimeType = "application/x-ndjson", Buffer = Encoding.UTF8.GetBytes(entry + "\n") });
        await page.ClickAsync("form:has(#import-file) button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=import-result]");
        Assert.Equal("1", await page.InnerTextAsync("[data-testid=added]"));

        // A registry person one letter away (Vatista/Batista), maternal surname missing, same birth date: the screening
        // pass (every 2 s in this server) raises an alert.
        await page.GotoAsync("/registry/new?kind=Person");
        await page.FillAsync("#givenNames", "Xiomara");
        await page.FillAsync("#paternalSurname", "Quiel");
        await page.FillAsync("#maternalSurname", "Vatista");
        await page.SelectOptionAsync("#sex", "F");
        await page.FillAsync("#birthDate", "1980-05-04");
        await page.FillAsync("#nationalities", "PA");
        await page.ClickAsync("form.entity-form button[type=submit]");
        await PageWaits.AfterPostAsync(page, new System.Text.RegularExpressions.Regex("/registry/[0-9a-f-]{36}\\?created=1$"), "[data-testid=entity-name]");

        var link = page.Locator("[data-testid=alerts] a", new() { HasText = "Xiomara Quiel Vatista" });
        for (var attempt = 0; attempt < 30 && await link.CountAsync() == 0; attempt++)
        {
            await page.GotoAsync("/screening");
            if (await link.CountAsync() == 0)
            {
                await Task.Delay(1000);
            }
        }

        await link.First.ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=explanation] li");

        // Close, not identical: the score reads 0.9x, not 1.00.
        Assert.StartsWith("0.9", (await page.InnerTextAsync("[data-testid=score]")).Trim(), StringComparison.Ordinal);
        var items = await page.Locator("[data-testid=explanation] li").AllInnerTextsAsync();
        Assert.Contains("fecha de nacimiento igual (1980-05-04)", items.Select(i => i.Trim()));
        Assert.Contains(items, i => i.Contains("apellido materno", StringComparison.Ordinal));
        Assert.DoesNotContain(items, i => i.Contains("birth", StringComparison.Ordinal) || i.Contains("surname", StringComparison.Ordinal));
        var features = await page.Locator("[data-testid=features] tbody tr td:first-child").AllInnerTextsAsync();
        Assert.Contains("Nombre", features.Select(f => f.Trim()));
        Assert.Contains("Fecha de nacimiento", features.Select(f => f.Trim()));
    }

    [Fact]
    public async Task Watchlists_ImportWithoutFileAndABadMapping_ShowsEachFieldMessageInSpanish()
    {
        var (context, page) = await server.AdminPageAsync();
        await using var _ = context;
        await page.GotoAsync("/screening/watchlists");
        await page.FillAsync("#import-name", "e2e-empty");
        await page.SelectOptionAsync("#import-format", "csv");
        await page.FillAsync("#import-map", "fecha=dob");
        await page.ClickAsync("form:has(#import-file) button[type=submit]");
        await page.WaitForSelectorAsync("#import-file-error");
        Assert.Equal("true", await page.GetAttributeAsync("#import-file", "aria-invalid"));
        Assert.Equal(0, await page.Locator("[data-testid=import-result]").CountAsync());

        // A mapping with an unknown field is named in Spanish, as the page is (the CLI says it in English).
        var map = await page.InnerTextAsync("#import-map-error");
        Assert.Contains("campo desconocido «fecha»", map, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clusters_Propose_ShowsResultAndEveryMemberLinksToTheRegistry()
    {
        var (context, page) = await server.AdminPageAsync();
        await using var _ = context;
        var response = await page.GotoAsync("/screening/clusters");
        Assert.Equal(200, response!.Status);
        await page.ClickAsync("form:has(input[name='Propose.Run']) button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=message]");
        // The count agrees with its noun: never «Se propusieron 1 grupos nuevos».
        var message = (await page.InnerTextAsync("[data-testid=message]")).Trim();
        var plural = System.Text.RegularExpressions.Regex.Match(message, @"^Se propusieron (\d+) grupos nuevos\.$");
        Assert.True(
            message is "No se propuso ningún grupo nuevo." or "Se propuso 1 grupo nuevo." || (plural.Success && int.Parse(plural.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) >= 2),
            message);

        var links = page.Locator("[data-testid=cluster] a[href^='/registry/']");
        var clusters = await page.Locator("[data-testid=cluster]").CountAsync();
        Assert.True(clusters == 0 || await links.CountAsync() >= 2 * clusters);
    }
    [Fact]
    public async Task Clusters_ConfirmThenUndo_MergesAndRestores()
    {
        var (context, page) = await server.AdminPageAsync();
        await using var _ = context;
        var surname = "Zubizarreta" + new string(Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(4).ToArray());
        var first = await CreatePersonAsync(page, "Eustaquio Bartolomé", surname, "Quintanilla");
        var second = await CreatePersonAsync(page, "Eustaquio Bartolome", surname, "Quintanilla");

        await page.GotoAsync("/screening/clusters");
        await page.ClickAsync("form:has(input[name='Propose.Run']) button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=message]");
        var cluster = page.Locator($"[data-testid=cluster]:has(a[href='/registry/{first}']):has(a[href='/registry/{second}'])");
        Assert.Equal(1, await cluster.CountAsync());
        // The pair score is a match probability and is labelled and printed as one (es-PA: "97 %", or "> 99 %" for an estimate above 99 %).
        Assert.Matches(@"Probabilidad de coincidencia más alta:\s*(?:[<>] )?\d{1,3}\s?%", await cluster.InnerTextAsync());

        // Why the two look alike, in Spanish, from the engine's explanation of the pair.
        var why = await cluster.Locator("[data-testid=pair-explanation] li").AllInnerTextsAsync();
        Assert.Contains(why, w => w.Contains("iguales sin tildes ni mayúsculas", StringComparison.Ordinal));

        // The model's evidence, in Spanish: the prior and each feature's weight in bits.
        await cluster.Locator("[data-testid=pair-evidence] summary").ClickAsync();
        var evidence = await cluster.Locator("[data-testid=pair-evidence] li").AllInnerTextsAsync();
        Assert.Contains(evidence, e => e.StartsWith("A priori, antes de comparar: -", StringComparison.Ordinal));
        Assert.Contains(evidence, e => e.StartsWith("Nombre: ", StringComparison.Ordinal) && e.EndsWith(" bits)", StringComparison.Ordinal));

        await cluster.Locator($"input[value='{second}']").CheckAsync();
        await cluster.Locator("form:has(input[name=survivor]) button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=message]");
        Assert.Contains("Confirmado", await cluster.Locator("[data-testid=cluster-status]").InnerTextAsync(), StringComparison.Ordinal);

        await cluster.Locator("button.danger").ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=message]");
        Assert.Contains("deshecha", await cluster.Locator("[data-testid=cluster-status]").InnerTextAsync(), StringComparison.Ordinal);
    }

    private static async Task<Guid> CreatePersonAsync(IPage page, string given, string paternal, string maternal)
    {
        await page.GotoAsync("/registry/new?kind=Person");
        await page.FillAsync("#givenNames", given);
        await page.FillAsync("#paternalSurname", paternal);
        await page.FillAsync("#maternalSurname", maternal);
        await page.SelectOptionAsync("#sex", "M");
        await page.FillAsync("#birthDate", "1961-02-13");
        await page.FillAsync("#nationalities", "PA");
        await page.ClickAsync("form.entity-form button[type=submit]");
        await PageWaits.AfterPostAsync(page, new System.Text.RegularExpressions.Regex("/registry/[0-9a-f-]{36}\\?created=1$"), "[data-testid=entity-name]");
        return Guid.Parse(System.Text.RegularExpressions.Regex.Match(page.Url, "[0-9a-f]{8}-[0-9a-f-]{27}").Value);
    }
}

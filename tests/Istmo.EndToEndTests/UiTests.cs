using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Istmo.EndToEndTests;

/// <summary>The web UI in a real Chromium against a real `istmo serve --demo`.</summary>
[Collection(ServerCollection.Name)]
public sealed partial class UiTests(ServerFixture server)
{
    [Fact]
    public async Task Login_PasswordAndTotpCode_ShowsHomeWithUserAndAgency()
    {
        await using var context = await server.NewContextAsync();
        var page = await context.NewPageAsync();

        await server.LoginAsync(page, "/search");

        Assert.EndsWith("/search", page.Url, StringComparison.Ordinal);
        Assert.Equal("admin", await page.InnerTextAsync("[data-testid=user-name]"));
        Assert.Contains("MINSEG", await page.InnerTextAsync("header"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_WrongPassword_ShowsLocalisedErrorAndStaysSignedOut()
    {
        await using var context = await server.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");
        await page.FillAsync("#username", "admin");
        await page.FillAsync("#password", "Definitely-Wrong-123");
        await page.ClickAsync("button[type=submit]");

        var error = await page.WaitForSelectorAsync("[data-testid=login-error]");
        Assert.Equal("Usuario o contraseña incorrectos.", (await error!.InnerTextAsync()).Trim());
        Assert.Equal(0, await page.Locator("[data-testid=user-name]").CountAsync());

        // The same failure in English.
        await page.GotoAsync("/login?culture=en");
        await page.FillAsync("#username", "nobody-here");
        await page.FillAsync("#password", "Definitely-Wrong-123");
        await page.ClickAsync("button[type=submit]");
        error = await page.WaitForSelectorAsync("[data-testid=login-error]");
        Assert.Equal("Incorrect user name or password.", (await error!.InnerTextAsync()).Trim());
    }

    [Fact]
    public async Task Login_WrongTotpCode_IsRefused()
    {
        await using var context = await server.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");
        await page.FillAsync("#username", "admin");
        await page.FillAsync("#password", server.AdminPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/login/2fa**");

        var step = Totp.StepAt(DateTimeOffset.UtcNow);
        var valid = Enumerable.Range(-2, 5).Select(d => Totp.Code(server.TotpKey, step + d)).ToHashSet();
        var wrong = Enumerable.Range(0, 1_000_000).Select(n => n.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).First(c => !valid.Contains(c));
        await page.FillAsync("#code", wrong);
        await page.ClickAsync("button[type=submit]");

        var error = await page.WaitForSelectorAsync("[data-testid=login-error]");
        Assert.Contains("no es válido", await error!.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("[data-testid=user-name]").CountAsync());
        var response = await page.GotoAsync("/search?q=ana");
        Assert.Contains("/login", page.Url, StringComparison.Ordinal);
        Assert.NotNull(response);
    }

    [Fact]
    public async Task Registry_PersonWithAliasLinkedToOrganisation_FoundByUnaccentedLowercaseSearch()
    {
        var (context, page) = await server.AdminPageAsync();
        await using var _ = context;
        var suffix = Guid.NewGuid().ToString("N")[..6];

        // The organisation, through the UI.
        await page.GotoAsync("/registry/new?kind=Organisation");
        await page.FillAsync("#legalName", $"Agencia Reclutadora Horizonte {suffix} S.A.");
        await page.FillAsync("#country", "PA");
        await page.ClickAsync("form.entity-form button[type=submit]");
        await PageWaits.AfterPostAsync(page, new Regex("/registry/[0-9a-f-]{36}\\?created=1$"), "[data-testid=entity-name]");
        var organisationUrl = new Uri(page.Url).AbsolutePath;

        // The person, with an alias, a nationality and a document.
        var personId = await CreatePersonAsync(page, "José Ángel", "Rodríguez", "Núñez", alias: $"Chepe {suffix}");
        Assert.Equal("José Ángel Rodríguez Núñez", (await page.InnerTextAsync("[data-testid=entity-name]")).Trim());

        // The link, from the person's page: search the organisation, pick it, choose the type.
        await page.FillAsync("#linkq", $"horizonte {suffix}");
        await page.ClickAsync("form.inline-search button[type=submit]");
        await page.CheckAsync($"input[name='LinkForm.ToId']");
        await page.SelectOptionAsync("#link-type", "employs");
        await page.SelectOptionAsync("#link-direction", "in");
        await page.FillAsync("#link-note", "Contrato de 2024");
        await page.ClickAsync("form.link-form button[type=submit]");
        await PageWaits.AfterPostAsync(page, new Regex("\\?linked=1#links-title$"), "#links-title");

        // Search without accents and in lower case, open the person, follow the link.
        await page.GotoAsync("/search?q=" + Uri.EscapeDataString("jose angel rodriguez"));
        await page.ClickAsync($"[data-testid=results] a[href='/registry/{personId}']");
        await page.WaitForSelectorAsync("[data-testid=links]");
        var links = await page.InnerTextAsync("[data-testid=links]");
        Assert.Contains($"Agencia Reclutadora Horizonte {suffix} S.A.", links, StringComparison.Ordinal);
        Assert.Contains("Empleado/a por", links, StringComparison.Ordinal);
        Assert.Contains($"Chepe {suffix}", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.Equal(organisationUrl, await page.GetAttributeAsync($"[data-testid=links] a", "href"));

        // The alias alone finds the person too.
        await page.GotoAsync("/search?q=" + Uri.EscapeDataString($"chepe {suffix}"));
        Assert.Equal(1, await page.Locator($"[data-testid=results] a[href='/registry/{personId}']").CountAsync());
    }

    [Fact]
    public async Task CreatePerson_EmptyRequiredFields_ShowsFieldMessagesAndCreatesNothing()
    {
        var (context, page) = await server.AdminPageAsync();
        await using var _ = context;
        var marker = "ZZTEST" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

        await page.GotoAsync("/registry/new?kind=Person");
        await page.FillAsync("#maternalSurname", marker);
        await page.FillAsync("#birthDate", "1990-13");
        await page.FillAsync("#doc-0-number", "8-123-456");
        await page.FillAsync("#doc-0-country", "P1");
        await page.ClickAsync("form.entity-form button[type=submit]");

        await page.WaitForSelectorAsync("[data-testid=error-summary]");
        Assert.Contains("/registry/new", page.Url, StringComparison.Ordinal);
        Assert.Equal("Este campo es obligatorio.", (await page.InnerTextAsync("#givenNames-error")).Trim());
        Assert.Equal("Este campo es obligatorio.", (await page.InnerTextAsync("#paternalSurname-error")).Trim());
        Assert.Equal("El mes debe estar entre 1 y 12.", (await page.InnerTextAsync("#birthDate-error")).Trim());
        Assert.Equal("Este campo es obligatorio.", (await page.InnerTextAsync("#doc-0-type-error")).Trim());
        Assert.Contains("dos letras", await page.InnerTextAsync("#doc-0-country-error"), StringComparison.Ordinal);
        Assert.Equal("true", await page.GetAttributeAsync("#givenNames", "aria-invalid"));

        // What was typed is kept, and nothing was written.
        Assert.Equal(marker, await page.InputValueAsync("#maternalSurname"));
        await page.GotoAsync("/search?q=" + marker.ToLowerInvariant());
        await page.WaitForSelectorAsync("[data-testid=no-results]");
    }

    [Fact]
    public async Task LanguageSwitch_English_ShowsEnglishLabelsAndValidationMessages()
    {
        var (context, page) = await server.AdminPageAsync();
        await using var _ = context;
        await page.GotoAsync("/registry/new?kind=Person");
        Assert.Equal("es", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains("Nombres", await page.InnerTextAsync("label[for=givenNames]"), StringComparison.Ordinal);

        await page.ClickAsync("nav.lang a[hreflang=en]");
        await page.WaitForSelectorAsync("html[lang=en]");
        Assert.EndsWith("/registry/new?kind=Person", page.Url, StringComparison.Ordinal);
        Assert.Contains("Given names", await page.InnerTextAsync("label[for=givenNames]"), StringComparison.Ordinal);
        Assert.Contains("Registry", await page.InnerTextAsync("nav.mainnav"), StringComparison.Ordinal);
        Assert.Contains("Sign out", await page.InnerTextAsync("header"), StringComparison.Ordinal);

        await page.ClickAsync("form.entity-form button[type=submit]");
        await page.WaitForSelectorAsync("#givenNames-error");
        Assert.Equal("This field is required.", (await page.InnerTextAsync("#givenNames-error")).Trim());

        // The choice sticks (cookie) and switches back.
        await page.GotoAsync("/search");
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        await page.ClickAsync("nav.lang a[hreflang=es]");
        await page.WaitForSelectorAsync("html[lang=es]");
        Assert.Contains("Registro", await page.InnerTextAsync("h1"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accessibility_KeyPages_HaveNoSeriousOrCriticalViolations()
    {
        await using (var anonymous = await server.NewContextAsync())
        {
            var login = await anonymous.NewPageAsync();
            await login.GotoAsync("/login");
            await AssertAccessibleAsync(login, "login");
        }

        var (context, page) = await server.AdminPageAsync();
        await using var _ = context;
        await page.GotoAsync("/");
        await AssertAccessibleAsync(page, "home");

        var personId = await CreatePersonAsync(page, "Marisol", "Axe", "Prueba", alias: "La Axe");
        await AssertAccessibleAsync(page, "person detail");

        await page.GotoAsync("/search?q=marisol axe");
        await page.WaitForSelectorAsync($"[data-testid=results] a[href='/registry/{personId}']");
        await AssertAccessibleAsync(page, "search results");

        await page.GotoAsync("/registry/new?kind=Person");
        await page.ClickAsync("form.entity-form button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=error-summary]");
        await AssertAccessibleAsync(page, "person form with errors");

        await page.GotoAsync("/audit");
        await page.WaitForSelectorAsync("[data-testid=audit-table]");
        await AssertAccessibleAsync(page, "audit");
    }

    [Fact]
    public async Task Audit_AfterCreatingPerson_ListsTheCreationAndVerifiesTheChain()
    {
        var (context, page) = await server.AdminPageAsync();
        await using var _ = context;
        var personId = await CreatePersonAsync(page, "Auditada", "Registro", "Cadena", alias: null);

        await page.GotoAsync("/audit?entityId=" + personId);
        await page.WaitForSelectorAsync("[data-testid=audit-table]");
        var rows = page.Locator("[data-testid=audit-table] tbody tr");
        Assert.True(await rows.CountAsync() >= 1);
        var table = await page.InnerTextAsync("[data-testid=audit-table]");
        Assert.Contains("create", table, StringComparison.Ordinal);
        Assert.Contains("Person", table, StringComparison.Ordinal);
        Assert.Contains("admin", table, StringComparison.Ordinal);
        Assert.Contains(personId.ToString(), table, StringComparison.Ordinal);

        // Failed sign-ins are in the chain too (user name, never the password).
        await page.GotoAsync("/audit?entityType=User");
        await page.WaitForSelectorAsync("[data-testid=audit-table]");

        await page.GotoAsync("/audit");
        await page.ClickAsync("text=Verificar la cadena");
        var result = await page.WaitForSelectorAsync("[data-testid=verify-result]");
        Assert.Contains("Cadena íntegra", await result!.InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_ConcurrentSavesInTwoPages_SecondShowsConflictMessage()
    {
        var (context, first) = await server.AdminPageAsync();
        await using var _ = context;
        var personId = await CreatePersonAsync(first, "Concurrente", "Edición", "Doble", alias: null);
        var second = await context.NewPageAsync();

        await first.GotoAsync($"/registry/{personId}/edit");
        await second.GotoAsync($"/registry/{personId}/edit");

        await first.FillAsync("#maternalSurname", "Primera");
        await first.ClickAsync("form.entity-form button[type=submit]");
        await PageWaits.AfterPostAsync(first, new Regex("\\?saved=1$"), "[data-testid=entity-name]");

        await second.FillAsync("#maternalSurname", "Segunda");
        await second.ClickAsync("form.entity-form button[type=submit]");
        var conflict = await second.WaitForSelectorAsync("[data-testid=conflict]");
        Assert.Contains("Este registro fue modificado por otra persona", await conflict!.InnerTextAsync(), StringComparison.Ordinal);

        // The first save stands; the reload link shows it.
        await second.ClickAsync("[data-testid=conflict] a");
        await second.WaitForSelectorAsync("#maternalSurname");
        Assert.Equal("Primera", await second.InputValueAsync("#maternalSurname"));
    }

    [Fact]
    public async Task Tokens_Create_ShowsSecretOnceAndListsIt()
    {
        var (context, page) = await server.AdminPageAsync();
        await using var _ = context;
        var name = "e2e " + Guid.NewGuid().ToString("N")[..6];
        await page.GotoAsync("/account/tokens");
        await page.FillAsync("#token-name", name);
        await page.CheckAsync("#scope-registry\\.read");
        await page.ClickAsync("form:has(#token-name) button[type=submit]");

        var secret = await page.WaitForSelectorAsync("[data-testid=token-secret]");
        Assert.StartsWith("istmo_", await secret!.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains(name, await page.InnerTextAsync("[data-testid=tokens]"), StringComparison.Ordinal);

        await page.GotoAsync("/account/tokens");
        Assert.Equal(0, await page.Locator("[data-testid=token-secret]").CountAsync());
    }

    [Fact]
    public async Task Pages_UnknownAddress_ShowsNotFoundPageWith404()
    {
        var (context, page) = await server.AdminPageAsync();
        await using var _ = context;
        var response = await page.GotoAsync("/no/such/page");
        Assert.Equal(404, response!.Status);
        Assert.Contains("Página no encontrada", await page.InnerTextAsync("h1"), StringComparison.Ordinal);

        response = await page.GotoAsync($"/registry/{Guid.NewGuid()}");
        Assert.Equal(404, response!.Status);
    }

    private static async Task<Guid> CreatePersonAsync(IPage page, string given, string paternal, string maternal, string? alias)
    {
        await page.GotoAsync("/registry/new?kind=Person");
        await page.FillAsync("#givenNames", given);
        await page.FillAsync("#paternalSurname", paternal);
        await page.FillAsync("#maternalSurname", maternal);
        await page.SelectOptionAsync("#sex", "M");
        await page.FillAsync("#birthDate", "1987-04");
        await page.FillAsync("#nationalities", "PA, CO");
        if (alias is not null)
        {
            await page.FillAsync("#aliases", alias);
        }

        await page.FillAsync("#doc-0-type", "cedula");
        await page.FillAsync("#doc-0-number", "8-" + Random.Shared.Next(100, 999) + "-" + Random.Shared.Next(1000, 9999));
        await page.FillAsync("#doc-0-country", "PA");
        await page.ClickAsync("form.entity-form button[type=submit]");
        await PageWaits.AfterPostAsync(page, new Regex("/registry/[0-9a-f-]{36}\\?created=1$"), "[data-testid=entity-name]");
        return Guid.Parse(IdInPath().Match(page.Url).Value);
    }

    private static async Task AssertAccessibleAsync(IPage page, string what)
    {
        // Set ISTMO_E2E_SCREENSHOTS=/some/dir to keep a picture of each checked page.
        if (Environment.GetEnvironmentVariable("ISTMO_E2E_SCREENSHOTS") is { Length: > 0 } shots)
        {
            Directory.CreateDirectory(shots);
            await page.ScreenshotAsync(new() { Path = Path.Combine(shots, what.Replace(' ', '-') + ".png"), FullPage = true });
        }

        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"{what}: " + string.Join("; ", serious.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}")));
    }

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex IdInPath();
}

using Istmo.Cli;
using Istmo.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Istmo.IntegrationTests;

public sealed class CliTests
{
    public static TheoryData<string> Engines => TestDatabase.Engines();

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task DbMigrate_ThenUsersAddListDisable_WorkEndToEnd(string engine)
    {
        await using var db = await TestDatabase.CreateEmptyAsync(engine);

        var migrate = await CliRunner.RunAsync("db", "migrate", "--database", db.ConnectionString);
        var add = await CliRunner.RunAsync("users", "add", "--username", "mgarcia", "--name", "María García", "--agency", "SNM", "--role", "analyst", "--database", db.ConnectionString);
        var list = await CliRunner.RunAsync("users", "list", "--database", db.ConnectionString);
        var disable = await CliRunner.RunAsync("users", "disable", "--username", "mgarcia", "--database", db.ConnectionString);
        var missing = await CliRunner.RunAsync("users", "disable", "--username", "nadie", "--database", db.ConnectionString);
        var listAfter = await CliRunner.RunAsync("users", "list", "--database", db.ConnectionString);

        Assert.Equal(ExitCodes.Ok, migrate.ExitCode);
        Assert.Equal(ExitCodes.Ok, add.ExitCode);
        Assert.Contains("Password (shown once): ", add.Output, StringComparison.Ordinal);
        Assert.Contains("mgarcia\tMaría García\tSNM\tanalyst\tactive", list.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, disable.ExitCode);
        Assert.Equal(ExitCodes.NotFound, missing.ExitCode);
        Assert.Contains("istmo users list", missing.Error, StringComparison.Ordinal);
        Assert.Contains("mgarcia\tMaría García\tSNM\tanalyst\tdisabled", listAfter.Output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task UsersAdd_BadAgencyAndRole_NamesTheOptionsAndCreatesNothing(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);

        var result = await CliRunner.RunAsync("users", "add", "--username", "x", "--name", "X", "--agency", "FBI", "--role", "god", "--database", db.ConnectionString);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("--agency", result.Error, StringComparison.Ordinal);
        Assert.Contains("--roles", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("UnknownAgency", result.Error, StringComparison.Ordinal);
        await using var context = db.NewContext();
        Assert.Equal(0, await context.Users.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task UsersAdd_WeakPasswordFromStdin_IsRefusedWithoutHalfCreatedUser(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var stdin = Console.In;
        Console.SetIn(new StringReader("corta\n"));
        try
        {
            var result = await CliRunner.RunAsync("users", "add", "--username", "debil", "--name", "Débil", "--agency", "PNP", "--role", "viewer", "--password-stdin", "--database", db.ConnectionString);

            Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
            Assert.Contains("--password", result.Error, StringComparison.Ordinal);

            // The minimum length comes through the localised describer, whatever the machine's language.
            Assert.Contains("12", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            Console.SetIn(stdin);
        }

        await using var context = db.NewContext();
        Assert.Equal(0, await context.Users.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task AuditVerify_IntactThenTampered_ExitsZeroThenFourNamingEntry(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await CliRunner.RunAsync("users", "add", "--username", "ana", "--name", "Ana", "--agency", "PNP", "--role", "analyst", "--database", db.ConnectionString);
        await CliRunner.RunAsync("users", "add", "--username", "beto", "--name", "Beto", "--agency", "PNP", "--role", "analyst", "--database", db.ConnectionString);

        var intact = await CliRunner.RunAsync("audit", "verify", "--database", db.ConnectionString);
        await using (var context = db.NewContext())
        {
            await context.Database.ExecuteSqlRawAsync("UPDATE audit_entries SET \"Agency\" = 'UAF' WHERE \"Sequence\" = 1");
        }

        var broken = await CliRunner.RunAsync("audit", "verify", "--database", db.ConnectionString);

        Assert.Equal(ExitCodes.Ok, intact.ExitCode);
        Assert.Contains("2 entries verified", intact.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.AuditBroken, broken.ExitCode);
        Assert.Contains("BROKEN at entry 1", broken.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commands_UnreachableOrUnmigratedDatabase_ExitThreeWithOneLine()
    {
        var folder = Directory.CreateTempSubdirectory("istmo-cli-").FullName;
        var missingFile = $"Data Source={Path.Combine(folder, "none.db")}";

        var sqlite = await CliRunner.RunAsync("audit", "verify", "--database", missingFile);
        var postgres = await CliRunner.RunAsync("users", "list", "--database", "Host=127.0.0.1;Port=1;Username=x;Password=y;Database=z;Timeout=2");

        Assert.Equal(ExitCodes.DatabaseUnavailable, sqlite.ExitCode);
        Assert.Contains("istmo db migrate", sqlite.Error, StringComparison.Ordinal);
        Assert.Single(sqlite.Error.Trim().Split('\n'));
        Assert.Equal(ExitCodes.DatabaseUnavailable, postgres.ExitCode);
        Assert.Single(postgres.Error.Trim().Split('\n'));
    }

    [Fact]
    public async Task Version_PrintsVersion()
    {
        var result = await CliRunner.RunAsync("version");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.StartsWith("istmo ", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_EveryCommand_DescribesItself()
    {
        foreach (var command in new[] { "serve", "db migrate", "demo seed", "users add", "users list", "users disable", "audit verify", "version" })
        {
            var result = await CliRunner.RunAsync([.. command.Split(' '), "--help"]);
            Assert.Equal(ExitCodes.Ok, result.ExitCode);
            Assert.Contains("Usage:", result.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task UnknownCommand_ExitsNonZeroWithMessage()
    {
        var result = await CliRunner.RunAsync("frobnicate");

        Assert.NotEqual(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("frobnicate", result.Error, StringComparison.Ordinal);
    }
}

using Istmo.Data;
using Istmo.IntegrationTests.Infrastructure;

namespace Istmo.IntegrationTests;

public sealed class MigrationTests
{
    public static TheoryData<string> Engines => TestDatabase.Engines();

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task CheckAsync_EmptyDatabase_SaysWhichMigrationToRun(string engine)
    {
        await using var db = await TestDatabase.CreateEmptyAsync(engine);
        await using var context = db.NewContext();

        var problem = await DatabaseStatus.CheckAsync(context);

        Assert.NotNull(problem);
        Assert.Contains("istmo db migrate", problem, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task MigrateAsync_Twice_LeavesDatabaseReady(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await using (var services = Cli.CliServices.Build(db.ConnectionString))
        {
            await Hosting.PlatformServices.MigrateAsync(services);
        }

        await using var context = db.NewContext();
        Assert.Null(await DatabaseStatus.CheckAsync(context));
    }
}

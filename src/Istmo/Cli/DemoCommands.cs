using System.CommandLine;
using Istmo.Data;
using Istmo.Hosting;
using Istmo.Modules.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace Istmo.Cli;

internal static class DemoCommands
{
    public const int DefaultSeed = DemoDataGenerator.DefaultSeed;

    public static Command Create()
    {
        var demo = new Command("demo", "Demo data.");
        var people = new Option<int>("--people") { Description = "How many people to generate (with their organisations, phones, addresses and links).", DefaultValueFactory = _ => 2000 };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed and size give the same data.", DefaultValueFactory = _ => DefaultSeed };
        var seedCommand = new Command("seed", "Migrates the database and fills an empty registry with realistic, deterministic demo data.") { people, seed };
        seedCommand.SetAction(async (parse, ct) =>
        {
            var connection = DatabaseSettings.Resolve(parse.GetValue(CommonOptions.Database));
            await using var services = CliServices.Build(connection);
            return await PrepareAsync(services, parse.GetValue(people), parse.GetValue(seed), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, ct);
        });
        demo.Subcommands.Add(seedCommand);
        return demo;
    }

    /// <summary>Migrates, then seeds when the registry is empty.</summary>
    public static async Task<int> PrepareAsync(IServiceProvider services, int people, int seed, TextWriter output, TextWriter error, CancellationToken ct)
    {
        if (people is < 0 or > 5_000_000)
        {
            error.WriteLine("error: --people must be between 0 and 5,000,000.");
            return ExitCodes.Usage;
        }

        try
        {
            await PlatformServices.MigrateAsync(services, ct);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or System.Net.Sockets.SocketException)
        {
            error.WriteLine($"error: cannot prepare the database: {ex.GetBaseException().Message}");
            return ExitCodes.DatabaseUnavailable;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IstmoDbContext>();
        var lastReported = 0;
        var progress = new Progress<int>(done =>
        {
            if (done - lastReported >= 10_000 || done == people)
            {
                lastReported = done;
                output.WriteLine($"  seeded {done:N0} of {people:N0} people");
            }
        });
        var result = await new DemoSeeder(db).SeedAsync(people, seed, progress, ct);
        output.WriteLine("Demo data: " + result.Message);
        return ExitCodes.Ok;
    }
}

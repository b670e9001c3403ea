using System.CommandLine;
using Istmo.Data;
using Istmo.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Istmo.Cli;

internal static class DbCommands
{
    public static Command Create()
    {
        var db = new Command("db", "Database administration.");
        var migrate = new Command("migrate", "Creates the database if needed and applies every pending migration (safe to repeat).");
        migrate.SetAction(async (parse, ct) =>
        {
            var connection = DatabaseSettings.Resolve(parse.GetValue(CommonOptions.Database));
            await using var services = CliServices.Build(connection);
            try
            {
                await PlatformServices.MigrateAsync(services, ct);
            }
            catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or System.Net.Sockets.SocketException)
            {
                parse.InvocationConfiguration.Error.WriteLine($"error: cannot migrate {DatabaseSettings.Describe(connection)}: {ex.GetBaseException().Message}");
                return ExitCodes.DatabaseUnavailable;
            }

            parse.InvocationConfiguration.Output.WriteLine($"Database {DatabaseSettings.Describe(connection)} is up to date.");
            return ExitCodes.Ok;
        });
        var status = new Command("status", "Says whether the database is reachable and migrated.");
        status.SetAction((parse, ct) => CliServices.OnReadyDatabaseAsync(parse, (_, output, _) =>
        {
            output.WriteLine("Database is reachable and up to date.");
            return Task.FromResult(ExitCodes.Ok);
        }));
        db.Subcommands.Add(migrate);
        db.Subcommands.Add(status);
        return db;
    }
}

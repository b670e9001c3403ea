using System.CommandLine;
using Istmo.Data;
using Istmo.Hosting;
using Istmo.Modules.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace Istmo.Cli;

internal static class AuditCommands
{
    public static Command Create()
    {
        var audit = new Command("audit", "The append-only audit chain.");
        var verify = new Command("verify", "Walks the audit chain and names the first entry that was altered, removed or inserted. Exit 4 when broken.");
        verify.SetAction(async (parse, ct) =>
        {
            var connection = DatabaseSettings.Resolve(parse.GetValue(CommonOptions.Database));
            await using var services = CliServices.Build(connection);
            await using var scope = services.CreateAsyncScope();
            var problem = await DatabaseStatus.CheckAsync(scope.ServiceProvider.GetRequiredService<IstmoDbContext>(), ct);
            if (problem is not null)
            {
                parse.InvocationConfiguration.Error.WriteLine($"error: {problem}");
                return ExitCodes.DatabaseUnavailable;
            }

            var result = await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(ct);
            if (result.IsIntact)
            {
                parse.InvocationConfiguration.Output.WriteLine($"Audit chain intact: {result.EntriesChecked} entries verified.");
                return ExitCodes.Ok;
            }

            parse.InvocationConfiguration.Error.WriteLine($"Audit chain BROKEN at entry {result.FirstBrokenSequence}: {result.Problem}. {result.EntriesChecked} entries before it are intact.");
            return ExitCodes.AuditBroken;
        });
        audit.Subcommands.Add(verify);
        return audit;
    }
}

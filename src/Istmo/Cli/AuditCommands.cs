using System.CommandLine;
using Istmo.Modules.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace Istmo.Cli;

internal static class AuditCommands
{
    public static Command Create()
    {
        var audit = new Command("audit", "The append-only audit chain.");
        var verify = new Command("verify", "Walks the audit chain and names the first entry that was altered, removed or inserted. Exit 4 when broken.");
        verify.SetAction((parse, ct) => CliServices.OnReadyDatabaseAsync(parse, async (sp, output, error) =>
        {
            var result = await sp.GetRequiredService<AuditVerifier>().VerifyAsync(ct);
            if (result.IsIntact)
            {
                output.WriteLine($"Audit chain intact: {result.EntriesChecked} entries verified.");
                return ExitCodes.Ok;
            }

            error.WriteLine($"Audit chain BROKEN at entry {result.FirstBrokenSequence}: {result.Problem}. {result.EntriesChecked} entries before it are intact.");
            return ExitCodes.AuditBroken;
        }));
        audit.Subcommands.Add(verify);
        return audit;
    }
}

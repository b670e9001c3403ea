using System.CommandLine;

namespace Istmo.Cli;

/// <summary>The `istmo` command tree.</summary>
public static class IstmoCommandLine
{
    public static RootCommand Build()
    {
        var root = new RootCommand("Istmo: Panama's interagency platform against trafficking and transnational crime.");
        root.Options.Add(CommonOptions.Database);
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(DbCommands.Create());
        root.Subcommands.Add(DemoCommands.Create());
        root.Subcommands.Add(UserCommands.Create());
        root.Subcommands.Add(AuditCommands.Create());
        root.Subcommands.Add(VersionCommand.Create());
        foreach (var command in ScreeningCommands.Create()) { root.Subcommands.Add(command); }
        root.Subcommands.Add(BenchCommands.Create());
        return root;
    }
}

using System.CommandLine;
using System.Reflection;

namespace Istmo.Cli;

internal static class VersionCommand
{
    public static Command Create()
    {
        var command = new Command("version", "Prints the version of Istmo and of the .NET runtime.");
        command.SetAction(parse =>
        {
            var version = typeof(VersionCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
            parse.InvocationConfiguration.Output.WriteLine($"istmo {version} (.NET {Environment.Version})");
            return ExitCodes.Ok;
        });
        return command;
    }
}

using System.CommandLine;
using Istmo.Cli;

namespace Istmo.IntegrationTests.Infrastructure;

/// <summary>Runs `istmo` commands in-process with captured output.</summary>
public static class CliRunner
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        var code = await IstmoCommandLine.Build().Parse(args).InvokeAsync(configuration);
        return (code, output.ToString(), error.ToString());
    }
}

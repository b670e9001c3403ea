using System.CommandLine;
using Istmo.Cli;

// The web host handles SIGTERM/Ctrl+C itself (draining in-flight requests), so the command-line library must not
// cut the process short on those signals.
var configuration = new InvocationConfiguration { ProcessTerminationTimeout = null };
return await IstmoCommandLine.Build().Parse(args).InvokeAsync(configuration);

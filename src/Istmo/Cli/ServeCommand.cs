using System.CommandLine;
using Istmo.Data;
using Istmo.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Istmo.Cli;

internal static class ServeCommand
{
    public static readonly Option<string> Urls = new("--urls")
    {
        Description = "Address to listen on (loopback by default; put a TLS reverse proxy in front for other hosts).",
        DefaultValueFactory = _ => "http://127.0.0.1:5080",
    };

    public static Command Create()
    {
        var demo = new Option<bool>("--demo") { Description = "Migrate, seed demo data if the registry is empty, and print a demo administrator's login." };
        var people = new Option<int>("--people") { Description = "Demo people to generate with --demo.", DefaultValueFactory = _ => 2000 };
        var command = new Command("serve", "Runs the web UI, the HTTP API and background workers.") { Urls, demo, people };
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var connection = DatabaseSettings.Resolve(parse.GetValue(CommonOptions.Database));
            var urls = parse.GetValue(Urls)!;
            DemoCredentials? credentials = null;
            await using (var services = CliServices.Build(connection))
            {
                if (parse.GetValue(demo))
                {
                    var code = await DemoCommands.PrepareAsync(services, parse.GetValue(people), DemoCommands.DefaultSeed, output, error, ct);
                    if (code != ExitCodes.Ok)
                    {
                        return code;
                    }

                    credentials = await DemoAdmin.EnsureAsync(services, ct);
                }

                await using var scope = services.CreateAsyncScope();
                var problem = await DatabaseStatus.CheckAsync(scope.ServiceProvider.GetRequiredService<IstmoDbContext>(), ct);
                if (problem is not null)
                {
                    error.WriteLine($"error: {problem} ({DatabaseSettings.Describe(connection)})");
                    return ExitCodes.DatabaseUnavailable;
                }
            }

            var app = WebHost.Build(new WebHostOptions(connection, urls));
            await app.StartAsync(ct);
            output.WriteLine($"Istmo is listening on {urls} (database: {DatabaseSettings.Describe(connection)}).");
            if (credentials is not null)
            {
                output.WriteLine($"Demo administrator: user '{credentials.UserName}', password '{credentials.Password}' (new at every demo start).");
                output.WriteLine($"Two-factor key for an authenticator app: {credentials.AuthenticatorKey}");
                output.WriteLine($"  otpauth://totp/Istmo:{credentials.UserName}?secret={credentials.AuthenticatorKey}&issuer=Istmo&digits=6");
            }

            output.WriteLine("Press Ctrl+C to stop.");
            await app.WaitForShutdownAsync(ct);
            await app.DisposeAsync();
            return ExitCodes.Ok;
        });
        return command;
    }
}

using System.CommandLine;
using Istmo.Data;
using Istmo.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Istmo.Cli;

/// <summary>The service container for one CLI command (no web host): database, identity stores, modules.</summary>
public static class CliServices
{
    public static ServiceProvider Build(string connection)
    {
        var services = new ServiceCollection();
        services.AddIstmoPlatform(connection);
        services.AddIstmoIdentityCore();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    /// <summary>Runs the body in a scope over a reachable, migrated database, or explains what to run first.</summary>
    public static async Task<int> OnReadyDatabaseAsync(ParseResult parse, Func<IServiceProvider, TextWriter, TextWriter, Task<int>> body)
    {
        var connection = DatabaseSettings.Resolve(parse.GetValue(CommonOptions.Database));
        await using var services = CliServices.Build(connection);
        await using var scope = services.CreateAsyncScope();
        var problem = await DatabaseStatus.CheckAsync(scope.ServiceProvider.GetRequiredService<IstmoDbContext>());
        if (problem is not null)
        {
            parse.InvocationConfiguration.Error.WriteLine($"error: {problem}");
            return ExitCodes.DatabaseUnavailable;
        }

        return await body(scope.ServiceProvider, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
    }
}

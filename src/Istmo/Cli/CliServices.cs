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
}

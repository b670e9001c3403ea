using Microsoft.Extensions.DependencyInjection;

namespace Istmo.Modules.Screening;

/// <summary>Registers the screening module's services.</summary>
public static class ScreeningRegistration
{
    /// <summary>Watchlist import, screening, alerts, entity resolution, the index cache and the background registry screening.</summary>
    public static IServiceCollection AddIstmoScreening(this IServiceCollection services)
    {
        services.AddSingleton<ScreeningIndexCache>();
        services.AddScoped<WatchlistImporter>();
        services.AddScoped<ScreeningService>();
        services.AddScoped<AlertService>();
        services.AddScoped<ResolutionService>();
        services.AddHostedService<RegistryScreeningWorker>();
        return services;
    }
}

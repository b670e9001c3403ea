using Istmo.Core.Access;
using Istmo.Modules.Access;
using Istmo.Modules.Audit;
using Istmo.Modules.Registry;
using Microsoft.Extensions.DependencyInjection;

namespace Istmo.Modules;

/// <summary>Registers the services of the platform modules (the host adds web and identity wiring).</summary>
public static class ModuleRegistration
{
    public static IServiceCollection AddIstmoModules(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<HttpActorAccessor>();
        services.AddScoped<IActorAccessor>(sp => sp.GetRequiredService<HttpActorAccessor>());
        services.AddScoped<ValidationMessages>();
        services.AddScoped<RegistryService>();
        services.AddScoped<RegistrySearch>();
        services.AddScoped<AuditVerifier>();
        services.AddScoped<AuditQuery>();
        services.AddScoped<ApiTokenService>();
        services.AddScoped<UserAdminService>();
        services.AddScoped<PlatformBootstrapper>();
        Screening.ScreeningRegistration.AddIstmoScreening(services);
        return services;
    }
}

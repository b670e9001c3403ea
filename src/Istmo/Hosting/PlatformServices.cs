using Istmo.Data;
using Istmo.Data.Identity;
using Istmo.Modules;
using Istmo.Modules.Access;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Istmo.Hosting;

/// <summary>The services every entry point needs (web host and CLI): database, identity stores, modules, clock.</summary>
public static class PlatformServices
{
    public static IServiceCollection AddIstmoPlatform(this IServiceCollection services, string connection, string? dataDirectory = null)
    {
        // Keys protecting cookies and two-factor tokens survive restarts; they stay beside the data, never in the repo.
        var keys = Path.Combine(dataDirectory ?? Path.GetFullPath("data"), "keys");
        services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(keys)).SetApplicationName("istmo");
        services.AddSingleton(TimeProvider.System);
        services.AddDbContext<IstmoDbContext>(options => DatabaseProvider.Configure(options, connection));
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddIstmoModules();
        return services;
    }

    /// <summary>Identity's rules for local accounts: long passwords, lockout after repeated failures, unique names.</summary>
    public static void ConfigureIdentity(IdentityOptions options)
    {
        options.Password.RequiredLength = 12;
        options.Password.RequireDigit = true;
        options.Password.RequireLowercase = true;
        options.Password.RequireUppercase = true;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequiredUniqueChars = 5;
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.User.RequireUniqueEmail = false;
        options.SignIn.RequireConfirmedAccount = false;
    }

    /// <summary>Identity for CLI use: user and role managers without cookies.</summary>
    public static IServiceCollection AddIstmoIdentityCore(this IServiceCollection services)
    {
        services.AddLogging();
        services.AddIdentityCore<IstmoUser>(ConfigureIdentity)
            .AddRoles<IstmoRole>()
            .AddEntityFrameworkStores<IstmoDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<LocalizedIdentityErrors>()
            .AddClaimsPrincipalFactory<IstmoClaimsFactory>();
        return services;
    }

    /// <summary>Applies pending migrations and the bootstrap data (roles, compartment grants).</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IstmoDbContext>();
        await db.Database.MigrateAsync(ct);
        await scope.ServiceProvider.GetRequiredService<PlatformBootstrapper>().EnsureAsync(ct);
    }
}

using System.Globalization;
using System.Text.Json.Serialization;
using Istmo.Data;
using Istmo.Data.Identity;
using Istmo.Modules.Access;
using Istmo.Modules.Audit;
using Istmo.Modules.Registry;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;

namespace Istmo.Hosting;

/// <summary>Options of one web host run.</summary>
public sealed record WebHostOptions(string Database, string Urls, string Environment = "Production", string? DataDirectory = null);

/// <summary>Builds the web application: UI, API, health, metrics. Used by `istmo serve` and by the tests.</summary>
public static class WebHost
{
    /// <summary>Cultures the UI speaks; the first is the default.</summary>
    public static readonly CultureInfo[] Cultures = [new("es-PA"), new("en")];

    public static WebApplication Build(WebHostOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [],
            EnvironmentName = options.Environment,
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(WebHost).Assembly.GetName().Name,
        });
        builder.WebHost.UseStaticWebAssets();
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.UseShutdownTimeout(TimeSpan.FromSeconds(30));
        ConfigureLogging(builder);

        var services = builder.Services;
        services.AddIstmoPlatform(options.Database, options.DataDirectory);
        services.AddIdentity<IstmoUser, IstmoRole>(PlatformServices.ConfigureIdentity)
            .AddEntityFrameworkStores<IstmoDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<LocalizedIdentityErrors>()
            .AddClaimsPrincipalFactory<IstmoClaimsFactory>();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/login";
            cookie.LogoutPath = "/logout";
            cookie.AccessDeniedPath = "/denied";
            cookie.Cookie.Name = "istmo.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
            cookie.Events.OnRedirectToLogin = ApiAware(StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = ApiAware(StatusCodes.Status403Forbidden);
        });
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null)
            .AddPolicyScheme("istmo", "cookie or token", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiTokenAuthenticationHandler.SchemeName
                    : IdentityConstants.ApplicationScheme);
        services.Configure<AuthenticationOptions>(o =>
        {
            // AddIdentity names the cookie as the default for authenticate; the policy scheme must win so tokens work.
            o.DefaultScheme = "istmo";
            o.DefaultAuthenticateScheme = "istmo";
            o.DefaultChallengeScheme = "istmo";
            o.DefaultForbidScheme = "istmo";
        });
        services.AddAuthorization(Policies.Register);
        services.AddCascadingAuthenticationState();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemMapping>();
        services.AddOpenApi("v1");
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        services.AddOpenTelemetry().WithMetrics(m => m
            .AddAspNetCoreInstrumentation()
            .AddRuntimeInstrumentation()
            .AddMeter("Istmo")
            .AddPrometheusExporter());
        services.AddRazorComponents();
        services.AddAntiforgery();
        Web.WebRegistration.AddIstmoWeb(services);
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseExceptionHandler();
        // Bare API errors (401, 404, 405) get a problem-details body; pages render their own 403/404 views.
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaticAssets();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
        app.MapPrometheusScrapingEndpoint("/metrics");
        app.MapOpenApi("/openapi/{documentName}.json");

        var api = app.MapGroup("/api/v1").DisableAntiforgery();
        api.MapRegistryApi();
        Modules.Screening.ScreeningEndpoints.MapScreeningApi(api);
        api.MapAuditApi();
        api.MapAccessApi();
        Web.WebRegistration.MapIstmoWeb(app);
        return app;
    }

    private static Func<Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>, Task> ApiAware(int status) =>
        context =>
        {
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                context.Response.StatusCode = status;
            }
            else
            {
                context.Response.Redirect(context.RedirectUri);
            }

            return Task.CompletedTask;
        };

    private static void ConfigureLogging(WebApplicationBuilder builder)
    {
        // JSON lines, one event each. EF's SQL logging stays at Warning: parameter values could carry personal data.
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(o => o.IncludeScopes = false);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
    }
}

/// <summary>Ready when the database answers and needs no migration.</summary>
internal sealed class DatabaseHealthCheck(IstmoDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var problem = await DatabaseStatus.CheckAsync(db, cancellationToken);
        return problem is null ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy(problem);
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Istmo.Web;

/// <summary>Registers and maps the web UI (Razor components rendered on the server).</summary>
public static class WebRegistration
{
    public static IServiceCollection AddIstmoWeb(IServiceCollection services) => services;

    public static void MapIstmoWeb(WebApplication app) => app.MapRazorComponents<Components.App>();
}

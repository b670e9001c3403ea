using Istmo.Data;
using Istmo.Data.Identity;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace Istmo.Web;

/// <summary>Registers and maps the web UI (Razor components rendered on the server).</summary>
public static class WebRegistration
{
    /// <summary>Culture codes the language switch accepts (same as the host's supported cultures).</summary>
    public static readonly IReadOnlyList<string> Cultures = ["es-PA", "en"];

    public static IServiceCollection AddIstmoWeb(IServiceCollection services) => services;

    public static void MapIstmoWeb(WebApplication app)
    {
        app.MapGet("/culture", SetCulture).AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/logout", LogoutAsync).ExcludeFromDescription();
        app.MapRazorComponents<Components.App>();
    }

    /// <summary>True for a path on this site ("/x"), false for absolute or protocol-relative URLs.</summary>
    public static bool IsLocalUrl(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Contains("\r", StringComparison.Ordinal) && !url.Contains("\n", StringComparison.Ordinal);

    /// <summary>The URL if it is local, otherwise the home page.</summary>
    public static string SafeReturnUrl(string? url) => IsLocalUrl(url) ? url! : "/";

    private static IResult SetCulture(HttpContext context, string? c, string? returnUrl)
    {
        var culture = Cultures.FirstOrDefault(x => string.Equals(x, c, StringComparison.OrdinalIgnoreCase)) ?? Cultures[0];
        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true, Path = "/" });
        return Results.LocalRedirect(SafeReturnUrl(returnUrl));
    }

    private static async Task<IResult> LogoutAsync(HttpContext context, IAntiforgery antiforgery, SignInManager<IstmoUser> signIn, IstmoDbContext db)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Results.BadRequest();
        }

        if (context.User.Identity?.IsAuthenticated == true)
        {
            db.RecordAudit("logout", "User", context.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value, null, new { userName = context.User.Identity.Name });
            await db.SaveChangesAsync(context.RequestAborted);
        }

        await signIn.SignOutAsync();
        return Results.LocalRedirect("/login");
    }
}

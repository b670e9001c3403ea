using Istmo.Core.Access;
using Istmo.Data.Identity;
using Istmo.Modules.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Istmo.Hosting;

/// <summary>The demo administrator's credentials for this run.</summary>
public sealed record DemoCredentials(string UserName, string Password, string AuthenticatorKey);

/// <summary>
/// Makes sure the demo database has an administrator with two-factor on. A new password is generated at every
/// demo start and printed once, so no credential lives in the repository.
/// </summary>
public static class DemoAdmin
{
    public const string UserName = "admin";

    public static async Task<DemoCredentials> EnsureAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IstmoUser>>();
        var password = Cli.UserCommands.GeneratePassword();
        var user = await users.FindByNameAsync(UserName);
        if (user is null)
        {
            await scope.ServiceProvider.GetRequiredService<UserAdminService>().AddAsync(
                UserName, "Administración Demo", Agencies.Security, password, [Roles.Administrator, Roles.Analyst, Roles.VictimCaseworker, Roles.IntelligenceAnalyst, Roles.ScreeningOfficer], ct);
            user = (await users.FindByNameAsync(UserName))!;
        }
        else
        {
            Check(await users.RemovePasswordAsync(user));
            Check(await users.AddPasswordAsync(user, password));
            Check(await users.SetLockoutEndDateAsync(user, null));
            Check(await users.ResetAccessFailedCountAsync(user));
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            Check(await users.ResetAuthenticatorKeyAsync(user));
            key = (await users.GetAuthenticatorKeyAsync(user))!;
        }

        Check(await users.SetTwoFactorEnabledAsync(user, true));
        return new DemoCredentials(UserName, password, key);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}

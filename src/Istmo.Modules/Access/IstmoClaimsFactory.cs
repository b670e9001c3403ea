using System.Security.Claims;
using Istmo.Data;
using Istmo.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Istmo.Modules.Access;

/// <summary>Adds agency, display name and compartment grants to the principal of a signed-in user.</summary>
public sealed class IstmoClaimsFactory(
    UserManager<IstmoUser> users,
    RoleManager<IstmoRole> roles,
    IOptions<IdentityOptions> options,
    IstmoDbContext db)
    : UserClaimsPrincipalFactory<IstmoUser, IstmoRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(IstmoUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(IstmoClaims.Agency, user.Agency));
        identity.AddClaim(new Claim(IstmoClaims.DisplayName, user.DisplayName));
        foreach (var compartment in await CompartmentsOfAsync(db, await UserManager.GetRolesAsync(user)))
        {
            identity.AddClaim(new Claim(IstmoClaims.Compartment, compartment));
        }

        return identity;
    }

    /// <summary>Compartments granted to any of the roles.</summary>
    public static async Task<List<string>> CompartmentsOfAsync(IstmoDbContext db, IEnumerable<string> roleNames)
    {
        var names = roleNames.ToList();
        return await db.CompartmentGrants.AsNoTracking().Where(g => names.Contains(g.Role)).Select(g => g.Compartment).Distinct().ToListAsync();
    }
}

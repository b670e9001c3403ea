using Istmo.Core.Access;
using Istmo.Data;
using Istmo.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Istmo.Modules.Access;

/// <summary>After migrations: makes sure every role and the default compartment grants exist. Idempotent.</summary>
public sealed class PlatformBootstrapper(RoleManager<IstmoRole> roles, IstmoDbContext db)
{
    public async Task EnsureAsync(CancellationToken ct = default)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IstmoRole(role));
            }
        }

        if (!await db.CompartmentGrants.AnyAsync(ct))
        {
            foreach (var (role, compartments) in Compartments.DefaultGrants)
            {
                db.CompartmentGrants.AddRange(compartments.Select(c => new CompartmentGrant { Role = role, Compartment = c }));
            }

            await db.SaveChangesAsync(ct);
        }
    }
}

using Istmo.Core.Access;
using Istmo.Core.Errors;
using Istmo.Data;
using Istmo.Data.Identity;
using Istmo.Modules.Registry;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Istmo.Modules.Access;

/// <summary>A user as administrators see them.</summary>
public sealed record UserInfo(Guid Id, string UserName, string DisplayName, string Agency, IReadOnlyList<string> Roles, bool IsDisabled, bool TwoFactorEnabled, DateTime CreatedAt);

/// <summary>Creates, lists and disables local accounts; used by the CLI and the administration pages alike.</summary>
public sealed class UserAdminService(UserManager<IstmoUser> users, IstmoDbContext db, ValidationMessages messages)
{
    /// <summary>Creates an account with a password and roles; throws <see cref="ValidationFailedException"/> naming bad fields.</summary>
    public async Task<UserInfo> AddAsync(string userName, string displayName, string agency, string password, IReadOnlyCollection<string> roles, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(userName) || userName.Length > 64)
        {
            errors["userName"] = ["Required"];
        }

        if (string.IsNullOrWhiteSpace(displayName) || displayName.Length > 200)
        {
            errors["displayName"] = ["Required"];
        }

        if (!Agencies.IsKnown(agency))
        {
            errors["agency"] = ["UnknownAgency"];
        }

        if (roles.Count == 0 || roles.Any(r => !Roles.All.Contains(r)))
        {
            errors["roles"] = ["UnknownRole"];
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(messages.Localize(errors));
        }

        var user = new IstmoUser
        {
            Id = Guid.CreateVersion7(),
            UserName = userName.Trim(),
            DisplayName = displayName.Trim(),
            Agency = agency,
            CreatedAt = db.Clock.GetUtcNow().UtcDateTime,
            LockoutEnabled = true,
        };

        // The account, its roles and the audit entry are one transaction: a weak password leaves no half-made user.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            throw new ValidationFailedException(ToErrors(created));
        }

        var added = await users.AddToRolesAsync(user, roles);
        if (!added.Succeeded)
        {
            throw new ValidationFailedException(ToErrors(added));
        }

        db.RecordAudit("user-create", "User", user.Id.ToString(), null, new { user.UserName, user.Agency, roles });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new UserInfo(user.Id, user.UserName!, user.DisplayName, user.Agency, roles.ToList(), false, false, user.CreatedAt);
    }

    /// <summary>Every account with its roles, by user name.</summary>
    public async Task<List<UserInfo>> ListAsync(CancellationToken ct = default)
    {
        var all = await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(ct);
        var roleRows = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync(ct);
        return all.Select(u => new UserInfo(
            u.Id, u.UserName!, u.DisplayName, u.Agency,
            roleRows.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order(StringComparer.Ordinal).ToList(),
            u.IsDisabled, u.TwoFactorEnabled, u.CreatedAt)).ToList();
    }

    /// <summary>Disables an account: it can no longer sign in, and its tokens stop working.</summary>
    public async Task<bool> DisableAsync(string userName, CancellationToken ct = default)
    {
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            return false;
        }

        user.IsDisabled = true;
        user.LockoutEnd = DateTimeOffset.MaxValue;
        await users.UpdateSecurityStampAsync(user);
        db.RecordAudit("user-disable", "User", user.Id.ToString(), null, new { user.UserName });
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static Dictionary<string, string[]> ToErrors(IdentityResult result) =>
        result.Errors.GroupBy(e => e.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : e.Code.Contains("UserName", StringComparison.Ordinal) ? "userName" : "user")
            .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray());
}

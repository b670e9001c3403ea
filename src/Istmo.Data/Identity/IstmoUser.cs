using Microsoft.AspNetCore.Identity;

namespace Istmo.Data.Identity;

/// <summary>A local account: one person, one agency, roles through Identity.</summary>
public sealed class IstmoUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>Agency code from <see cref="Core.Access.Agencies"/>.</summary>
    public string Agency { get; set; } = string.Empty;

    /// <summary>A disabled account cannot sign in or use its tokens; it is never deleted, so the audit trail keeps its meaning.</summary>
    public bool IsDisabled { get; set; }

    public DateTime CreatedAt { get; set; }
}

/// <summary>A role (see <see cref="Core.Access.Roles"/>).</summary>
public sealed class IstmoRole : IdentityRole<Guid>
{
    public IstmoRole()
    {
    }

    public IstmoRole(string name)
        : base(name)
    {
        Id = Guid.CreateVersion7();
    }
}

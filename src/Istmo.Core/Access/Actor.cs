namespace Istmo.Core.Access;

/// <summary>Who is acting: a signed-in user, an API token's owner or the system itself (CLI, workers).</summary>
public sealed record Actor(Guid? UserId, string Name, string Agency, IReadOnlySet<string> Roles, IReadOnlySet<string> Compartments)
{
    /// <summary>The platform acting on its own behalf (migrations, demo seeding, CLI administration).</summary>
    public static Actor System { get; } = new(null, "system", "ISTMO", new HashSet<string> { Access.Roles.Administrator }, new HashSet<string>());

    /// <summary>The purpose stated for the current operation, required for compartment reads.</summary>
    public string? Purpose { get; init; }

    /// <summary>True when the actor holds the role.</summary>
    public bool IsInRole(string role) => Roles.Contains(role);

    /// <summary>True when the actor may read records marked with the compartment.</summary>
    public bool HoldsCompartment(string compartment) => Compartments.Contains(compartment);
}

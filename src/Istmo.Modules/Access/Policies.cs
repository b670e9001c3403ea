using Istmo.Core.Access;
using Microsoft.AspNetCore.Authorization;

namespace Istmo.Modules.Access;

/// <summary>
/// Every authorisation rule of the platform modules, in one place. Endpoints and pages name a policy; they never
/// test roles themselves. API tokens are limited further by their scopes.
/// </summary>
public static class Policies
{
    public const string RegistryRead = "registry.read";
    public const string RegistryWrite = "registry.write";
    public const string AuditRead = "audit.read";
    public const string UsersManage = "users.manage";
    public const string TokensManage = "tokens.manage";
    public const string ScreeningRead = "screening.read";
    public const string ScreeningWrite = "screening.write";

    /// <summary>Scopes an API token may carry; each maps to the policy of the same name.</summary>
    public static readonly IReadOnlyList<string> TokenScopes = [RegistryRead, RegistryWrite, AuditRead, ScreeningRead, ScreeningWrite];

    /// <summary>Registers the policies.</summary>
    public static void Register(AuthorizationOptions options)
    {
        Add(options, RegistryRead, Roles.Administrator, Roles.Analyst, Roles.Viewer, Roles.VictimCaseworker, Roles.IntelligenceAnalyst, Roles.ScreeningOfficer);
        Add(options, RegistryWrite, Roles.Administrator, Roles.Analyst, Roles.VictimCaseworker, Roles.IntelligenceAnalyst);
        Add(options, AuditRead, Roles.Administrator);
        Add(options, UsersManage, Roles.Administrator);
        Add(options, TokensManage, Roles.Administrator, Roles.Analyst, Roles.ScreeningOfficer, Roles.IntelligenceAnalyst);
        Add(options, ScreeningRead, Roles.Administrator, Roles.ScreeningOfficer, Roles.Analyst, Roles.IntelligenceAnalyst);
        Add(options, ScreeningWrite, Roles.Administrator, Roles.ScreeningOfficer);
    }

    private static void Add(AuthorizationOptions options, string name, params string[] roles) =>
        options.AddPolicy(name, policy => policy
            .RequireAuthenticatedUser()
            .RequireRole(roles)
            .RequireAssertion(context =>
            {
                // A token acts only within its scopes; an interactive sign-in is limited by roles alone.
                var isToken = context.User.HasClaim(IstmoClaims.AuthenticationMethod, IstmoClaims.TokenMethod);
                return !isToken || context.User.HasClaim(IstmoClaims.TokenScope, name);
            }));
}

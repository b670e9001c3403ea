using System.Security.Cryptography;
using System.Text;
using Istmo.Core.Errors;
using Istmo.Data;
using Istmo.Data.Identity;
using Istmo.Modules.Registry;
using Microsoft.EntityFrameworkCore;

namespace Istmo.Modules.Access;

/// <summary>A token as listed (never with its secret).</summary>
public sealed record ApiTokenInfo(Guid Id, string Name, string Prefix, IReadOnlyList<string> Scopes, DateTime CreatedAt, DateTime? ExpiresAt, DateTime? RevokedAt, DateTime? LastUsedAt);

/// <summary>Issues, lists, checks and revokes API tokens. The secret is shown once; only its SHA-256 is kept.</summary>
public sealed class ApiTokenService(IstmoDbContext db, ValidationMessages messages)
{
    /// <summary>Every token starts with this, so leaked tokens are easy to scan for.</summary>
    public const string TokenPrefix = "istmo_";

    /// <summary>Creates a token for the user and returns its secret, which cannot be recovered later.</summary>
    public async Task<(ApiTokenInfo Info, string Secret)> CreateAsync(Guid userId, string name, IReadOnlyCollection<string> scopes, DateTime? expiresAt, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(name) || name.Length > 100)
        {
            errors["name"] = ["Required"];
        }

        var unknown = scopes.Where(s => !Policies.TokenScopes.Contains(s)).ToList();
        if (scopes.Count == 0 || unknown.Count > 0)
        {
            errors["scopes"] = ["Scopes"];
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(messages.Localize(errors));
        }

        var secret = TokenPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
        var token = new ApiToken
        {
            UserId = userId,
            Name = name.Trim(),
            Prefix = secret[..12],
            Hash = HashOf(secret),
            Scopes = string.Join(' ', scopes.Distinct()),
            CreatedAt = db.Clock.GetUtcNow().UtcDateTime,
            ExpiresAt = expiresAt,
        };
        db.ApiTokens.Add(token);
        db.RecordAudit("token-create", "ApiToken", token.Id.ToString(), null, new { token.Name, token.Scopes, token.Prefix });
        await db.SaveChangesAsync(ct);
        return (ToInfo(token), secret);
    }

    /// <summary>The user's tokens, newest first.</summary>
    public async Task<List<ApiTokenInfo>> ListAsync(Guid userId, CancellationToken ct = default) =>
        (await db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).ToListAsync(ct))
            .OrderByDescending(t => t.CreatedAt).Select(ToInfo).ToList();

    /// <summary>Revokes a token of the user; false when there is no such token.</summary>
    public async Task<bool> RevokeAsync(Guid userId, Guid tokenId, CancellationToken ct = default)
    {
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId, ct);
        if (token is null)
        {
            return false;
        }

        token.RevokedAt ??= db.Clock.GetUtcNow().UtcDateTime;
        db.RecordAudit("token-revoke", "ApiToken", token.Id.ToString(), null, new { token.Name, token.Prefix });
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The active token with this secret and its enabled owner, or null.</summary>
    public async Task<ApiToken?> FindActiveAsync(string secret, CancellationToken ct = default)
    {
        if (!secret.StartsWith(TokenPrefix, StringComparison.Ordinal) || secret.Length > 200)
        {
            return null;
        }

        var hash = HashOf(secret);
        var now = db.Clock.GetUtcNow().UtcDateTime;
        var token = await db.ApiTokens.Include(t => t.User).FirstOrDefaultAsync(t => t.Hash == hash, ct);
        if (token is null || token.RevokedAt is not null || (token.ExpiresAt is { } expires && expires <= now) || token.User is null || token.User.IsDisabled)
        {
            return null;
        }

        return token;
    }

    /// <summary>Hex SHA-256 of a token secret.</summary>
    public static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static ApiTokenInfo ToInfo(ApiToken t) =>
        new(t.Id, t.Name, t.Prefix, t.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries), t.CreatedAt, t.ExpiresAt, t.RevokedAt, t.LastUsedAt);
}

using Istmo.Data;
using Microsoft.Extensions.Configuration;

namespace Istmo.Hosting;

/// <summary>Finds the database connection: --database flag, then ISTMO__Database (or Istmo:Database in appsettings), then data/istmo.db.</summary>
public static class DatabaseSettings
{
    public const string ConfigurationKey = "Istmo:Database";

    public static string Resolve(string? flag, IConfiguration? configuration = null)
    {
        if (!string.IsNullOrWhiteSpace(flag))
        {
            return flag;
        }

        var configured = configuration?[ConfigurationKey] ?? Environment.GetEnvironmentVariable("ISTMO__Database") ?? Environment.GetEnvironmentVariable("ISTMO__DATABASE");
        return string.IsNullOrWhiteSpace(configured) ? DatabaseProvider.DefaultSqlite : configured;
    }

    /// <summary>The connection string with any password masked, safe to print or log.</summary>
    public static string Describe(string connection)
    {
        var parts = connection.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.TrimStart().StartsWith("password", StringComparison.OrdinalIgnoreCase) ? "Password=***" : p);
        return string.Join(';', parts);
    }
}

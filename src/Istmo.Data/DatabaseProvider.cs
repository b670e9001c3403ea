using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Istmo.Data;

/// <summary>The database engines Istmo runs on.</summary>
public enum DatabaseKind
{
    Sqlite,
    PostgreSql,
}

/// <summary>
/// Chooses the EF Core provider from the connection string at run time: "Host=..." (or a postgres:// URL) is
/// PostgreSQL, anything else a SQLite file. Each provider has its own migrations assembly.
/// </summary>
public static class DatabaseProvider
{
    public const string SqliteMigrationsAssembly = "Istmo.Data.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "Istmo.Data.Migrations.Postgres";

    /// <summary>The default connection: data/istmo.db under the working directory.</summary>
    public const string DefaultSqlite = "Data Source=data/istmo.db";

    /// <summary>Which engine the connection string names.</summary>
    public static DatabaseKind Detect(string connectionString) =>
        connectionString.Contains("Host=", StringComparison.OrdinalIgnoreCase)
        || connectionString.StartsWith("postgres", StringComparison.OrdinalIgnoreCase)
            ? DatabaseKind.PostgreSql
            : DatabaseKind.Sqlite;

    /// <summary>Configures the options for the connection string's engine.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString)
    {
        if (Detect(connectionString) == DatabaseKind.PostgreSql)
        {
            options.UseNpgsql(connectionString, o => o.MigrationsAssembly(PostgresMigrationsAssembly));
        }
        else
        {
            var builder = new SqliteConnectionStringBuilder(connectionString);
            var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(directory) && builder.DataSource != ":memory:")
            {
                Directory.CreateDirectory(directory);
            }

            // A busy writer makes others wait rather than fail at once; WAL lets readers run beside it.
            builder.DefaultTimeout = Math.Max(builder.DefaultTimeout, 30);
            builder.Pooling = true;
            options.UseSqlite(builder.ToString(), o => o.MigrationsAssembly(SqliteMigrationsAssembly));
            options.AddInterceptors(SqlitePragmaInterceptor.Instance);
        }

        return options;
    }
}

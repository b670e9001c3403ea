using Istmo.Data;
using Istmo.Hosting;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Istmo.IntegrationTests.Infrastructure;

/// <summary>
/// A fresh, migrated database for one test: a temporary SQLite file, or a new PostgreSQL database on the server
/// named by ISTMO_TEST_POSTGRES (CI sets it). Dropped on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? adminConnection;
    private readonly string? databaseName;
    private readonly string? directory;

    private TestDatabase(string kind, string connection, string? adminConnection, string? databaseName, string? directory)
    {
        Kind = kind;
        ConnectionString = connection;
        this.adminConnection = adminConnection;
        this.databaseName = databaseName;
        this.directory = directory;
    }

    public string Kind { get; }

    public string ConnectionString { get; }

    /// <summary>A directory for this test's data (keys, files).</summary>
    public string DataDirectory => directory ?? Path.GetTempPath();

    /// <summary>The PostgreSQL server for tests, or null when only SQLite is tested here.</summary>
    public static string? PostgresServer => Environment.GetEnvironmentVariable("ISTMO_TEST_POSTGRES") is { Length: > 0 } s ? s : null;

    /// <summary>The engines to run each integration test on: always SQLite, PostgreSQL when configured.</summary>
    public static TheoryData<string> Engines()
    {
        var data = new TheoryData<string> { "sqlite" };
        if (PostgresServer is not null)
        {
            data.Add("postgres");
        }

        return data;
    }

    /// <summary>Creates an empty database (no migrations applied).</summary>
    public static async Task<TestDatabase> CreateEmptyAsync(string kind)
    {
        var directory = Directory.CreateTempSubdirectory("istmo-it-").FullName;
        if (kind == "sqlite")
        {
            return new TestDatabase(kind, $"Data Source={Path.Combine(directory, "istmo.db")}", null, null, directory);
        }

        var server = PostgresServer ?? throw new InvalidOperationException("ISTMO_TEST_POSTGRES is not set");
        var name = "istmo_t_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE {name}";
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false };
        return new TestDatabase(kind, builder.ToString(), server, name, directory);
    }

    /// <summary>Creates a database and applies every migration and the bootstrap data.</summary>
    public static async Task<TestDatabase> CreateAsync(string kind)
    {
        var db = await CreateEmptyAsync(kind);
        await using var services = Cli.CliServices.Build(db.ConnectionString);
        await PlatformServices.MigrateAsync(services);
        return db;
    }

    /// <summary>A context outside any request (acts as the system or the scoped actor).</summary>
    public IstmoDbContext NewContext(TimeProvider? clock = null)
    {
        var options = new DbContextOptionsBuilder<IstmoDbContext>();
        DatabaseProvider.Configure(options, ConnectionString);
        return new IstmoDbContext(options.Options, null, clock);
    }

    /// <summary>
    /// Drops the test database. An autovacuum worker (owned by the superuser) may hold it for a moment, and the test
    /// role may not terminate that backend, so a few retries follow; a database left behind is not a test failure.
    /// </summary>
    private static async Task DropAsync(string admin, string name)
    {
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(admin);
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = $"DROP DATABASE IF EXISTS {name} WITH (FORCE)";
                await command.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException) when (attempt < 5)
            {
                await Task.Delay(500 * attempt);
            }
            catch (PostgresException)
            {
                return;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (adminConnection is not null && databaseName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await DropAsync(adminConnection, databaseName);
        }

        if (directory is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
                // A server child process may still be releasing the file; the temp folder is cleaned by the OS.
            }
        }
    }
}

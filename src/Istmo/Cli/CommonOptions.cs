using System.CommandLine;

namespace Istmo.Cli;

/// <summary>Options shared by every command.</summary>
public static class CommonOptions
{
    /// <summary>--database: a SQLite file ("Data Source=data/istmo.db") or PostgreSQL ("Host=...;Database=...").</summary>
    public static readonly Option<string?> Database = new("--database")
    {
        Description = "Connection string: \"Data Source=FILE\" (SQLite, default data/istmo.db) or \"Host=...;Database=...;Username=...\" (PostgreSQL). Also ISTMO__Database.",
        Recursive = true,
    };
}

using Microsoft.EntityFrameworkCore;

namespace Istmo.Data;

/// <summary>Answers whether the database can be reached and is at the code's migration level.</summary>
public static class DatabaseStatus
{
    /// <summary>Null when ready; otherwise one line saying what is wrong and what to run.</summary>
    public static async Task<string?> CheckAsync(IstmoDbContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!await context.Database.CanConnectAsync(cancellationToken))
            {
                return context.Database.IsSqlite()
                    ? "the database file does not exist: run `istmo db migrate` (or `istmo serve --demo`)"
                    : "cannot connect to the database";
            }

            var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            return pending.Count == 0 ? null : $"database needs {pending.Count} migration(s), the first is {pending[0]}: run `istmo db migrate`";
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException or TimeoutException or System.Net.Sockets.SocketException)
        {
            return "cannot connect to the database: " + ex.GetBaseException().Message;
        }
    }
}

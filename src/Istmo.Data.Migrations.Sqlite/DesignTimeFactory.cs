using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Istmo.Data.Migrations.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the SQLite model without running the host.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<IstmoDbContext>
{
    public IstmoDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<IstmoDbContext>();
        DatabaseProvider.Configure(options, "Data Source=design-time.db");
        return new IstmoDbContext(options.Options);
    }
}

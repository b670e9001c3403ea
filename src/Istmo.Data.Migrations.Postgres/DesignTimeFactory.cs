using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Istmo.Data.Migrations.Postgres;

/// <summary>Lets `dotnet ef migrations add` build the PostgreSQL model without a server (no connection is opened).</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<IstmoDbContext>
{
    public IstmoDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<IstmoDbContext>();
        DatabaseProvider.Configure(options, "Host=localhost;Database=istmo_design;Username=istmo");
        return new IstmoDbContext(options.Options);
    }
}

using Istmo.Core.Access;
using Istmo.Data.Audit;
using Istmo.Data.Identity;
using Istmo.Data.Outbox;
using Istmo.Data.Registry;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Istmo.Data;

/// <summary>
/// The one EF Core context of a deployment. Every save runs in a transaction that also appends the audit entries
/// for the tracked changes (and any reads recorded with <see cref="RecordAudit"/>), so a change and its audit
/// entry are committed together or not at all.
/// </summary>
public sealed partial class IstmoDbContext : IdentityDbContext<IstmoUser, IstmoRole, Guid>
{
    private readonly IActorAccessor? actorAccessor;
    private readonly TimeProvider clock;
    private readonly List<PendingAudit> pendingAudits = [];

    public IstmoDbContext(DbContextOptions<IstmoDbContext> options, IActorAccessor? actorAccessor = null, TimeProvider? clock = null)
        : base(options)
    {
        this.actorAccessor = actorAccessor;
        this.clock = clock ?? TimeProvider.System;
    }

    public DbSet<RegistryEntity> Entities => Set<RegistryEntity>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Vessel> Vessels => Set<Vessel>();

    public DbSet<Vehicle> Vehicles => Set<Vehicle>();

    public DbSet<Phone> Phones => Set<Phone>();

    public DbSet<BankAccount> BankAccounts => Set<BankAccount>();

    public DbSet<Address> Addresses => Set<Address>();

    public DbSet<EntityLink> Links => Set<EntityLink>();

    public DbSet<IdentityDocument> IdentityDocuments => Set<IdentityDocument>();

    public DbSet<SearchToken> SearchTokens => Set<SearchToken>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<CompartmentGrant> CompartmentGrants => Set<CompartmentGrant>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    /// <summary>The actor whose changes this context records.</summary>
    public Actor Actor => actorAccessor?.Current ?? Actor.System;

    /// <summary>The clock every timestamp comes from.</summary>
    public TimeProvider Clock => clock;

    /// <summary>Queues an audit entry (a sensitive read, an export, a login) to be written with the next save.</summary>
    public void RecordAudit(string action, string entityType, string? entityId, string? purpose, object? summary = null) =>
        pendingAudits.Add(new PendingAudit(action, entityType, entityId, purpose, summary));

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(IstmoDbContext).Assembly);
        if (Database.IsNpgsql())
        {
            // Search compares token prefixes by code point on both engines; SQLite's default collation already does.
            builder.Entity<SearchToken>().Property(t => t.Token).UseCollation("C");
        }

        ModelConventions.Apply(builder);
    }
}

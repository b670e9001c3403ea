using Istmo.Data.Audit;
using Istmo.Data.Identity;
using Istmo.Data.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Istmo.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.HasKey(a => a.Sequence);
        builder.Property(a => a.Sequence).ValueGeneratedNever();
        builder.Property(a => a.Actor).HasMaxLength(256).IsRequired();
        builder.Property(a => a.Agency).HasMaxLength(32).IsRequired();
        builder.Property(a => a.Action).HasMaxLength(32).IsRequired();
        builder.Property(a => a.EntityType).HasMaxLength(64).IsRequired();
        builder.Property(a => a.EntityId).HasMaxLength(64);
        builder.Property(a => a.Purpose).HasMaxLength(500);
        builder.Property(a => a.PreviousHash).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(a => a.Hash).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Ignore(a => a.AtMicroseconds);
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => new { a.EntityType, a.EntityId });
        builder.HasIndex(a => a.Actor);
    }
}

internal sealed class IdentityExtrasConfiguration :
    IEntityTypeConfiguration<IstmoUser>, IEntityTypeConfiguration<ApiToken>, IEntityTypeConfiguration<CompartmentGrant>
{
    public void Configure(EntityTypeBuilder<IstmoUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200).IsRequired();
        builder.Property(u => u.Agency).HasMaxLength(32).IsRequired();
    }

    public void Configure(EntityTypeBuilder<ApiToken> builder)
    {
        builder.ToTable("api_tokens");
        builder.Property(t => t.Name).HasMaxLength(100).IsRequired();
        builder.Property(t => t.Prefix).HasMaxLength(16).IsRequired();
        builder.Property(t => t.Hash).HasMaxLength(64).IsRequired();
        builder.Property(t => t.Scopes).HasMaxLength(500).IsRequired();
        builder.HasIndex(t => t.Hash).IsUnique();
        builder.HasOne(t => t.User).WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<CompartmentGrant> builder)
    {
        builder.ToTable("compartment_grants");
        builder.HasKey(g => new { g.Role, g.Compartment });
        builder.Property(g => g.Role).HasMaxLength(64);
        builder.Property(g => g.Compartment).HasMaxLength(32);
    }
}

internal sealed class OutboxConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_messages");
        builder.Property(m => m.Type).HasMaxLength(128).IsRequired();
        builder.HasIndex(m => m.ProcessedAt);
    }
}

using Istmo.Data.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Istmo.Data.Configurations;

internal static class ProvenanceMapping
{
    public static void Map<T>(OwnedNavigationBuilder<T, Provenance> owned)
        where T : class
    {
        owned.Property(p => p.SourceAgency).HasColumnName("source_agency").HasMaxLength(32).IsRequired();
        owned.Property(p => p.SourceRecord).HasColumnName("source_record").HasMaxLength(128);
        owned.Property(p => p.RecordedAt).HasColumnName("recorded_at");
    }
}

internal sealed class RegistryEntityConfiguration : IEntityTypeConfiguration<RegistryEntity>
{
    public void Configure(EntityTypeBuilder<RegistryEntity> builder)
    {
        builder.ToTable("registry_entities");
        builder.HasKey(e => e.Id);

        // Ids are made in code (version-7 GUIDs), so a fact added to a loaded person's list is inserted, not updated.
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasDiscriminator(e => e.Kind)
            .HasValue<Person>(EntityKind.Person)
            .HasValue<Organisation>(EntityKind.Organisation)
            .HasValue<Vessel>(EntityKind.Vessel)
            .HasValue<Vehicle>(EntityKind.Vehicle)
            .HasValue<Phone>(EntityKind.Phone)
            .HasValue<BankAccount>(EntityKind.BankAccount)
            .HasValue<Address>(EntityKind.Address);
        builder.Property(e => e.DisplayName).HasMaxLength(512).IsRequired();
        builder.Property(e => e.SearchText).HasMaxLength(4000).IsRequired();
        builder.Property(e => e.Compartment).HasMaxLength(32);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.OwnsOne(e => e.Provenance, ProvenanceMapping.Map);
        builder.HasIndex(e => new { e.Kind, e.DisplayName });

        // No index on MergedIntoId: nearly every row has it null, and without statistics SQLite would pick that
        // index for "MergedIntoId IS NULL" and scan the whole registry instead of the token range.
    }
}

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.Property(p => p.GivenNames).HasMaxLength(200);
        builder.Property(p => p.PaternalSurname).HasMaxLength(200);
        builder.Property(p => p.MaternalSurname).HasMaxLength(200);
        builder.Property(p => p.Sex).HasMaxLength(1);
        builder.HasMany(p => p.Aliases).WithOne().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Nationalities).WithOne().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Documents).WithOne().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OtherEntitiesConfiguration :
    IEntityTypeConfiguration<Organisation>, IEntityTypeConfiguration<Vessel>, IEntityTypeConfiguration<Vehicle>,
    IEntityTypeConfiguration<Phone>, IEntityTypeConfiguration<BankAccount>, IEntityTypeConfiguration<Address>
{
    // Country is one shared column of the single registry table, whichever kind fills it.
    private const string CountryColumn = "Country";

    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.Property(o => o.LegalName).HasMaxLength(300);
        builder.Property(o => o.RegistrationNumber).HasMaxLength(64);
        builder.Property(o => o.OrganisationType).HasMaxLength(32);
        builder.Property(o => o.Country).HasColumnName(CountryColumn).HasMaxLength(2);
    }

    public void Configure(EntityTypeBuilder<Vessel> builder)
    {
        builder.Property(v => v.VesselName).HasMaxLength(200);
        builder.Property(v => v.Imo).HasMaxLength(16);
        builder.Property(v => v.Mmsi).HasMaxLength(16);
        builder.Property(v => v.Flag).HasMaxLength(2);
    }

    public void Configure(EntityTypeBuilder<Vehicle> builder)
    {
        builder.Property(v => v.Plate).HasMaxLength(32);
        builder.Property(v => v.Make).HasMaxLength(64);
        builder.Property(v => v.Model).HasMaxLength(64);
        builder.Property(v => v.Country).HasColumnName(CountryColumn).HasMaxLength(2);
    }

    public void Configure(EntityTypeBuilder<Phone> builder)
    {
        builder.Property(p => p.Number).HasMaxLength(32);
    }

    public void Configure(EntityTypeBuilder<BankAccount> builder)
    {
        builder.Property(a => a.AccountNumber).HasMaxLength(64);
        builder.Property(a => a.BankName).HasMaxLength(200);
        builder.Property(a => a.Country).HasColumnName(CountryColumn).HasMaxLength(2);
    }

    public void Configure(EntityTypeBuilder<Address> builder)
    {
        builder.Property(a => a.Line).HasMaxLength(300);
        builder.Property(a => a.Locality).HasMaxLength(120);
        builder.Property(a => a.District).HasMaxLength(120);
        builder.Property(a => a.AreaCode).HasMaxLength(8);
        builder.Property(a => a.Country).HasColumnName(CountryColumn).HasMaxLength(2);
    }
}

internal sealed class PersonFactsConfiguration :
    IEntityTypeConfiguration<PersonAlias>, IEntityTypeConfiguration<PersonNationality>, IEntityTypeConfiguration<IdentityDocument>
{
    public void Configure(EntityTypeBuilder<PersonAlias> builder)
    {
        builder.ToTable("person_aliases");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.FullName).HasMaxLength(400).IsRequired();
        builder.OwnsOne(a => a.Provenance, ProvenanceMapping.Map);
    }

    public void Configure(EntityTypeBuilder<PersonNationality> builder)
    {
        builder.ToTable("person_nationalities");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Country).HasMaxLength(2).IsRequired();
        builder.OwnsOne(a => a.Provenance, ProvenanceMapping.Map);
    }

    public void Configure(EntityTypeBuilder<IdentityDocument> builder)
    {
        builder.ToTable("identity_documents");
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Type).HasMaxLength(32).IsRequired();
        builder.Property(d => d.Number).HasMaxLength(64).IsRequired();
        builder.Property(d => d.NumberNormalized).HasMaxLength(64).IsRequired();
        builder.Property(d => d.IssuingCountry).HasMaxLength(2);
        builder.HasIndex(d => d.NumberNormalized);
        builder.OwnsOne(d => d.Provenance, ProvenanceMapping.Map);
    }
}

internal sealed class EntityLinkConfiguration : IEntityTypeConfiguration<EntityLink>
{
    public void Configure(EntityTypeBuilder<EntityLink> builder)
    {
        builder.ToTable("registry_links");
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Type).HasMaxLength(32).IsRequired();
        builder.Property(l => l.Note).HasMaxLength(1000);
        builder.Property(l => l.Version).IsConcurrencyToken();
        builder.HasOne(l => l.From).WithMany().HasForeignKey(l => l.FromId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(l => l.To).WithMany().HasForeignKey(l => l.ToId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => l.FromId);
        builder.HasIndex(l => l.ToId);
        builder.OwnsOne(l => l.Provenance, ProvenanceMapping.Map);
    }
}

internal sealed class SearchTokenConfiguration : IEntityTypeConfiguration<SearchToken>
{
    public void Configure(EntityTypeBuilder<SearchToken> builder)
    {
        builder.ToTable("registry_search_tokens");
        builder.HasKey(t => new { t.Token, t.EntityId });
        builder.Property(t => t.Token).HasMaxLength(SearchToken.MaxLength);

        // Covers "does entity X have a token in this range", the check made for each extra word of a query.
        builder.HasIndex(t => new { t.EntityId, t.Token });
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Regie.Web.Infrastructure.Tenancy;

public sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.ToTable("Organizations");
        builder.HasDiscriminator(o => o.Kind)
            .HasValue<Board>(OrganizationKind.Board)
            .HasValue<Supplier>(OrganizationKind.Supplier)
            .HasValue<Cooperative>(OrganizationKind.Cooperative)
            .HasValue<SectorOffice>(OrganizationKind.SectorOffice)
            .HasValue<PlatformOrganization>(OrganizationKind.Platform);
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.City).HasMaxLength(100);
        builder.Property(o => o.Email).HasMaxLength(256);
        builder.Property(o => o.Phone).HasMaxLength(30);
        builder.Property(o => o.Website).HasMaxLength(300);
    }
}

public sealed class BoardConfiguration : IEntityTypeConfiguration<Board>
{
    public void Configure(EntityTypeBuilder<Board> builder)
    {
        builder.Property(b => b.BoardNumber).HasMaxLength(5);
        builder.HasIndex(b => b.BoardNumber).IsUnique();
        builder.HasOne<Cooperative>().WithMany().HasForeignKey(b => b.CooperativeId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class SupplierConfiguration : IEntityTypeConfiguration<Supplier>
{
    public void Configure(EntityTypeBuilder<Supplier> builder)
    {
        builder.Property(s => s.ChamberOfCommerceNumber).HasMaxLength(8);
        builder.Property(s => s.Description).HasMaxLength(2000);
        builder.Property(s => s.ContactName).HasMaxLength(200);
    }
}

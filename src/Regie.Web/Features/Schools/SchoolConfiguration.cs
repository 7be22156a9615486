using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Features.Schools;

public sealed class SchoolConfiguration : IEntityTypeConfiguration<School>
{
    public void Configure(EntityTypeBuilder<School> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.Brin).HasMaxLength(4);
        builder.Property(s => s.LocationNumber).HasMaxLength(2);
        builder.Property(s => s.LocationCode).HasMaxLength(6);
        builder.Property(s => s.SearchText).HasMaxLength(320);
        builder.Property(s => s.Street).HasMaxLength(200);
        builder.Property(s => s.HouseNumber).HasMaxLength(20);
        builder.Property(s => s.Postcode).HasMaxLength(7);
        builder.Property(s => s.City).HasMaxLength(100);
        builder.Property(s => s.Denomination).HasMaxLength(100);
        builder.Property(s => s.Website).HasMaxLength(300);
        builder.HasIndex(s => s.LocationCode).IsUnique();
        builder.HasOne<Board>().WithMany().HasForeignKey(s => s.BoardId).OnDelete(DeleteBehavior.Restrict);
    }
}

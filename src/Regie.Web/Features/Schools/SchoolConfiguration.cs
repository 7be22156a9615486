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
        // The school list filters on board, archive state and search text, and sorts by one column. Each sort
        // index starts with the board and the sort column and ends with the filter columns, so SQLite and
        // PostgreSQL test the filters inside the index and read only the rows of the page. The search index
        // lets a filtered count read only the index.
        builder.HasIndex(s => new { s.BoardId, s.Name, s.ArchivedAt, s.SearchText });
        builder.HasIndex(s => new { s.BoardId, s.City, s.Name, s.ArchivedAt, s.SearchText });
        builder.HasIndex(s => new { s.BoardId, s.LocationCode, s.ArchivedAt, s.SearchText });
        builder.HasIndex(s => new { s.BoardId, s.PupilCount, s.Name, s.ArchivedAt, s.SearchText });
        builder.HasIndex(s => new { s.BoardId, s.SearchText, s.ArchivedAt });
        builder.HasOne<Board>().WithMany().HasForeignKey(s => s.BoardId).OnDelete(DeleteBehavior.Restrict);
    }
}

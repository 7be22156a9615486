using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Features.Contracts;

public sealed class ContractConfiguration : IEntityTypeConfiguration<Contract>
{
    public void Configure(EntityTypeBuilder<Contract> builder)
    {
        builder.Property(c => c.SupplierName).HasMaxLength(200);
        builder.Property(c => c.Title).HasMaxLength(200);
        builder.Property(c => c.Items).HasJsonConversion();
        builder.Property(c => c.Conditions).HasJsonConversion();
        builder.Property(c => c.TotalValue).HasPrecision(14, 2);
        builder.Property(c => c.YearlyValue).HasPrecision(14, 2);
        builder.HasIndex(c => new { c.BoardId, c.ArchivedAt, c.Title });
        builder.HasIndex(c => new { c.BoardId, c.Category, c.SupplierId }); // the threshold monitor's split check
        builder.HasOne<Board>().WithMany().HasForeignKey(c => c.BoardId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Supplier>().WithMany().HasForeignKey(c => c.SupplierId).OnDelete(DeleteBehavior.Restrict);
    }
}

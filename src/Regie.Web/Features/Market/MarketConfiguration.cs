using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regie.Web.Data;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Features.Market.InUse;
using Regie.Web.Features.Market.Reviews;
using Regie.Web.Features.Schools;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Features.Market;

public sealed class CatalogItemConfiguration : IEntityTypeConfiguration<CatalogItem>
{
    public void Configure(EntityTypeBuilder<CatalogItem> builder)
    {
        builder.Property(i => i.SupplierName).HasMaxLength(200);
        builder.Property(i => i.SupplierReference).HasMaxLength(100);
        builder.Property(i => i.Title).HasMaxLength(CatalogItem.TitleMax);
        builder.Property(i => i.Summary).HasMaxLength(CatalogItem.SummaryMax);
        builder.Property(i => i.Description).HasMaxLength(CatalogItem.DescriptionMax);
        builder.Property(i => i.Website).HasMaxLength(500);
        builder.Property(i => i.PriceExclVat).HasPrecision(12, 2);
        builder.Property(i => i.OneOffCostsExclVat).HasPrecision(12, 2);
        builder.Property(i => i.VatRate).HasPrecision(5, 2);
        builder.Property(i => i.RecognitionLevel).HasMaxLength(100);
        builder.Property(i => i.Subjects).HasJsonConversion();
        builder.Property(i => i.Levels).HasJsonConversion();
        builder.Property(i => i.LearningGoals).HasJsonConversion();
        builder.Property(i => i.Compliance).HasJsonConversion();
        builder.HasIndex(i => new { i.SupplierId, i.Status });
        builder.HasIndex(i => new { i.SupplierId, i.SupplierReference }).IsUnique();
        // No index on Status: nearly every item is published, and SQLite's planner (without statistics) would walk such an
        // index for "Id IN (...) AND Status = ..." instead of looking up the keys.
        builder.HasOne<Supplier>().WithMany().HasForeignKey(i => i.SupplierId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> builder)
    {
        builder.Property(r => r.AuthorName).HasMaxLength(200);
        builder.Property(r => r.AuthorRole).HasMaxLength(50);
        builder.Property(r => r.Text).HasMaxLength(Review.TextMax);
        builder.Property(r => r.ContextLevel).HasMaxLength(50);
        builder.Property(r => r.ModerationReason).HasMaxLength(1000);
        builder.Property(r => r.ModeratedBy).HasMaxLength(200);
        builder.Property(r => r.SupplierReply).HasMaxLength(Review.ReplyMax);
        builder.Property(r => r.SupplierReplyBy).HasMaxLength(200);
        builder.Property(r => r.Ratings).HasJsonConversion();
        builder.HasIndex(r => new { r.ItemId, r.AuthorId }).IsUnique(); // one review per user per item
        builder.HasIndex(r => new { r.ItemId, r.Status, r.CreatedAt });
        builder.HasIndex(r => r.AuthorId);
        builder.HasOne<CatalogItem>().WithMany().HasForeignKey(r => r.ItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Board>().WithMany().HasForeignKey(r => r.BoardId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.AuthorId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ReviewReportConfiguration : IEntityTypeConfiguration<ReviewReport>
{
    public void Configure(EntityTypeBuilder<ReviewReport> builder)
    {
        builder.Property(r => r.ReporterName).HasMaxLength(200);
        builder.Property(r => r.Note).HasMaxLength(2000);
        builder.Property(r => r.HandledBy).HasMaxLength(200);
        builder.Property(r => r.Outcome).HasMaxLength(1000);
        builder.HasIndex(r => new { r.HandledAt, r.CreatedAt }); // the moderation queue
        builder.HasIndex(r => r.ReviewId);
        builder.HasOne<Review>().WithMany().HasForeignKey(r => r.ReviewId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ItemUseConfiguration : IEntityTypeConfiguration<ItemUse>
{
    public void Configure(EntityTypeBuilder<ItemUse> builder)
    {
        builder.Property(u => u.Note).HasMaxLength(ItemUse.NoteMax);
        builder.HasIndex(u => new { u.BoardId, u.ItemId, u.Block }).IsUnique();
        builder.HasIndex(u => u.ItemId);
        builder.HasOne<Board>().WithMany().HasForeignKey(u => u.BoardId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CatalogItem>().WithMany().HasForeignKey(u => u.ItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(u => u.Schools).WithOne().HasForeignKey(s => s.ItemUseId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ItemUseSchoolConfiguration : IEntityTypeConfiguration<ItemUseSchool>
{
    public void Configure(EntityTypeBuilder<ItemUseSchool> builder)
    {
        builder.HasKey(s => new { s.ItemUseId, s.SchoolId });
        builder.HasIndex(s => s.SchoolId);
        builder.HasOne<School>().WithMany().HasForeignKey(s => s.SchoolId).OnDelete(DeleteBehavior.Restrict);
    }
}

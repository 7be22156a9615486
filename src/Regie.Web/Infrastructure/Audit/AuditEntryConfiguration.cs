using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regie.Web.Data;

namespace Regie.Web.Infrastructure.Audit;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.EntityType).HasMaxLength(100);
        builder.Property(a => a.UserName).HasMaxLength(256);
        builder.Property(a => a.Changes).HasJsonConversion();
        builder.HasIndex(a => new { a.OrganizationId, a.EntityType, a.EntityId });
    }
}

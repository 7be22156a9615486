using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Regie.Web.Data;

public sealed class ChangeStampConfiguration : IEntityTypeConfiguration<ChangeStamp>
{
    public void Configure(EntityTypeBuilder<ChangeStamp> builder)
    {
        builder.HasKey(s => new { s.Kind, s.OwnerId });
        builder.Property(s => s.Kind).HasMaxLength(100);
    }
}

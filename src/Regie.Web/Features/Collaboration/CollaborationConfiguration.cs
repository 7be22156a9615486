using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Features.Collaboration;

public sealed class InitiativeConfiguration : IEntityTypeConfiguration<Initiative>
{
    public void Configure(EntityTypeBuilder<Initiative> builder)
    {
        builder.Property(i => i.Title).HasMaxLength(200);
        foreach (var text in new[] { nameof(Initiative.Ambition), nameof(Initiative.Scope), nameof(Initiative.IdeaIsNewWhy),
                     nameof(Initiative.MarketLacksItWhy), nameof(Initiative.ConsultationConfirmsWhy),
                     nameof(Initiative.NotBuildingItselfWhy), nameof(Initiative.PartnershipWhy) })
            builder.Property(text).HasMaxLength(Initiative.TextMax);
        builder.Property(i => i.DiscountRatePercent).HasPrecision(5, 2);
        builder.HasIndex(i => new { i.BoardId, i.ArchivedAt, i.Title });
        builder.HasOne<Board>().WithMany().HasForeignKey(i => i.BoardId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class AgreementItemConfiguration : IEntityTypeConfiguration<AgreementItem>
{
    public void Configure(EntityTypeBuilder<AgreementItem> builder)
    {
        builder.Property(a => a.Agreement).HasMaxLength(Initiative.TextMax);
        builder.Property(a => a.Owner).HasMaxLength(200);
        builder.HasIndex(a => new { a.InitiativeId, a.Topic }).IsUnique();
        builder.HasOne<Initiative>().WithMany().HasForeignKey(a => a.InitiativeId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class BusinessCaseLineConfiguration : IEntityTypeConfiguration<BusinessCaseLine>
{
    public void Configure(EntityTypeBuilder<BusinessCaseLine> builder)
    {
        builder.Property(l => l.Description).HasMaxLength(300);
        builder.Property(l => l.Amount).HasPrecision(14, 2);
        builder.Property(l => l.Hours).HasPrecision(10, 2);
        builder.Property(l => l.HourlyRate).HasPrecision(10, 2);
        builder.HasIndex(l => new { l.InitiativeId, l.Type });
        builder.HasOne<Initiative>().WithMany().HasForeignKey(l => l.InitiativeId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class RiskConfiguration : IEntityTypeConfiguration<Risk>
{
    public void Configure(EntityTypeBuilder<Risk> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(300);
        builder.Property(r => r.OwnerRationale).HasMaxLength(2000);
        builder.Property(r => r.Mitigation).HasMaxLength(Initiative.TextMax);
        builder.Property(r => r.ImpactAmount).HasPrecision(14, 2);
        builder.HasIndex(r => new { r.InitiativeId, r.ArchivedAt });
        builder.HasOne<Initiative>().WithMany().HasForeignKey(r => r.InitiativeId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class GoNoGoMomentConfiguration : IEntityTypeConfiguration<GoNoGoMoment>
{
    public void Configure(EntityTypeBuilder<GoNoGoMoment> builder)
    {
        builder.Property(m => m.Name).HasMaxLength(200);
        builder.Property(m => m.Criteria).HasMaxLength(Initiative.TextMax);
        builder.Property(m => m.Decider).HasMaxLength(200);
        builder.Property(m => m.Notes).HasMaxLength(Initiative.TextMax);
        builder.HasIndex(m => new { m.InitiativeId, m.PlannedOn });
        builder.HasOne<Initiative>().WithMany().HasForeignKey(m => m.InitiativeId).OnDelete(DeleteBehavior.Restrict);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regie.Web.Data;
using Regie.Web.Features.Procurement.Award;
using Regie.Web.Features.Procurement.Offers;
using Regie.Web.Features.Procurement.Plans;
using Regie.Web.Features.Procurement.Policy;
using Regie.Web.Features.Procurement.Projects;
using Regie.Web.Features.Procurement.Thresholds;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Features.Procurement;

public sealed class ProcurementPolicyConfiguration : IEntityTypeConfiguration<ProcurementPolicy>
{
    public void Configure(EntityTypeBuilder<ProcurementPolicy> builder)
    {
        builder.Property(p => p.SingleQuoteMax).HasPrecision(14, 2);
        builder.Property(p => p.MultipleQuotesMax).HasPrecision(14, 2);
        builder.Property(p => p.Categories).HasJsonConversion();
        builder.Property(p => p.ApprovalLimits).HasJsonConversion();
        builder.Property(p => p.Notes).HasMaxLength(8000);
        builder.Property(p => p.AdoptedBy).HasMaxLength(200);
        builder.HasIndex(p => new { p.BoardId, p.Edition }).IsUnique();
        builder.HasOne<Board>().WithMany().HasForeignKey(p => p.BoardId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class TenderThresholdConfiguration : IEntityTypeConfiguration<TenderThreshold>
{
    public void Configure(EntityTypeBuilder<TenderThreshold> builder)
    {
        builder.Property(t => t.Amount).HasPrecision(14, 2);
        builder.HasIndex(t => new { t.PeriodStartYear, t.Kind }).IsUnique();
        builder.HasData(ShippedThresholds.All);
    }
}

public sealed class InvestmentPlanConfiguration : IEntityTypeConfiguration<InvestmentPlan>
{
    public void Configure(EntityTypeBuilder<InvestmentPlan> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(200);
        builder.HasIndex(p => new { p.BoardId, p.ArchivedAt, p.Title });
        builder.HasOne<Board>().WithMany().HasForeignKey(p => p.BoardId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Schools.School>().WithMany().HasForeignKey(p => p.SchoolId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class InvestmentPlanVersionConfiguration : IEntityTypeConfiguration<InvestmentPlanVersion>
{
    public void Configure(EntityTypeBuilder<InvestmentPlanVersion> builder)
    {
        builder.Property(v => v.Reason).HasMaxLength(2000);
        builder.Property(v => v.AdoptedBy).HasMaxLength(200);
        builder.Property(v => v.ReserveValue).HasPrecision(14, 2);
        builder.HasIndex(v => new { v.PlanId, v.Number }).IsUnique();
        builder.HasOne<InvestmentPlan>().WithMany().HasForeignKey(v => v.PlanId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class InvestmentPlanLineConfiguration : IEntityTypeConfiguration<InvestmentPlanLine>
{
    public void Configure(EntityTypeBuilder<InvestmentPlanLine> builder)
    {
        builder.Property(l => l.Description).HasMaxLength(InvestmentPlanLine.DescriptionMax);
        builder.Property(l => l.Note).HasMaxLength(2000);
        foreach (var amount in new[] { nameof(InvestmentPlanLine.Quantity), nameof(InvestmentPlanLine.UnitPrice),
                     nameof(InvestmentPlanLine.YearlyMaintenance), nameof(InvestmentPlanLine.YearlyLicences),
                     nameof(InvestmentPlanLine.YearlyInsurance), nameof(InvestmentPlanLine.YearlySupport) })
            builder.Property(amount).HasPrecision(14, 2);
        builder.Property(l => l.Phases).HasJsonConversion();
        builder.HasIndex(l => new { l.PlanVersionId, l.Category });
        builder.HasIndex(l => new { l.PlanVersionId, l.LineKey }).IsUnique();
        builder.HasOne<InvestmentPlanVersion>().WithMany().HasForeignKey(l => l.PlanVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Schools.School>().WithMany().HasForeignKey(l => l.SchoolId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ProcurementProjectConfiguration : IEntityTypeConfiguration<ProcurementProject>
{
    public void Configure(EntityTypeBuilder<ProcurementProject> builder)
    {
        builder.Property(p => p.Reference).HasMaxLength(40);
        builder.Property(p => p.Title).HasMaxLength(200);
        builder.Property(p => p.Description).HasMaxLength(ProcurementProject.TextMax);
        builder.Property(p => p.Estimate).HasJsonConversion();
        builder.Property(p => p.EvaluatorIds).HasJsonConversion();
        builder.Property(p => p.Conditions).HasJsonConversion();
        builder.Property(p => p.PlanLineKeys).HasJsonConversion();
        builder.Property(p => p.PriceBudget).HasPrecision(14, 2);
        builder.Property(p => p.PriceCeiling).HasPrecision(14, 2);
        builder.HasIndex(p => new { p.BoardId, p.Reference }).IsUnique();
        builder.HasIndex(p => new { p.BoardId, p.ArchivedAt, p.Status });
        builder.HasOne<Board>().WithMany().HasForeignKey(p => p.BoardId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Needs).WithOne().HasForeignKey(n => n.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ProjectNeedConfiguration : IEntityTypeConfiguration<ProjectNeed>
{
    public void Configure(EntityTypeBuilder<ProjectNeed> builder)
    {
        builder.HasKey(n => new { n.ProjectId, n.NeedId });
        builder.HasOne<Needs.Need>().WithMany().HasForeignKey(n => n.NeedId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class RequirementConfiguration : IEntityTypeConfiguration<Requirement>
{
    public void Configure(EntityTypeBuilder<Requirement> builder)
    {
        builder.Property(r => r.Code).HasMaxLength(10);
        builder.Property(r => r.Text).HasMaxLength(Requirement.TextMax);
        builder.Property(r => r.Weight).HasPrecision(7, 2);
        builder.Property(r => r.NeedIds).HasJsonConversion();
        builder.HasIndex(r => new { r.ProjectId, r.Order });
        builder.HasOne<ProcurementProject>().WithMany().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ProjectSupplierConfiguration : IEntityTypeConfiguration<ProjectSupplier>
{
    public void Configure(EntityTypeBuilder<ProjectSupplier> builder)
    {
        builder.Property(s => s.SupplierName).HasMaxLength(200);
        builder.Property(s => s.Note).HasMaxLength(2000);
        builder.Property(s => s.CatalogItemIds).HasJsonConversion();
        builder.HasIndex(s => new { s.ProjectId, s.SupplierId }).IsUnique();
        builder.HasIndex(s => new { s.SupplierId, s.Status }); // a supplier's own invitations
        builder.HasOne<ProcurementProject>().WithMany().HasForeignKey(s => s.ProjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Supplier>().WithMany().HasForeignKey(s => s.SupplierId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ProjectQuestionConfiguration : IEntityTypeConfiguration<ProjectQuestion>
{
    public void Configure(EntityTypeBuilder<ProjectQuestion> builder)
    {
        builder.Property(q => q.Text).HasMaxLength(ProjectQuestion.TextMax);
        builder.Property(q => q.Answer).HasMaxLength(ProjectQuestion.TextMax);
        builder.Property(q => q.Reference).HasMaxLength(200);
        builder.HasIndex(q => new { q.ProjectId, q.Number });
        builder.HasOne<ProcurementProject>().WithMany().HasForeignKey(q => q.ProjectId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ClarificationNoteConfiguration : IEntityTypeConfiguration<ClarificationNote>
{
    public void Configure(EntityTypeBuilder<ClarificationNote> builder)
    {
        builder.Property(n => n.Entries).HasJsonConversion();
        builder.Property(n => n.IssuedBy).HasMaxLength(200);
        builder.HasIndex(n => new { n.ProjectId, n.Number }).IsUnique();
        builder.HasOne<ProcurementProject>().WithMany().HasForeignKey(n => n.ProjectId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class OfferConfiguration : IEntityTypeConfiguration<Offer>
{
    public void Configure(EntityTypeBuilder<Offer> builder)
    {
        builder.Property(o => o.SupplierName).HasMaxLength(200);
        builder.Property(o => o.ExclusionReason).HasMaxLength(2000);
        foreach (var amount in new[] { nameof(Offer.QualityPercentage), nameof(Offer.PriceTotal), nameof(Offer.TcoTotal), nameof(Offer.TotalScore) })
            builder.Property(amount).HasPrecision(14, 2);
        builder.HasIndex(o => new { o.ProjectId, o.SupplierId }).IsUnique();
        builder.HasIndex(o => new { o.SupplierId, o.Status });
        builder.HasOne<ProcurementProject>().WithMany().HasForeignKey(o => o.ProjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(o => o.Documents).WithOne().HasForeignKey(d => d.OfferId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class AwardDecisionConfiguration : IEntityTypeConfiguration<AwardDecision>
{
    public void Configure(EntityTypeBuilder<AwardDecision> builder)
    {
        builder.Property(a => a.Reasons).HasJsonConversion();
        builder.Property(a => a.DecidedBy).HasMaxLength(200);
        builder.Property(a => a.LapseReason).HasMaxLength(2000);
        builder.HasIndex(a => new { a.ProjectId, a.DecidedAt });
        builder.HasOne<ProcurementProject>().WithMany().HasForeignKey(a => a.ProjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Offer>().WithMany().HasForeignKey(a => a.WinningOfferId).OnDelete(DeleteBehavior.Restrict);
    }
}

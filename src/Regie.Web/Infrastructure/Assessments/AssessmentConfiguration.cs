using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Infrastructure.Assessments;

public sealed class CriteriaSetConfiguration : IEntityTypeConfiguration<CriteriaSet>
{
    public void Configure(EntityTypeBuilder<CriteriaSet> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.Description).HasMaxLength(8000);
        builder.Property(s => s.Criteria).HasJsonConversion();
        builder.Property(s => s.Scale).HasJsonConversion();
        builder.Property(s => s.OutcomeRules).HasJsonConversion();
        builder.HasIndex(s => new { s.Purpose, s.PublishedAt });
        builder.HasIndex(s => s.OrganizationId);
        builder.HasOne<Organization>().WithMany().HasForeignKey(s => s.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> builder)
    {
        builder.Property(a => a.SubjectKind).HasMaxLength(50);
        builder.Property(a => a.SubjectTitle).HasMaxLength(300);
        builder.Property(a => a.OutcomeLevel).HasMaxLength(100);
        builder.Property(a => a.OutcomePercentage).HasPrecision(5, 2);
        builder.Property(a => a.PublicReasoning).HasMaxLength(Assessment.ReasoningMax);
        builder.Property(a => a.DecidedBy).HasMaxLength(200);
        builder.Property(a => a.ConsensusScores).HasJsonConversion();
        builder.HasIndex(a => new { a.SubjectKind, a.SubjectId });
        builder.HasIndex(a => new { a.OrganizationId, a.Status });
        builder.HasOne<CriteriaSet>().WithMany().HasForeignKey(a => a.CriteriaSetId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Scorings).WithOne().HasForeignKey(s => s.AssessmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class AssessmentScoringConfiguration : IEntityTypeConfiguration<AssessmentScoring>
{
    public void Configure(EntityTypeBuilder<AssessmentScoring> builder)
    {
        builder.Property(s => s.AssessorName).HasMaxLength(200);
        builder.Property(s => s.Scores).HasJsonConversion();
        builder.HasIndex(s => new { s.AssessmentId, s.AssessorId }).IsUnique();
    }
}

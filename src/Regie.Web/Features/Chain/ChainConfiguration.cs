using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regie.Web.Features.Chain.Access;
using Regie.Web.Features.Chain.Pseudonyms;
using Regie.Web.Features.Chain.Register;
using Regie.Web.Features.Chain.Results;
using Regie.Web.Features.Chain.Sharing;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Features.Schools;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Features.Chain;

public sealed class PupilConfiguration : IEntityTypeConfiguration<Pupil>
{
    public void Configure(EntityTypeBuilder<Pupil> builder)
    {
        builder.Property(p => p.PupilNumber).HasMaxLength(40);
        builder.Property(p => p.GivenName).HasMaxLength(100);
        builder.Property(p => p.FamilyNamePrefix).HasMaxLength(30);
        builder.Property(p => p.FamilyName).HasMaxLength(150);
        builder.Property(p => p.NumberLookup).HasMaxLength(64);
        builder.Property(p => p.FirstLevelHash).HasMaxLength(64);
        builder.Property(p => p.EckIdLookup).HasMaxLength(64);
        builder.HasIndex(p => new { p.BoardId, p.NumberLookup }).IsUnique();
        builder.HasIndex(p => new { p.BoardId, p.EckIdLookup });
        builder.HasIndex(p => new { p.SchoolId, p.ArchivedAt, p.FamilyName });
        builder.HasIndex(p => p.GroupId);
        builder.HasOne<Board>().WithMany().HasForeignKey(p => p.BoardId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<School>().WithMany().HasForeignKey(p => p.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PupilGroup>().WithMany().HasForeignKey(p => p.GroupId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class PupilGroupConfiguration : IEntityTypeConfiguration<PupilGroup>
{
    public void Configure(EntityTypeBuilder<PupilGroup> builder)
    {
        builder.Property(g => g.Key).HasMaxLength(40);
        builder.Property(g => g.Name).HasMaxLength(100);
        builder.HasIndex(g => new { g.SchoolId, g.Key }).IsUnique();
        builder.HasIndex(g => g.BoardId);
        builder.HasOne<School>().WithMany().HasForeignKey(g => g.SchoolId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class GroupTeacherConfiguration : IEntityTypeConfiguration<GroupTeacher>
{
    public void Configure(EntityTypeBuilder<GroupTeacher> builder)
    {
        builder.HasIndex(t => new { t.GroupId, t.UserId }).IsUnique();
        builder.HasIndex(t => new { t.BoardId, t.UserId });
        builder.HasOne<PupilGroup>().WithMany().HasForeignKey(t => t.GroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class SchoolAssignmentConfiguration : IEntityTypeConfiguration<SchoolAssignment>
{
    public void Configure(EntityTypeBuilder<SchoolAssignment> builder)
    {
        builder.HasIndex(a => new { a.SchoolId, a.UserId, a.Kind }).IsUnique();
        builder.HasIndex(a => new { a.BoardId, a.UserId });
        builder.HasOne<School>().WithMany().HasForeignKey(a => a.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class IssuedPseudonymConfiguration : IEntityTypeConfiguration<IssuedPseudonym>
{
    public void Configure(EntityTypeBuilder<IssuedPseudonym> builder)
    {
        builder.Property(p => p.Value).HasMaxLength(64);
        builder.HasIndex(p => new { p.SupplierId, p.Value }).IsUnique();
        builder.HasIndex(p => new { p.PupilId, p.SupplierId }).IsUnique();
        builder.HasIndex(p => p.BoardId);
        builder.HasOne<Pupil>().WithMany().HasForeignKey(p => p.PupilId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Supplier>().WithMany().HasForeignKey(p => p.SupplierId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ProcessingAgreementConfiguration : IEntityTypeConfiguration<ProcessingAgreement>
{
    public void Configure(EntityTypeBuilder<ProcessingAgreement> builder)
    {
        builder.Property(a => a.ModelVersion).HasMaxLength(100);
        foreach (var text in new[] { nameof(ProcessingAgreement.Purposes), nameof(ProcessingAgreement.PersonalDataCategories),
                     nameof(ProcessingAgreement.Subprocessors), nameof(ProcessingAgreement.ProcessingCountries), nameof(ProcessingAgreement.Retention),
                     nameof(ProcessingAgreement.SecurityMeasures), nameof(ProcessingAgreement.BreachNotification) })
            builder.Property(text).HasMaxLength(4000);
        builder.HasIndex(a => new { a.BoardId, a.SupplierId });
        builder.HasOne<Board>().WithMany().HasForeignKey(a => a.BoardId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Supplier>().WithMany().HasForeignKey(a => a.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CatalogItem>().WithMany().HasForeignKey(a => a.CatalogItemId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class SharingRuleConfiguration : IEntityTypeConfiguration<SharingRule>
{
    public void Configure(EntityTypeBuilder<SharingRule> builder)
    {
        builder.HasIndex(r => new { r.BoardId, r.SupplierId, r.CatalogItemId });
        builder.HasIndex(r => new { r.SupplierId, r.ArchivedAt });
        builder.HasMany(r => r.Scopes).WithOne().HasForeignKey(s => s.RuleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Board>().WithMany().HasForeignKey(r => r.BoardId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Supplier>().WithMany().HasForeignKey(r => r.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CatalogItem>().WithMany().HasForeignKey(r => r.CatalogItemId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class SharingScopeConfiguration : IEntityTypeConfiguration<SharingScope>
{
    public void Configure(EntityTypeBuilder<SharingScope> builder)
    {
        builder.HasIndex(s => new { s.RuleId, s.SchoolId, s.GroupId });
        builder.HasOne<School>().WithMany().HasForeignKey(s => s.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PupilGroup>().WithMany().HasForeignKey(s => s.GroupId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class LearningResultConfiguration : IEntityTypeConfiguration<LearningResult>
{
    public void Configure(EntityTypeBuilder<LearningResult> builder)
    {
        builder.Property(r => r.ResultKey).HasMaxLength(100);
        builder.Property(r => r.TestCode).HasMaxLength(50);
        builder.Property(r => r.TestPartCode).HasMaxLength(50);
        builder.Property(r => r.GoalCode).HasMaxLength(20);
        builder.HasIndex(r => new { r.SupplierId, r.ResultKey }).IsUnique();
        builder.HasIndex(r => new { r.GroupId, r.TakenOn });
        builder.HasIndex(r => new { r.PupilId, r.TakenOn });
        builder.HasIndex(r => new { r.SchoolId, r.TakenOn });
        builder.HasOne<Pupil>().WithMany().HasForeignKey(r => r.PupilId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ResultDelivery>().WithMany().HasForeignKey(r => r.DeliveryId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class LearningTestConfiguration : IEntityTypeConfiguration<LearningTest>
{
    public void Configure(EntityTypeBuilder<LearningTest> builder)
    {
        builder.Property(t => t.TestCode).HasMaxLength(50);
        builder.Property(t => t.PartCode).HasMaxLength(50);
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.Property(t => t.GoalCode).HasMaxLength(20);
        builder.HasIndex(t => new { t.BoardId, t.SupplierId, t.CatalogItemId, t.TestCode, t.PartCode }).IsUnique();
    }
}

public sealed class ResultDeliveryConfiguration : IEntityTypeConfiguration<ResultDelivery>
{
    public void Configure(EntityTypeBuilder<ResultDelivery> builder)
    {
        builder.Property(d => d.ContentHash).HasMaxLength(64);
        builder.Property(d => d.ReceivedVia).HasMaxLength(200);
        builder.HasIndex(d => new { d.SupplierId, d.ContentHash }).IsUnique();
        builder.HasIndex(d => new { d.BoardId, d.SupplierId });
        builder.HasOne<Board>().WithMany().HasForeignKey(d => d.BoardId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class DataAccessEntryConfiguration : IEntityTypeConfiguration<DataAccessEntry>
{
    public void Configure(EntityTypeBuilder<DataAccessEntry> builder)
    {
        builder.Property(e => e.SupplierName).HasMaxLength(200);
        builder.Property(e => e.ProductName).HasMaxLength(200);
        builder.Property(e => e.Actor).HasMaxLength(200);
        builder.HasIndex(e => new { e.SchoolId, e.At });
        builder.HasIndex(e => new { e.BoardId, e.SupplierId });
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regie.Web.Features.Collaboration;
using Regie.Web.Features.Schools;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Features.Needs;

public sealed class NeedConfiguration : IEntityTypeConfiguration<Need>
{
    public void Configure(EntityTypeBuilder<Need> builder)
    {
        builder.Property(n => n.AsRole).HasMaxLength(200);
        builder.Property(n => n.Want).HasMaxLength(Need.StoryPartMax);
        builder.Property(n => n.SoThat).HasMaxLength(Need.StoryPartMax);
        builder.Property(n => n.RejectionReason).HasMaxLength(2000);
        builder.Property(n => n.CreatedByName).HasMaxLength(200);
        builder.HasIndex(n => new { n.BoardId, n.ArchivedAt, n.Status });
        builder.HasIndex(n => new { n.BoardId, n.Pillar });
        builder.HasIndex(n => new { n.SharedAt, n.BoardId }); // the cooperative's view of shared needs
        builder.HasIndex(n => n.InitiativeId);
        builder.HasIndex(n => n.WorkingGroupId);
        builder.HasOne<Board>().WithMany().HasForeignKey(n => n.BoardId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Initiative>().WithMany().HasForeignKey(n => n.InitiativeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<WorkingGroup>().WithMany().HasForeignKey(n => n.WorkingGroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(n => n.Schools).WithOne().HasForeignKey(s => s.NeedId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class NeedSchoolConfiguration : IEntityTypeConfiguration<NeedSchool>
{
    public void Configure(EntityTypeBuilder<NeedSchool> builder)
    {
        builder.HasKey(s => new { s.NeedId, s.SchoolId });
        // No index leads with BoardId on child tables: SQLite's planner, without statistics, would pick it over the
        // parent key for correlated lookups and scan the whole board per row. Rows are reached through their parent.
        builder.HasIndex(s => s.SchoolId);
        builder.HasOne<School>().WithMany().HasForeignKey(s => s.SchoolId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class NeedEndorsementConfiguration : IEntityTypeConfiguration<NeedEndorsement>
{
    public void Configure(EntityTypeBuilder<NeedEndorsement> builder)
    {
        builder.HasKey(e => new { e.NeedId, e.UserId });
        builder.Property(e => e.UserName).HasMaxLength(200);
        builder.HasOne<Need>().WithMany().HasForeignKey(e => e.NeedId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class NeedCommentConfiguration : IEntityTypeConfiguration<NeedComment>
{
    public void Configure(EntityTypeBuilder<NeedComment> builder)
    {
        builder.Property(c => c.Text).HasMaxLength(Need.TextMax);
        builder.Property(c => c.AuthorName).HasMaxLength(200);
        builder.HasIndex(c => new { c.NeedId, c.CreatedAt });
        builder.HasOne<Need>().WithMany().HasForeignKey(c => c.NeedId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class SolutionTermConfiguration : IEntityTypeConfiguration<SolutionTerm>
{
    public void Configure(EntityTypeBuilder<SolutionTerm> builder)
    {
        builder.Property(t => t.Term).HasMaxLength(100);
        builder.Property(t => t.Hint).HasMaxLength(500);
        builder.HasIndex(t => new { t.BoardId, t.Term }).IsUnique();
    }
}

public sealed class WorkingGroupConfiguration : IEntityTypeConfiguration<WorkingGroup>
{
    public void Configure(EntityTypeBuilder<WorkingGroup> builder)
    {
        builder.Property(g => g.Name).HasMaxLength(200);
        builder.Property(g => g.Mandate).HasMaxLength(Need.TextMax);
        builder.HasIndex(g => new { g.BoardId, g.ArchivedAt, g.Name });
        builder.HasMany(g => g.Members).WithOne().HasForeignKey(m => m.WorkingGroupId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class WorkingGroupMemberConfiguration : IEntityTypeConfiguration<WorkingGroupMember>
{
    public void Configure(EntityTypeBuilder<WorkingGroupMember> builder)
    {
        builder.HasKey(m => new { m.WorkingGroupId, m.UserId });
        builder.Property(m => m.Role).HasMaxLength(100);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class MeetingNoteConfiguration : IEntityTypeConfiguration<MeetingNote>
{
    public const int TextMax = 8000;

    public void Configure(EntityTypeBuilder<MeetingNote> builder)
    {
        builder.Property(n => n.Text).HasMaxLength(TextMax);
        builder.Property(n => n.Decisions).HasMaxLength(Need.TextMax);
        builder.Property(n => n.AuthorName).HasMaxLength(200);
        builder.HasIndex(n => new { n.WorkingGroupId, n.MeetingDate });
        builder.HasOne<WorkingGroup>().WithMany().HasForeignKey(n => n.WorkingGroupId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class BundlingProposalConfiguration : IEntityTypeConfiguration<BundlingProposal>
{
    public void Configure(EntityTypeBuilder<BundlingProposal> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(200);
        builder.Property(p => p.Description).HasMaxLength(Need.TextMax);
        builder.Property(p => p.GroupingReason).HasMaxLength(2000);
        builder.HasIndex(p => new { p.OrganizationId, p.ArchivedAt });
        builder.HasOne<Infrastructure.Tenancy.Cooperative>().WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Needs).WithOne().HasForeignKey(n => n.ProposalId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class BundlingProposalNeedConfiguration : IEntityTypeConfiguration<BundlingProposalNeed>
{
    public void Configure(EntityTypeBuilder<BundlingProposalNeed> builder)
    {
        builder.HasKey(n => new { n.ProposalId, n.NeedId });
        builder.HasIndex(n => n.NeedId);
        builder.HasOne<Need>().WithMany().HasForeignKey(n => n.NeedId).OnDelete(DeleteBehavior.Restrict);
    }
}

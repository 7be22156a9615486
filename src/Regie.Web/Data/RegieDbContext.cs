using System.Linq.Expressions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Features.Chain.Access;
using Regie.Web.Features.Chain.Pseudonyms;
using Regie.Web.Features.Chain.Register;
using Regie.Web.Features.Chain.Results;
using Regie.Web.Features.Chain.Sharing;
using Regie.Web.Features.Collaboration;
using Regie.Web.Features.Contracts;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Features.Market.InUse;
using Regie.Web.Features.Market.Reviews;
using Regie.Web.Features.Needs;
using Regie.Web.Features.Procurement.Award;
using Regie.Web.Features.Procurement.Offers;
using Regie.Web.Features.Procurement.Plans;
using Regie.Web.Features.Procurement.Policy;
using Regie.Web.Features.Procurement.Projects;
using Regie.Web.Features.Procurement.Thresholds;
using Regie.Web.Features.Schools;
using Regie.Web.Infrastructure.Api;
using Regie.Web.Infrastructure.Assessments;
using Regie.Web.Infrastructure.Audit;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Import;
using Regie.Web.Infrastructure.Tenancy;
using AppRoles = Regie.Web.Infrastructure.Authorization.Roles;

namespace Regie.Web.Data;

/// <summary>
/// The one database context. Tenant-owned records are filtered to the current organization here,
/// so a page cannot forget to scope a query.
/// </summary>
public class RegieDbContext(DbContextOptions options)
    : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    private TenantContext? _tenant;

    /// <summary>Keys for cookies and invitation links live in the database, so they survive restarts and are shared by all instances.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<Board> Boards => Set<Board>();
    public DbSet<Supplier> Suppliers => Set<Supplier>();
    public DbSet<Cooperative> Cooperatives => Set<Cooperative>();
    public DbSet<SectorOffice> SectorOffices => Set<SectorOffice>();
    public DbSet<School> Schools => Set<School>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ImportJob> ImportJobs => Set<ImportJob>();
    public DbSet<ChangeStamp> ChangeStamps => Set<ChangeStamp>();

    public DbSet<Need> Needs => Set<Need>();
    public DbSet<NeedSchool> NeedSchools => Set<NeedSchool>();
    public DbSet<NeedEndorsement> NeedEndorsements => Set<NeedEndorsement>();
    public DbSet<NeedComment> NeedComments => Set<NeedComment>();
    public DbSet<SolutionTerm> SolutionTerms => Set<SolutionTerm>();
    public DbSet<WorkingGroup> WorkingGroups => Set<WorkingGroup>();
    public DbSet<WorkingGroupMember> WorkingGroupMembers => Set<WorkingGroupMember>();
    public DbSet<MeetingNote> MeetingNotes => Set<MeetingNote>();
    public DbSet<BundlingProposal> BundlingProposals => Set<BundlingProposal>();
    public DbSet<BundlingProposalNeed> BundlingProposalNeeds => Set<BundlingProposalNeed>();

    public DbSet<Initiative> Initiatives => Set<Initiative>();
    public DbSet<AgreementItem> AgreementItems => Set<AgreementItem>();
    public DbSet<BusinessCaseLine> BusinessCaseLines => Set<BusinessCaseLine>();
    public DbSet<Risk> Risks => Set<Risk>();
    public DbSet<GoNoGoMoment> GoNoGoMoments => Set<GoNoGoMoment>();

    public DbSet<PlatformOrganization> Platforms => Set<PlatformOrganization>();
    public DbSet<CatalogItem> CatalogItems => Set<CatalogItem>();
    public DbSet<Review> Reviews => Set<Review>();
    public DbSet<ReviewReport> ReviewReports => Set<ReviewReport>();
    public DbSet<ItemUse> ItemUses => Set<ItemUse>();
    public DbSet<ItemUseSchool> ItemUseSchools => Set<ItemUseSchool>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<CriteriaSet> CriteriaSets => Set<CriteriaSet>();
    public DbSet<Assessment> Assessments => Set<Assessment>();
    public DbSet<AssessmentScoring> AssessmentScorings => Set<AssessmentScoring>();

    public DbSet<ProcurementPolicy> ProcurementPolicies => Set<ProcurementPolicy>();
    public DbSet<TenderThreshold> TenderThresholds => Set<TenderThreshold>();
    public DbSet<InvestmentPlan> InvestmentPlans => Set<InvestmentPlan>();
    public DbSet<InvestmentPlanVersion> InvestmentPlanVersions => Set<InvestmentPlanVersion>();
    public DbSet<InvestmentPlanLine> InvestmentPlanLines => Set<InvestmentPlanLine>();
    public DbSet<ProcurementProject> ProcurementProjects => Set<ProcurementProject>();
    public DbSet<ProjectNeed> ProjectNeeds => Set<ProjectNeed>();
    public DbSet<Requirement> Requirements => Set<Requirement>();
    public DbSet<ProjectSupplier> ProjectSuppliers => Set<ProjectSupplier>();
    public DbSet<ProjectQuestion> ProjectQuestions => Set<ProjectQuestion>();
    public DbSet<ClarificationNote> ClarificationNotes => Set<ClarificationNote>();
    public DbSet<Offer> Offers => Set<Offer>();
    public DbSet<OfferDocument> OfferDocuments => Set<OfferDocument>();
    public DbSet<AwardDecision> AwardDecisions => Set<AwardDecision>();
    public DbSet<Contract> Contracts => Set<Contract>();

    public DbSet<Pupil> Pupils => Set<Pupil>();
    public DbSet<PupilGroup> PupilGroups => Set<PupilGroup>();
    public DbSet<GroupTeacher> GroupTeachers => Set<GroupTeacher>();
    public DbSet<SchoolAssignment> SchoolAssignments => Set<SchoolAssignment>();
    public DbSet<IssuedPseudonym> IssuedPseudonyms => Set<IssuedPseudonym>();
    public DbSet<ProcessingAgreement> ProcessingAgreements => Set<ProcessingAgreement>();
    public DbSet<SharingRule> SharingRules => Set<SharingRule>();
    public DbSet<SharingScope> SharingScopes => Set<SharingScope>();
    public DbSet<LearningResult> LearningResults => Set<LearningResult>();
    public DbSet<LearningTest> LearningTests => Set<LearningTest>();
    public DbSet<ResultDelivery> ResultDeliveries => Set<ResultDelivery>();
    public DbSet<DataAccessEntry> DataAccessEntries => Set<DataAccessEntry>();

    /// <summary>
    /// Who is acting. Contexts are pooled, so the scope that leases one sets this (see DatabaseSetup);
    /// a context without it acts for nobody and sees no tenant-owned row.
    /// </summary>
    public TenantContext? Tenant { get => _tenant; set => _tenant = value; }

    /// <summary>Evaluated per query; an anonymous request matches no tenant-owned row.</summary>
    protected Guid CurrentOrganizationId => _tenant?.OrganizationId ?? Guid.Empty;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(RegieDbContext).Assembly);
        builder.Entity<AppUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(200);
            user.HasOne<Organization>().WithMany().HasForeignKey(u => u.OrganizationId).OnDelete(DeleteBehavior.Restrict);
            user.HasIndex(u => new { u.OrganizationId, u.DisplayName });
            user.HasIndex(u => new { u.OrganizationId, u.DeactivatedAt }); // active-user counts on the start page
        });
        builder.Entity<IdentityRole<Guid>>().HasData(AppRoles.All.Select(r => new IdentityRole<Guid>
        {
            Id = AppRoles.IdOf(r.Key), Name = r.Key, NormalizedName = r.Key.ToUpperInvariant(), ConcurrencyStamp = r.Key,
        }));

        foreach (var type in builder.Model.GetEntityTypes().Where(t => t.BaseType is null))
        {
            if (type.ClrType == typeof(AppUser)) continue; // sign-in looks users up before a tenant is known
            if (typeof(IVersioned).IsAssignableFrom(type.ClrType))
                builder.Entity(type.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
            if (typeof(IBoardOwned).IsAssignableFrom(type.ClrType))
                builder.Entity(type.ClrType).HasQueryFilter(TenantFilter(type.ClrType, nameof(IBoardOwned.BoardId)));
            else if (typeof(IOrganizationOwned).IsAssignableFrom(type.ClrType))
                builder.Entity(type.ClrType).HasQueryFilter(TenantFilter(type.ClrType, nameof(IOrganizationOwned.OrganizationId)));
        }
    }

    private LambdaExpression TenantFilter(Type entityType, string property)
    {
        var entity = Expression.Parameter(entityType, "e");
        var owner = Expression.Property(entity, property);
        var current = Expression.Property(Expression.Constant(this), nameof(CurrentOrganizationId));
        return Expression.Lambda(Expression.Equal(owner, current), entity);
    }
}

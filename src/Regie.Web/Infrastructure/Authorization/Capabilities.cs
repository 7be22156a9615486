using Microsoft.AspNetCore.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Infrastructure.Authorization;

/// <summary>
/// What a user may do, as authorization policies. Each capability is one case in
/// <see cref="CapabilityHandler"/>: the only place that maps roles and organization kinds to rights.
/// </summary>
public static class Capabilities
{
    public const string ViewSchools = nameof(ViewSchools);
    public const string ManageSchools = nameof(ManageSchools);
    public const string ManageUsers = nameof(ManageUsers);
    public const string EditOrganizationProfile = nameof(EditOrganizationProfile);
    public const string ViewCooperativeMembers = nameof(ViewCooperativeMembers);
    public const string ViewSectorOverview = nameof(ViewSectorOverview);
    /// <summary>Read, write, endorse and comment on the board's needs; see and join working groups.</summary>
    public const string RecordNeeds = nameof(RecordNeeds);
    /// <summary>Move needs through their status, run working groups.</summary>
    public const string ManageNeeds = nameof(ManageNeeds);
    /// <summary>Share a need with the board's cooperative, or stop sharing it.</summary>
    public const string ShareNeeds = nameof(ShareNeeds);
    /// <summary>Extend the board's list of words that prescribe a solution.</summary>
    public const string ManageSolutionTerms = nameof(ManageSolutionTerms);
    /// <summary>The cooperative's view of needs its member boards shared, and its bundling proposals.</summary>
    public const string BundleNeeds = nameof(BundleNeeds);
    public const string ViewInitiatives = nameof(ViewInitiatives);
    /// <summary>Start initiatives, walk the flowchart, keep agreements, business case and risks.</summary>
    public const string ManageInitiatives = nameof(ManageInitiatives);

    /// <summary>Search, read and compare published catalogue items, with their reviews and recognition.</summary>
    public const string BrowseMarket = nameof(BrowseMarket);
    /// <summary>Write, change and report reviews of catalogue items (board users; teachers above all).</summary>
    public const string ReviewItems = nameof(ReviewItems);
    public const string ViewItemsInUse = nameof(ViewItemsInUse);
    /// <summary>Keep the board's list of items in use per school and building block.</summary>
    public const string ManageItemsInUse = nameof(ManageItemsInUse);
    /// <summary>A supplier's own catalogue items: create, edit, publish, import; reply to reviews.</summary>
    public const string ManageCatalog = nameof(ManageCatalog);
    /// <summary>Create, rotate and revoke the organization's API keys.</summary>
    public const string ManageApiKeys = nameof(ManageApiKeys);
    /// <summary>The platform's moderation queue and the verification of compliance facts.</summary>
    public const string ModerateMarket = nameof(ModerateMarket);
    /// <summary>Sit on the recognition committee: assess items, reach consensus, decide.</summary>
    public const string AssessRecognition = nameof(AssessRecognition);

    /// <summary>Read the board's procurement policy and see which rule applies to a purchase (every board user).</summary>
    public const string ViewProcurementPolicy = nameof(ViewProcurementPolicy);
    /// <summary>Draft and adopt the board's procurement policy.</summary>
    public const string ManageProcurementPolicy = nameof(ManageProcurementPolicy);
    /// <summary>Read investment plans, the threshold monitor, procurement projects and contracts; evaluate offers when named evaluator.</summary>
    public const string ViewProcurement = nameof(ViewProcurement);
    /// <summary>Draft investment plans and their versions.</summary>
    public const string ManageInvestmentPlans = nameof(ManageInvestmentPlans);
    /// <summary>Run procurement projects: requirements, invitations, answers, opening, award.</summary>
    public const string ManageProcurement = nameof(ManageProcurement);
    /// <summary>A supplier's side of procurement: invitations, questions and offers.</summary>
    public const string RespondToTenders = nameof(RespondToTenders);
    /// <summary>Extend the shared table of European thresholds (platform administrator).</summary>
    public const string ManageTenderThresholds = nameof(ManageTenderThresholds);

    /// <summary>The chain's overview page for school staff and the board: pupil register, sharing, agreements, access log.</summary>
    public const string ViewChain = nameof(ViewChain);
    /// <summary>Import and keep the pupils and groups of the schools the user is assigned to (school leader, ICT coordinator).</summary>
    public const string ManagePupilRegister = nameof(ManagePupilRegister);
    /// <summary>Name the school leaders, coordinators and privacy contacts of each school, and the teachers of groups.</summary>
    public const string ManageSchoolAssignments = nameof(ManageSchoolAssignments);
    /// <summary>Keep processing agreements and decide what each supplier's product receives.</summary>
    public const string ManageDataSharing = nameof(ManageDataSharing);
    /// <summary>The learning-results dashboard: own groups by name, assigned schools by name, the board in aggregate.</summary>
    public const string ViewLearningResults = nameof(ViewLearningResults);
    /// <summary>The data-access log and subject-access view of the schools where the user is privacy contact.</summary>
    public const string ViewDataAccessLog = nameof(ViewDataAccessLog);
    /// <summary>Rotate the pseudonymisation service's key (platform administrator).</summary>
    public const string ManagePseudonymKeys = nameof(ManagePseudonymKeys);

    public static readonly IReadOnlyList<string> All =
        [ViewSchools, ManageSchools, ManageUsers, EditOrganizationProfile, ViewCooperativeMembers, ViewSectorOverview,
         RecordNeeds, ManageNeeds, ShareNeeds, ManageSolutionTerms, BundleNeeds, ViewInitiatives, ManageInitiatives,
         BrowseMarket, ReviewItems, ViewItemsInUse, ManageItemsInUse, ManageCatalog, ManageApiKeys, ModerateMarket, AssessRecognition,
         ViewProcurementPolicy, ManageProcurementPolicy, ViewProcurement, ManageInvestmentPlans, ManageProcurement, RespondToTenders,
         ManageTenderThresholds, ViewChain, ManagePupilRegister, ManageSchoolAssignments, ManageDataSharing, ViewLearningResults,
         ViewDataAccessLog, ManagePseudonymKeys];

    public static void AddRegiePolicies(this AuthorizationOptions options)
    {
        foreach (var capability in All)
            options.AddPolicy(capability, policy => policy.RequireAuthenticatedUser().AddRequirements(new CapabilityRequirement(capability)));
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}

public sealed record CapabilityRequirement(string Capability) : IAuthorizationRequirement;

public sealed class CapabilityHandler : AuthorizationHandler<CapabilityRequirement>
{
    private static readonly string[] BoardRoles =
        [Roles.Executive, Roles.Purchaser, Roles.IctCoordinator, Roles.SchoolLeader, Roles.Teacher, Roles.Administrator];

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, CapabilityRequirement requirement)
    {
        var user = context.User;
        var kind = Enum.TryParse<OrganizationKind>(user.FindFirst(TenantContext.OrganizationKindClaim)?.Value, out var k) ? k : (OrganizationKind?)null;
        bool Any(params string[] roles) => roles.Any(user.IsInRole);

        var allowed = requirement.Capability switch
        {
            Capabilities.ViewSchools => kind == OrganizationKind.Board && Any(BoardRoles),
            Capabilities.ManageSchools => kind == OrganizationKind.Board && Any(Roles.Administrator),
            Capabilities.ManageUsers => kind is not null && Any(Roles.Administrator),
            Capabilities.EditOrganizationProfile => kind switch
            {
                OrganizationKind.Board => Any(Roles.Administrator, Roles.Executive),
                OrganizationKind.Supplier => Any(Roles.Supplier, Roles.Administrator),
                OrganizationKind.Cooperative => Any(Roles.Cooperative, Roles.Administrator),
                OrganizationKind.SectorOffice => Any(Roles.PolicyAdviser, Roles.Administrator),
                OrganizationKind.Platform => Any(Roles.Administrator),
                _ => false,
            },
            Capabilities.ViewCooperativeMembers => kind == OrganizationKind.Cooperative && Any(Roles.Cooperative, Roles.Administrator),
            Capabilities.ViewSectorOverview => kind == OrganizationKind.SectorOffice && Any(Roles.PolicyAdviser, Roles.Administrator),
            Capabilities.RecordNeeds => kind == OrganizationKind.Board && Any(BoardRoles),
            Capabilities.ManageNeeds => kind == OrganizationKind.Board && Any(Roles.Executive, Roles.IctCoordinator, Roles.SchoolLeader, Roles.Administrator),
            Capabilities.ShareNeeds => kind == OrganizationKind.Board && Any(Roles.Executive, Roles.IctCoordinator, Roles.Administrator),
            Capabilities.ManageSolutionTerms => kind == OrganizationKind.Board && Any(Roles.Administrator),
            Capabilities.BundleNeeds => kind == OrganizationKind.Cooperative && Any(Roles.Cooperative, Roles.Administrator),
            Capabilities.ViewInitiatives => kind == OrganizationKind.Board && Any(BoardRoles),
            Capabilities.ManageInitiatives => kind == OrganizationKind.Board
                && Any(Roles.Executive, Roles.Purchaser, Roles.IctCoordinator, Roles.SchoolLeader, Roles.Administrator),
            Capabilities.BrowseMarket => kind is not null,
            Capabilities.ReviewItems => kind == OrganizationKind.Board && Any(BoardRoles),
            Capabilities.ViewItemsInUse => kind == OrganizationKind.Board && Any(BoardRoles),
            Capabilities.ManageItemsInUse => kind == OrganizationKind.Board
                && Any(Roles.Executive, Roles.Purchaser, Roles.IctCoordinator, Roles.SchoolLeader, Roles.Administrator),
            Capabilities.ManageCatalog => kind == OrganizationKind.Supplier && Any(Roles.Supplier, Roles.Administrator),
            Capabilities.ManageApiKeys => kind == OrganizationKind.Supplier && Any(Roles.Supplier, Roles.Administrator),
            Capabilities.ModerateMarket => kind == OrganizationKind.Platform && Any(Roles.Administrator),
            Capabilities.AssessRecognition => kind == OrganizationKind.Platform && Any(Roles.RecognitionCommittee),
            Capabilities.ViewProcurementPolicy => kind == OrganizationKind.Board && Any(BoardRoles),
            Capabilities.ManageProcurementPolicy => kind == OrganizationKind.Board && Any(Roles.Executive, Roles.Purchaser, Roles.Administrator),
            Capabilities.ViewProcurement => kind == OrganizationKind.Board
                && Any(Roles.Executive, Roles.Purchaser, Roles.IctCoordinator, Roles.SchoolLeader, Roles.Administrator),
            Capabilities.ManageInvestmentPlans => kind == OrganizationKind.Board
                && Any(Roles.Executive, Roles.Purchaser, Roles.IctCoordinator, Roles.Administrator),
            Capabilities.ManageProcurement => kind == OrganizationKind.Board && Any(Roles.Executive, Roles.Purchaser, Roles.Administrator),
            Capabilities.RespondToTenders => kind == OrganizationKind.Supplier && Any(Roles.Supplier, Roles.Administrator),
            Capabilities.ManageTenderThresholds => kind == OrganizationKind.Platform && Any(Roles.Administrator),
            Capabilities.ViewChain => kind == OrganizationKind.Board
                && Any(Roles.Executive, Roles.IctCoordinator, Roles.SchoolLeader, Roles.Administrator),
            Capabilities.ManagePupilRegister => kind == OrganizationKind.Board && Any(Roles.IctCoordinator, Roles.SchoolLeader),
            Capabilities.ManageSchoolAssignments => kind == OrganizationKind.Board && Any(Roles.Administrator),
            Capabilities.ManageDataSharing => kind == OrganizationKind.Board && Any(Roles.Executive, Roles.IctCoordinator, Roles.Administrator),
            Capabilities.ViewLearningResults => kind == OrganizationKind.Board && Any(BoardRoles),
            Capabilities.ViewDataAccessLog => kind == OrganizationKind.Board
                && Any(Roles.Executive, Roles.IctCoordinator, Roles.SchoolLeader, Roles.Administrator),
            Capabilities.ManagePseudonymKeys => kind == OrganizationKind.Platform && Any(Roles.Administrator),
            _ => false,
        };
        if (allowed) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Collaboration;
using Regie.Web.Features.Chain;
using Regie.Web.Features.Chain.Access;
using Regie.Web.Features.Chain.Pseudonyms;
using Regie.Web.Features.Chain.Register;
using Regie.Web.Features.Chain.Results;
using Regie.Web.Features.Chain.Sharing;
using Regie.Web.Features.Contracts;
using Regie.Web.Features.Procurement;
using Regie.Web.Features.Procurement.Award;
using Regie.Web.Features.Procurement.Offers;
using Regie.Web.Features.Procurement.Plans;
using Regie.Web.Features.Procurement.Policy;
using Regie.Web.Features.Procurement.Projects;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Features.Market.InUse;
using Regie.Web.Features.Market.Reviews;
using Regie.Web.Infrastructure.Api;
using Regie.Web.Infrastructure.Assessments;
using Regie.Web.Features.Needs;
using Regie.Web.Features.Schools;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Import;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Tests.Tenancy;

/// <summary>
/// Proves by enumeration that no route lets one organization see or change another's records,
/// and that no route but the public ones serves an anonymous visitor.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class CrossBoardAccessTests(RegieApp app)
{
    private static readonly HashSet<string> PublicRoutes =
        ["Account/Login", "Account/SetPassword", "Account/AccessDenied", "Account/Logout", "Error", "health",
         "openapi", "api/docs", "api/docs/favicon.svg", "api/docs/scalar.js", "api/docs/scalar.aspnetcore.js", "api", "api/v1/catalog/items", "api/v1/catalog/items/batch", "api/v1/code-lists",
         "api/v1/procurement/invitations", "api/v1/chain/rosters"];

    private static readonly HashSet<HttpStatusCode> Refusals = [HttpStatusCode.NotFound, HttpStatusCode.Forbidden];

    [Fact]
    public void Enumeration_FindsTheAppsRoutes()
    {
        var templates = RouteCatalog.Discover(app).Select(r => r.Template).ToList();
        Assert.Contains("Schools/Details/{id:guid}", templates);
        Assert.Contains("Users/Details/{id:guid}", templates);
        Assert.Contains("Imports/Details/{id:guid}", templates);
        Assert.Contains("health", templates);
        Assert.True(templates.Count >= 20, string.Join(", ", templates));
    }

    [Fact]
    public async Task Anonymous_IsSentToLogin_OnEveryRouteButThePublicOnes()
    {
        var anonymous = app.CreateBrowser();
        var failures = new List<string>();
        foreach (var route in RouteCatalog.Discover(app).Where(r => !PublicRoutes.Contains(r.Template.Split("/{")[0])))
        {
            var url = route.Url(Guid.NewGuid());
            var get = await anonymous.GetAsync(url);
            if (!IsLoginRedirect(get)) failures.Add($"GET {url} → {(int)get.StatusCode} {get.Location()}");
            foreach (var handler in route.PostHandlers)
            {
                var post = await anonymous.PostFormAsync(WithHandler(url, handler), []);
                if (!IsLoginRedirect(post)) failures.Add($"POST {WithHandler(url, handler)} → {(int)post.StatusCode} {post.Location()}");
            }
        }
        Assert.True(failures.Count == 0, "Reachable without login:\n" + string.Join("\n", failures));
    }

    [Fact]
    public async Task PublicRoutes_AreReachableWithoutLogin()
    {
        var anonymous = app.CreateBrowser();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/Account/Login")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task OtherOrganizations_GetNotFoundOrForbidden_ForEveryRecordOfBoardB()
    {
        var (victim, victimRecords) = await BoardWithRecordsAsync();
        var supplier = await app.CreateOrganizationAsync(new Supplier());
        var cooperative = await app.CreateOrganizationAsync(new Cooperative());
        var intruders = new[]
        {
            ("beheerder van bestuur A", await app.LoginAsync((await app.CreateUserAsync(await app.CreateBoardAsync(), Roles.Administrator)).Email!)),
            ("leraar van bestuur A", await app.LoginAsync((await app.CreateUserAsync(await app.CreateBoardAsync(), Roles.Teacher)).Email!)),
            ("leverancier", await app.LoginAsync((await app.CreateUserAsync(supplier, Roles.Supplier, Roles.Administrator)).Email!)),
            ("coöperatie", await app.LoginAsync((await app.CreateUserAsync(cooperative, Roles.Cooperative, Roles.Administrator)).Email!)),
        };
        var before = await SnapshotAsync(victim);

        var failures = new List<string>();
        foreach (var route in RouteCatalog.Discover(app).Where(r => r.TakesId))
        foreach (var (who, client) in intruders)
        foreach (var (kind, id) in victimRecords)
        {
            var url = route.Url(id);
            var get = await client.GetAsync(url);
            if (!IsRefused(get)) failures.Add($"{who}: GET {url} ({kind} of B) → {(int)get.StatusCode}");
            foreach (var handler in route.PostHandlers)
            {
                var post = await client.PostFormAsync(WithHandler(url, handler), new() { ["version"] = "0", ["stamp"] = "" });
                if (!IsRefused(post)) failures.Add($"{who}: POST {WithHandler(url, handler)} ({kind} of B) → {(int)post.StatusCode} {post.Location()}");
            }
        }

        Assert.True(failures.Count == 0, "Board B's records reachable:\n" + string.Join("\n", failures));
        Assert.Equal(before, await SnapshotAsync(victim));
    }

    [Fact]
    public async Task ListsAndPagesOfBoardA_NeverShowBoardBsData()
    {
        var (victim, _) = await BoardWithRecordsAsync();
        var secrets = await app.WithDbAsync(async db => new[]
        {
            victim.Name,
            await db.Schools.Where(s => s.BoardId == victim.Id).Select(s => s.Name).FirstAsync(),
            await db.Users.Where(u => u.OrganizationId == victim.Id).Select(u => u.Email!).FirstAsync(),
            "geheime oefenstof", "Geheime werkgroep", "Geheim initiatief", "Geheim risico", "Geheime reactie", "Geheim verslag",
            "Geheim conceptproduct", "Geheim gebruik", "Geheime sleutel",
            "Geheim beleid", "Geheim investeringsplan", "Geheime planregel", "Geheim inkooptraject", "Geheime wens", "Geheime vraag", "Geheim contract",
            "Geheimleerling", "Geheime groep", "Geheime overeenkomst", "Geheime toets",
        }, victim);
        var (_, _, client) = await app.BoardUserAsync(Roles.Administrator);

        var leaks = new List<string>();
        foreach (var route in RouteCatalog.Discover(app).Where(r => r.IsPage && !r.TakesId))
        {
            var url = route.Url(Guid.Empty);
            var response = await client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            leaks.AddRange(secrets.Where(s => body.Contains(s, StringComparison.Ordinal)).Select(s => $"{url} shows '{s}'"));
            if (response.StatusCode == HttpStatusCode.OK && body.Contains("handler=Export", StringComparison.Ordinal))
            {
                var export = await (await client.GetAsync(url + "?handler=Export&format=csv")).Content.ReadAsStringAsync();
                leaks.AddRange(secrets.Where(s => export.Contains(s, StringComparison.Ordinal)).Select(s => $"{url} export shows '{s}'"));
            }
        }
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
    }

    private async Task<(Board Board, List<(string Kind, Guid Id)> Records)> BoardWithRecordsAsync()
    {
        var cooperative = await app.CreateOrganizationAsync(new Cooperative());
        var board = await app.CreateBoardAsync(cooperative);
        var school = await app.CreateSchoolAsync(board, $"Geheime school {TestData.Next()}");
        var user = await app.CreateUserAsync(board, Roles.Teacher);
        var job = new ImportJob { OrganizationId = board.Id, Kind = "schools", FileName = "b.csv", Content = [1], CreatedById = user.Id, CreatedByName = "B", CreatedAt = DateTimeOffset.UtcNow };
        job.Validated(new ImportCheck(null, 1, 1, 0, null, [], new(["Naam"], [["x"]])), DateTimeOffset.UtcNow);
        var group = new WorkingGroup { BoardId = board.Id, Name = "Geheime werkgroep", Mandate = "Adviseren" };
        var initiative = new Initiative { BoardId = board.Id, Title = "Geheim initiatief", Ambition = "Iets nieuws", StartYear = 2026 };
        var need = new Need
        {
            BoardId = board.Id, AsRole = "leraar", Want = "geheime oefenstof", SoThat = "leerlingen oefenen", Pillar = Pillar.DigitalLearningMaterials,
            CreatedById = user.Id, CreatedByName = "B", SharedAt = DateTimeOffset.UtcNow, WorkingGroupId = group.Id, InitiativeId = initiative.Id,
        };
        need.Schools.Add(new NeedSchool { BoardId = board.Id, SchoolId = school.Id });
        var note = new MeetingNote { BoardId = board.Id, WorkingGroupId = group.Id, MeetingDate = new DateOnly(2026, 11, 2), Text = "Geheim verslag", AuthorName = "B" };
        var comment = new NeedComment { BoardId = board.Id, NeedId = need.Id, AuthorId = user.Id, AuthorName = "B", Text = "Geheime reactie" };
        var agreement = new AgreementItem { BoardId = board.Id, InitiativeId = initiative.Id, Topic = AgreementTopic.Ownership, Agreement = "Geheime afspraak" };
        var line = new BusinessCaseLine { BoardId = board.Id, InitiativeId = initiative.Id, Type = LineType.Cost, Phase = LifecyclePhase.Development, Description = "Bouw", Frequency = Frequency.OneOff, Amount = 1000, FromYear = 2026 };
        var risk = new Risk { BoardId = board.Id, InitiativeId = initiative.Id, Title = "Geheim risico", Category = RiskCategory.Technical, Probability = 2, Impact = 3, ImpactAmount = 5000, Owner = RiskParty.MarketParty };
        var moment = new GoNoGoMoment { BoardId = board.Id, InitiativeId = initiative.Id, Name = "Na het prototype", Criteria = "Werkt het" };
        var proposal = new BundlingProposal { OrganizationId = cooperative.Id, Title = "Geheim voorstel", GroupingReason = "oefenstof" };
        proposal.Needs.Add(new BundlingProposalNeed { OrganizationId = cooperative.Id, NeedId = need.Id });
        await app.WithDbAsync(async db =>
        {
            db.ImportJobs.Add(job);
            db.AddRange(group, initiative, need, note, comment, agreement, line, risk, moment);
            db.Add(new NeedEndorsement { BoardId = board.Id, NeedId = need.Id, UserId = user.Id, UserName = "B", CreatedAt = DateTimeOffset.UtcNow });
            db.Add(new WorkingGroupMember { BoardId = board.Id, WorkingGroupId = group.Id, UserId = user.Id, AddedAt = DateTimeOffset.UtcNow });
            return await db.SaveChangesAsync();
        }, board);
        await app.WithDbAsync(async db => { db.Add(proposal); return await db.SaveChangesAsync(); }, cooperative);

        // The market: a supplier's unpublished item (only that supplier sees it), the board's in-use list, a review
        // by the board's teacher, the supplier's API key, and a recognition assessment run by the platform.
        var supplier = await app.CreateOrganizationAsync(new Supplier { Name = "Geheime leverancier" });
        var item = new CatalogItem { SupplierId = supplier.Id, SupplierName = supplier.Name, Title = "Geheim conceptproduct", Summary = "s", Description = "d", Kind = ItemKind.Software };
        var use = new ItemUse { BoardId = board.Id, ItemId = item.Id, Block = BuildingBlocks.Content, Note = "Geheim gebruik" };
        use.Schools.Add(new ItemUseSchool { BoardId = board.Id, SchoolId = school.Id });
        var review = new Review { ItemId = item.Id, BoardId = board.Id, AuthorId = user.Id, AuthorName = "B", AuthorRole = Roles.Teacher, Text = "Ervaring", Ratings = { [ReviewAspect.EaseOfUse] = 4 } };
        var key = new ApiKey { OrganizationId = supplier.Id, Name = "Geheime sleutel", Scopes = ApiScopes.CatalogRead, CreatedBy = "B" };
        key.IssueSecret();
        var platform = await app.CreateOrganizationAsync(new PlatformOrganization());
        var criteria = new CriteriaSet { OrganizationId = platform.Id, Purpose = AssessmentPurpose.Recognition, Name = "Geheime criteria", Criteria = [new("doel", "Doel", "Helder doel", 1)] };
        var assessment = new Assessment { OrganizationId = platform.Id, CriteriaSetId = criteria.Id, SubjectKind = "catalog-item", SubjectId = item.Id, SubjectTitle = item.Title };
        await app.WithDbAsync(async db => { db.AddRange(item, review, key); return await db.SaveChangesAsync(); }, supplier);
        await app.WithDbAsync(async db => { db.Add(use); return await db.SaveChangesAsync(); }, board);
        await app.WithDbAsync(async db => { db.AddRange(criteria, assessment); return await db.SaveChangesAsync(); }, platform);

        // Procurement: policy, an investment plan with a version and a line, and a project with every part of a tender.
        var policy = new ProcurementPolicy { BoardId = board.Id, Notes = "Geheim beleid" };
        var plan = new InvestmentPlan { BoardId = board.Id, Title = "Geheim investeringsplan", FirstYear = 2026 };
        var planVersion = new InvestmentPlanVersion { BoardId = board.Id, PlanId = plan.Id };
        var planLine = new InvestmentPlanLine { BoardId = board.Id, PlanVersionId = planVersion.Id, Category = PurchaseCategory.Devices, Description = "Geheime planregel", UnitPrice = 300, Quantity = 30, PurchaseYear = 2027 };
        var project = new ProcurementProject { BoardId = board.Id, Reference = $"INK-{TestData.Next()}", Title = "Geheim inkooptraject", Description = "d", Category = PurchaseCategory.Software, ProcedureStart = new DateOnly(2026, 12, 1) };
        project.Needs.Add(new ProjectNeed { BoardId = board.Id, ProjectId = project.Id, NeedId = need.Id });
        var requirement = new Requirement { BoardId = board.Id, ProjectId = project.Id, Kind = RequirementKind.Wish, Code = "W1", Text = "Geheime wens", Weight = 10 };
        var invitation = new ProjectSupplier { BoardId = board.Id, ProjectId = project.Id, SupplierId = supplier.Id, SupplierName = supplier.Name, Status = InvitationStatus.Invited };
        var question = new ProjectQuestion { BoardId = board.Id, ProjectId = project.Id, SupplierId = supplier.Id, Number = 1, Text = "Geheime vraag", AskedAt = DateTimeOffset.UtcNow };
        var clarification = new ClarificationNote { BoardId = board.Id, ProjectId = project.Id, Number = 1, IssuedAt = DateTimeOffset.UtcNow, IssuedBy = "B" };
        var offer = new Offer { BoardId = board.Id, ProjectId = project.Id, SupplierId = supplier.Id, SupplierName = supplier.Name, Status = OfferStatus.Submitted, SealedQuality = [1], SealedPrice = [2] };
        var document = new OfferDocument { BoardId = board.Id, OfferId = offer.Id, Envelope = Envelope.Quality, Sealed = [3], Size = 1, UploadedAt = DateTimeOffset.UtcNow };
        var award = new AwardDecision { BoardId = board.Id, ProjectId = project.Id, WinningOfferId = offer.Id, DecidedAt = DateTimeOffset.UtcNow, DecidedBy = "B", StandstillUntil = new DateOnly(2027, 1, 1) };
        var contract = new Contract { BoardId = board.Id, ProjectId = project.Id, SupplierId = supplier.Id, SupplierName = supplier.Name, Title = "Geheim contract" };
        await app.WithDbAsync(async db =>
        {
            db.AddRange(policy, plan, planVersion, planLine, project, requirement, invitation, question, clarification, offer, document, award, contract);
            return await db.SaveChangesAsync();
        }, board);
        // Chain: a group with a pupil, their teacher and school roles, what a supplier received and delivered.
        var pupilGroup = new PupilGroup { BoardId = board.Id, SchoolId = school.Id, Key = "G5", Name = "Geheime groep", YearGroup = 5 };
        var pupil = new Pupil
        {
            BoardId = board.Id, SchoolId = school.Id, GroupId = pupilGroup.Id, PupilNumber = "L1", GivenName = "Geheimleerling", FamilyName = "Verborgen",
            NumberKind = PupilNumberKind.Bsn, NumberLookup = TestData.Next().ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(64, '0'), FirstLevelHash = new string('a', 64),
        };
        var teacher = new GroupTeacher { BoardId = board.Id, GroupId = pupilGroup.Id, UserId = user.Id };
        var assignment = new SchoolAssignment { BoardId = board.Id, SchoolId = school.Id, UserId = user.Id, Kind = SchoolAssignmentKind.PrivacyContact };
        var issued = new IssuedPseudonym { BoardId = board.Id, PupilId = pupil.Id, SupplierId = supplier.Id, Value = Guid.NewGuid().ToString("N"), IssuedAt = DateTimeOffset.UtcNow };
        var processing = new ProcessingAgreement { BoardId = board.Id, SupplierId = supplier.Id, ModelVersion = "Geheime overeenkomst", SignedOn = new DateOnly(2026, 1, 1), DataCategories = SharedFields.Group };
        var rule = new SharingRule { BoardId = board.Id, SupplierId = supplier.Id, CatalogItemId = item.Id, Fields = SharedFields.Group };
        rule.Scopes.Add(new SharingScope { BoardId = board.Id, RuleId = rule.Id, SchoolId = school.Id, GroupId = pupilGroup.Id });
        var delivery = new ResultDelivery { BoardId = board.Id, SupplierId = supplier.Id, CatalogItemId = item.Id, SchoolId = school.Id, ContentHash = Guid.NewGuid().ToString("N"), ResultCount = 1, PupilCount = 1, ReceivedAt = DateTimeOffset.UtcNow };
        var result = new LearningResult
        {
            BoardId = board.Id, SchoolId = school.Id, PupilId = pupil.Id, GroupId = pupilGroup.Id, SupplierId = supplier.Id, CatalogItemId = item.Id,
            DeliveryId = delivery.Id, ResultKey = Guid.NewGuid().ToString("N"), TestCode = "GEHEIM", TakenOn = new DateOnly(2026, 10, 1), Score = 7,
        };
        var learningTest = new LearningTest { BoardId = board.Id, SupplierId = supplier.Id, CatalogItemId = item.Id, TestCode = "GEHEIM", Name = "Geheime toets", MaxScore = 10 };
        var access = new DataAccessEntry { BoardId = board.Id, SchoolId = school.Id, SupplierId = supplier.Id, SupplierName = supplier.Name, CatalogItemId = item.Id, ProductName = item.Title, Kind = DataAccessKind.RosterFetch, Actor = "Geheime sleutel", RecordCount = 1, PupilCount = 1, At = DateTimeOffset.UtcNow };
        await app.WithDbAsync(async db =>
        {
            db.AddRange(pupilGroup, pupil, teacher, assignment, issued, processing, rule, delivery, result, learningTest, access);
            return await db.SaveChangesAsync();
        }, board);
        return (board,
        [
            ("school", school.Id), ("gebruiker", user.Id), ("import", job.Id), ("bestuur", board.Id), ("behoefte", need.Id),
            ("werkgroep", group.Id), ("verslag", note.Id), ("reactie", comment.Id), ("initiatief", initiative.Id), ("afspraak", agreement.Id),
            ("business-caseregel", line.Id), ("risico", risk.Id), ("go/no-go", moment.Id), ("bundelvoorstel", proposal.Id),
            ("conceptproduct", item.Id), ("in gebruik", use.Id), ("ervaring", review.Id), ("API-sleutel", key.Id),
            ("criteriaset", criteria.Id), ("beoordeling", assessment.Id),
            ("inkoopbeleid", policy.Id), ("investeringsplan", plan.Id), ("planversie", planVersion.Id), ("planregel", planLine.Id),
            ("inkooptraject", project.Id), ("eis", requirement.Id), ("uitnodiging", invitation.Id), ("vraag", question.Id),
            ("nota van inlichtingen", clarification.Id), ("inschrijving", offer.Id), ("inschrijvingsdocument", document.Id),
            ("gunningsbesluit", award.Id), ("contract", contract.Id),
            ("leerlinggroep", pupilGroup.Id), ("leerling", pupil.Id), ("groepsleraar", teacher.Id), ("schoolrol", assignment.Id),
            ("pseudoniem", issued.Id), ("verwerkersovereenkomst", processing.Id), ("deelregel", rule.Id), ("deelbereik", rule.Scopes[0].Id),
            ("levering", delivery.Id), ("leerresultaat", result.Id), ("toets", learningTest.Id), ("toegangsregel", access.Id),
        ]);
    }

    private Task<string> SnapshotAsync(Board board) => app.WithDbAsync(async db =>
    {
        var schools = await db.Schools.IgnoreQueryFilters().Where(s => s.BoardId == board.Id).Select(s => $"{s.Id}:{s.Version}:{s.ArchivedAt}").ToListAsync();
        var users = await db.Users.Where(u => u.OrganizationId == board.Id).Select(u => $"{u.Id}:{u.ConcurrencyStamp}").ToListAsync();
        var jobs = await db.ImportJobs.IgnoreQueryFilters().Where(j => j.OrganizationId == board.Id).Select(j => $"{j.Id}:{j.Status}").ToListAsync();
        var organization = await db.Organizations.Where(o => o.Id == board.Id).Select(o => o.Version).SingleAsync();
        var needs = await db.Needs.IgnoreQueryFilters().Where(n => n.BoardId == board.Id).Select(n => $"{n.Id}:{n.Version}:{n.SharedAt}").ToListAsync();
        var endorsements = await db.NeedEndorsements.IgnoreQueryFilters().CountAsync(e => e.BoardId == board.Id);
        var comments = await db.NeedComments.IgnoreQueryFilters().CountAsync(c => c.BoardId == board.Id);
        var groups = await db.WorkingGroups.IgnoreQueryFilters().Where(g => g.BoardId == board.Id).Select(g => $"{g.Id}:{g.Version}").ToListAsync();
        var members = await db.WorkingGroupMembers.IgnoreQueryFilters().CountAsync(m => m.BoardId == board.Id);
        var notes = await db.MeetingNotes.IgnoreQueryFilters().Where(n => n.BoardId == board.Id).Select(n => $"{n.Id}:{n.Version}").ToListAsync();
        var initiatives = await db.Initiatives.IgnoreQueryFilters().Where(i => i.BoardId == board.Id).Select(i => $"{i.Id}:{i.Version}").ToListAsync();
        var agreements = await db.AgreementItems.IgnoreQueryFilters().Where(a => a.BoardId == board.Id).Select(a => $"{a.Id}:{a.Version}").ToListAsync();
        var lines = await db.BusinessCaseLines.IgnoreQueryFilters().Where(l => l.BoardId == board.Id).Select(l => $"{l.Id}:{l.Version}").ToListAsync();
        var risks = await db.Risks.IgnoreQueryFilters().Where(r => r.BoardId == board.Id).Select(r => $"{r.Id}:{r.Version}").ToListAsync();
        var moments = await db.GoNoGoMoments.IgnoreQueryFilters().Where(m => m.BoardId == board.Id).Select(m => $"{m.Id}:{m.Version}").ToListAsync();
        var needIds = await db.Needs.IgnoreQueryFilters().Where(n => n.BoardId == board.Id).Select(n => n.Id).ToListAsync();
        var proposals = await db.BundlingProposals.IgnoreQueryFilters().Where(p => p.Needs.Any(n => needIds.Contains(n.NeedId))).Select(p => $"{p.Id}:{p.Version}").ToListAsync();
        var uses = await db.ItemUses.IgnoreQueryFilters().Where(u => u.BoardId == board.Id).Select(u => $"{u.Id}:{u.Version}").ToListAsync();
        var reviews = await db.Reviews.Where(r => r.BoardId == board.Id).Select(r => $"{r.Id}:{r.Version}").ToListAsync();
        var itemIds = await db.ItemUses.IgnoreQueryFilters().Where(u => u.BoardId == board.Id).Select(u => u.ItemId).ToListAsync();
        var items = await db.CatalogItems.Where(i => itemIds.Contains(i.Id)).Select(i => $"{i.Id}:{i.Version}:{i.Status}").ToListAsync();
        var supplierIds = await db.CatalogItems.Where(i => itemIds.Contains(i.Id)).Select(i => i.SupplierId).ToListAsync();
        var keys = await db.ApiKeys.IgnoreQueryFilters().Where(k => supplierIds.Contains(k.OrganizationId)).Select(k => $"{k.Id}:{k.RevokedAt}:{k.Prefix}").ToListAsync();
        var assessments = await db.Assessments.IgnoreQueryFilters().Where(a => itemIds.Contains(a.SubjectId)).Select(a => $"{a.Id}:{a.Version}").ToListAsync();
        var procurement = string.Join(",", new[]
        {
            await db.ProcurementPolicies.IgnoreQueryFilters().Where(x => x.BoardId == board.Id).Select(x => x.Version).SumAsync(),
            await db.InvestmentPlans.IgnoreQueryFilters().Where(x => x.BoardId == board.Id).Select(x => x.Version).SumAsync(),
            await db.InvestmentPlanVersions.IgnoreQueryFilters().Where(x => x.BoardId == board.Id).Select(x => x.Version).SumAsync(),
            await db.InvestmentPlanLines.IgnoreQueryFilters().Where(x => x.BoardId == board.Id).Select(x => x.Version + 1).SumAsync(),
            await db.ProcurementProjects.IgnoreQueryFilters().Where(x => x.BoardId == board.Id).Select(x => x.Version).SumAsync(),
            await db.Requirements.IgnoreQueryFilters().Where(x => x.BoardId == board.Id).Select(x => x.Version + 1).SumAsync(),
            await db.ProjectSuppliers.IgnoreQueryFilters().Where(x => x.BoardId == board.Id).Select(x => x.Version + 1).SumAsync(),
            await db.ProjectQuestions.IgnoreQueryFilters().Where(x => x.BoardId == board.Id).Select(x => x.Version + 1).SumAsync(),
            await db.ClarificationNotes.IgnoreQueryFilters().CountAsync(x => x.BoardId == board.Id),
            await db.Offers.IgnoreQueryFilters().Where(x => x.BoardId == board.Id).Select(x => x.Version + 1).SumAsync(),
            await db.OfferDocuments.IgnoreQueryFilters().CountAsync(x => x.BoardId == board.Id),
            await db.AwardDecisions.IgnoreQueryFilters().Where(x => x.BoardId == board.Id).Select(x => x.Version + 1).SumAsync(),
            await db.Contracts.IgnoreQueryFilters().Where(x => x.BoardId == board.Id).Select(x => x.Version + 1).SumAsync(),
            await db.PupilGroups.IgnoreQueryFilters().Where(x => x.BoardId == board.Id).Select(x => x.Version + 1).SumAsync(),
            await db.Pupils.IgnoreQueryFilters().Where(x => x.BoardId == board.Id).Select(x => x.Version + 1).SumAsync(),
            await db.GroupTeachers.IgnoreQueryFilters().CountAsync(x => x.BoardId == board.Id),
            await db.SchoolAssignments.IgnoreQueryFilters().CountAsync(x => x.BoardId == board.Id),
            await db.IssuedPseudonyms.IgnoreQueryFilters().CountAsync(x => x.BoardId == board.Id),
            await db.ProcessingAgreements.IgnoreQueryFilters().Where(x => x.BoardId == board.Id).Select(x => x.Version + 1).SumAsync(),
            await db.SharingRules.IgnoreQueryFilters().Where(x => x.BoardId == board.Id).Select(x => x.Version + 1).SumAsync(),
            await db.SharingScopes.IgnoreQueryFilters().CountAsync(x => x.BoardId == board.Id),
            await db.ResultDeliveries.IgnoreQueryFilters().CountAsync(x => x.BoardId == board.Id),
            await db.LearningResults.IgnoreQueryFilters().CountAsync(x => x.BoardId == board.Id),
            await db.LearningTests.IgnoreQueryFilters().CountAsync(x => x.BoardId == board.Id),
            await db.DataAccessEntries.IgnoreQueryFilters().CountAsync(x => x.BoardId == board.Id),
        });
        return string.Join("|", uses.Concat(reviews).Concat(items).Concat(keys).Concat(assessments).Concat(schools).Concat(users).Concat(jobs).Concat(needs).Concat(groups).Concat(notes).Concat(initiatives)
            .Concat(agreements).Concat(lines).Concat(risks).Concat(moments).Concat(proposals)
            .Append(procurement).Append($"{organization}:{endorsements}:{comments}:{members}"));
    });

    private static string WithHandler(string url, string handler) => handler.Length == 0 ? url : $"{url}?handler={handler}";

    private static bool IsLoginRedirect(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Location().Contains("/Account/Login", StringComparison.Ordinal);

    private static bool IsRefused(HttpResponseMessage response) =>
        Refusals.Contains(response.StatusCode)
        || (response.StatusCode == HttpStatusCode.Redirect && response.Location().Contains("/Account/AccessDenied", StringComparison.Ordinal));
}

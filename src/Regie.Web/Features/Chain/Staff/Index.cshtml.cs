using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Chain.Register;
using Regie.Web.Features.Schools;
using Regie.Web.Infrastructure;
using Regie.Web.Infrastructure.Audit;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Export;
using Regie.Web.Infrastructure.Tenancy;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Chain.Staff;

[Authorize(Policy = Capabilities.ManageSchoolAssignments)]
public sealed class IndexModel(RegieDbContext db, TenantContext tenant, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public ListState State { get; set; } = new();
    [BindProperty] public AssignmentInput Add { get; set; } = new();
    public Paged<SchoolStaff> Schools { get; private set; } = null!;
    public List<SelectListItem> SchoolItems { get; private set; } = [];
    public List<SelectListItem> UserItems { get; private set; } = [];

    private static readonly IReadOnlyList<ExportColumn<StaffEntry>> ExportColumns =
    [
        new("School", e => e.School),
        new("Rol", e => e.Kind),
        new("Naam", e => e.UserName),
        new("E-mailadres", e => e.Email),
        new("Let op", e => e.Warning),
    ];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Request.IsHtmx() ? Partial("_StaffRows", this) : Page();
    }

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        if (!ExportFile.TryParseFormat(format, out var exportFormat)) return BadRequest();
        var rows = (await StaffOverview.LoadAsync(db, tenant, State, ct)).SelectMany(s => s.Entries.OrderBy(e => e.Kind)).ToList();
        return ExportFile.Create(rows, ExportColumns, exportFormat, "schoolrollen", clock.GetUtcNow());
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        var school = Add.SchoolId is { } schoolId ? await db.Schools.FindAsync([schoolId], ct) : null;
        var user = Add.UserId is { } userId ? (await StaffOverview.UsersAsync(db, tenant, ct)).FirstOrDefault(u => u.Id == userId) : null;
        if (Add.SchoolId is not null && school is not { ArchivedAt: null }) ModelState.AddModelError("Add.SchoolId", "Kies een school van uw bestuur uit de lijst.");
        if (Add.UserId is not null && user is not { Active: true }) ModelState.AddModelError("Add.UserId", "Kies een actieve medewerker van uw bestuur uit de lijst.");
        if (Add.Kind is { } k && !Enum.IsDefined(k)) ModelState.AddModelError("Add.Kind", "Kies een rol uit de lijst.");
        if (!ModelState.IsValid) return await ShowAsync(ct);

        var kind = Add.Kind!.Value;
        if (await db.SchoolAssignments.AnyAsync(a => a.SchoolId == school!.Id && a.UserId == user!.Id && a.Kind == kind, ct))
        {
            ModelState.AddModelError("Add.UserId", $"{user!.Name} is al {Enums.Label(kind).ToLowerInvariant()} van {school!.Name}.");
            return await ShowAsync(ct);
        }
        db.SchoolAssignments.Add(new SchoolAssignment { BoardId = school!.BoardId, SchoolId = school.Id, UserId = user!.Id, Kind = kind });
        db.AuditEntries.Add(Audit(school, kind, null, user.Name));
        await db.SaveChangesAsync(ct);
        var warning = StaffOverview.Warning(kind, user);
        TempData["Status"] = $"{user.Name} is nu {Enums.Label(kind).ToLowerInvariant()} van {school.Name}." + (warning is null ? "" : $" Let op: {warning}");
        return RedirectToPage(new { State.Q });
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid assignmentId, CancellationToken ct)
    {
        if (await db.SchoolAssignments.FindAsync([assignmentId], ct) is not { } assignment) return NotFound();
        var school = await db.Schools.FindAsync([assignment.SchoolId], ct);
        var user = (await StaffOverview.UsersAsync(db, tenant, ct)).FirstOrDefault(u => u.Id == assignment.UserId);
        // A link row, not a record: it really goes, and the school's history keeps who held the role.
        db.SchoolAssignments.Remove(assignment);
        if (school is not null) db.AuditEntries.Add(Audit(school, assignment.Kind, user?.Name ?? "onbekende gebruiker", null));
        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"{user?.Name ?? "De gebruiker"} is niet langer {Enums.Label(assignment.Kind).ToLowerInvariant()} van {school?.Name ?? "deze school"}.";
        return RedirectToPage(new { State.Q });
    }

    private AuditEntry Audit(School school, SchoolAssignmentKind kind, string? before, string? after) => new()
    {
        OrganizationId = school.BoardId, EntityType = nameof(School), EntityId = school.Id, Action = AuditAction.Updated,
        UserId = tenant.UserId, UserName = tenant.UserName, At = clock.GetUtcNow(),
        Changes = [new AuditChange(Enums.Label(kind), before, after)],
    };

    private async Task<PageResult> ShowAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var all = await StaffOverview.LoadAsync(db, tenant, State, ct);
        Schools = all.ToPaged(State.PageNumber);
        var everySchool = State.Search is null ? all : await StaffOverview.LoadAsync(db, tenant, new ListState(), ct);
        SchoolItems = [new("Kies een school", ""), .. everySchool.Select(s => new SelectListItem(s.Name, s.Id.ToString()))];
        UserItems = [new("Kies een medewerker", ""), .. (await StaffOverview.UsersAsync(db, tenant, ct)).Where(u => u.Active)
            .Select(u => new SelectListItem($"{u.Name} ({string.Join(", ", u.Roles.Select(Infrastructure.Authorization.Roles.Label).Order())})", u.Id.ToString()))];
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Chain.Pseudonyms;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Export;
using Regie.Web.Infrastructure.Tenancy;
using Regie.Web.Infrastructure.Web;
using SchoolRecord = Regie.Web.Features.Schools.School;

namespace Regie.Web.Features.Chain.Register;

public sealed record GroupRow(PupilGroup Group, int Pupils, IReadOnlyList<(Guid Id, string Name)> Teachers);

/// <summary>
/// One school's register: its groups with their teachers, the pupils (search, sort, pages, export) and finding a pupil
/// by a supplier's pseudonym. Only users who keep this school's register reach it; anyone else gets 404.
/// </summary>
[Authorize(Policy = Capabilities.ManagePupilRegister)]
public sealed class SchoolModel(RegieDbContext db, ChainAccess access, PseudonymService pseudonyms, TenantContext tenant, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public PupilListState State { get; set; } = new();
    public SchoolRecord School { get; private set; } = null!;
    public IReadOnlyList<GroupRow> Groups { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> BoardTeachers { get; private set; } = [];
    public Paged<PupilListItem> Pupils { get; private set; } = null!;
    public DateTimeOffset? LastImport { get; private set; }
    public string? LookupError { get; private set; }

    private static readonly IReadOnlyList<ExportColumn<PupilListItem>> ExportColumns =
    [
        new("Leerlingnummer", p => p.PupilNumber),
        new("Roepnaam", p => p.GivenName),
        new("Tussenvoegsel", p => p.Prefix),
        new("Achternaam", p => p.FamilyName),
        new("Groep", p => p.GroupKey),
        new("Groepsnaam", p => p.GroupName),
        new("Jaargroep", p => p.YearGroup, ExportKind.Number),
        new("Geboortedatum", p => p.DateOfBirth, ExportKind.Date),
        new("ECK iD aanwezig", p => p.HasEckId ? "ja" : "nee"),
        new("Gearchiveerd op", p => p.ArchivedAt, ExportKind.Date),
    ];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadSchoolAsync(id, ct)) return NotFound();
        Pupils = await RegisterQueries.Pupils(db, id).Find(State).ToPagedAsync(State.PageNumber, ct);
        if (Request.IsHtmx()) return Partial("_PupilRows", this);
        await LoadGroupsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(Guid id, string? format, CancellationToken ct)
    {
        if (!await LoadSchoolAsync(id, ct)) return NotFound();
        if (!ExportFile.TryParseFormat(format, out var exportFormat)) return BadRequest();
        var pupils = await RegisterQueries.Pupils(db, id).Find(State).ToListAsync(ct);
        return ExportFile.Create(pupils, ExportColumns, exportFormat, "leerlingen", clock.GetUtcNow());
    }

    public async Task<IActionResult> OnPostAssignTeacherAsync(Guid id, Guid groupId, Guid userId, CancellationToken ct)
    {
        if (!await LoadSchoolAsync(id, ct)) return NotFound();
        if (await GroupAsync(groupId, ct) is not { } group) return NotFound();
        if (!(await TeachersAsync(ct)).Any(t => t.Id == userId))
        {
            TempData["Status"] = "Kies een leraar van uw bestuur.";
            return RedirectToPage(new { id });
        }
        if (!await db.GroupTeachers.AnyAsync(t => t.GroupId == groupId && t.UserId == userId, ct))
        {
            db.GroupTeachers.Add(new GroupTeacher { BoardId = School.BoardId, GroupId = groupId, UserId = userId });
            await db.SaveChangesAsync(ct);
        }
        TempData["Status"] = $"De leraar is gekoppeld aan groep {group.Key} en ziet de leerlingen van die groep.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostUnassignTeacherAsync(Guid id, Guid groupId, Guid userId, CancellationToken ct)
    {
        if (!await LoadSchoolAsync(id, ct)) return NotFound();
        if (await GroupAsync(groupId, ct) is not { } group) return NotFound();
        if (await db.GroupTeachers.SingleOrDefaultAsync(t => t.GroupId == groupId && t.UserId == userId, ct) is { } teacher)
        {
            db.GroupTeachers.Remove(teacher);
            await db.SaveChangesAsync(ct);
        }
        TempData["Status"] = $"De leraar is losgekoppeld van groep {group.Key}.";
        return RedirectToPage(new { id });
    }

    /// <summary>
    /// Maps a supplier's pseudonym (or an ECK iD) back to a pupil, only among the schools whose register the user keeps.
    /// A POST, so what was pasted never ends up in a URL or an access log.
    /// </summary>
    public async Task<IActionResult> OnPostLookupAsync(Guid id, string? pseudonym, CancellationToken ct)
    {
        if (!await LoadSchoolAsync(id, ct)) return NotFound();
        var value = pseudonym?.Trim();
        if (string.IsNullOrEmpty(value) || value.Length > 300)
            return await LookupFailedAsync(id, "Plak het pseudoniem dat de leverancier gebruikt.", ct);
        var schools = (await access.RegisterSchoolsAsync(ct)).ToList();
        var normalized = value.ToLowerInvariant();
        var byPseudonym = from issued in db.IssuedPseudonyms
                          join pupil in db.Pupils on issued.PupilId equals pupil.Id
                          where issued.Value == normalized && schools.Contains(pupil.SchoolId)
                          select pupil.Id;
        var found = await byPseudonym.FirstOrDefaultAsync(ct);
        if (found == Guid.Empty && EckId.IsValid(value))
        {
            var lookup = pseudonyms.EckIdLookup(value);
            found = await db.Pupils.Where(p => p.EckIdLookup == lookup && schools.Contains(p.SchoolId)).Select(p => p.Id).FirstOrDefaultAsync(ct);
        }
        return found == Guid.Empty
            ? await LookupFailedAsync(id, "Bij dit pseudoniem is geen leerling van uw scholen gevonden. Controleer of u het volledige pseudoniem hebt geplakt.", ct)
            : RedirectToPage("/Chain/Register/Pupil", new { id = found });
    }

    private async Task<IActionResult> LookupFailedAsync(Guid id, string message, CancellationToken ct)
    {
        LookupError = message;
        ModelState.Clear();
        State = new PupilListState();
        Pupils = await RegisterQueries.Pupils(db, id).Find(State).ToPagedAsync(1, ct);
        await LoadGroupsAsync(ct);
        return Page();
    }

    private async Task<bool> LoadSchoolAsync(Guid id, CancellationToken ct)
    {
        if (!(await access.RegisterSchoolsAsync(ct)).Contains(id)) return false;
        if (await db.Schools.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct) is not { } school) return false;
        School = school;
        return true;
    }

    private Task<PupilGroup?> GroupAsync(Guid groupId, CancellationToken ct) =>
        db.PupilGroups.AsNoTracking().SingleOrDefaultAsync(g => g.Id == groupId && g.SchoolId == School.Id, ct);

    /// <summary>Active users of the board with the role leraar.</summary>
    private async Task<IReadOnlyList<(Guid Id, string Name)>> TeachersAsync(CancellationToken ct)
    {
        var role = Roles.IdOf(Roles.Teacher);
        var board = tenant.OrganizationId;
        var teachers = await db.Users.AsNoTracking()
            .Where(u => u.OrganizationId == board && u.DeactivatedAt == null && db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == role))
            .OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct);
        return teachers.Select(t => (t.Id, t.DisplayName)).ToList();
    }

    private async Task LoadGroupsAsync(CancellationToken ct)
    {
        var groups = await db.PupilGroups.AsNoTracking().Where(g => g.SchoolId == School.Id && g.ArchivedAt == null).OrderBy(g => g.YearGroup).ThenBy(g => g.Key).ToListAsync(ct);
        var ids = groups.Select(g => g.Id).ToList();
        var counts = await db.Pupils.Where(p => p.GroupId != null && ids.Contains(p.GroupId.Value) && p.ArchivedAt == null)
            .GroupBy(p => p.GroupId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var links = await (from t in db.GroupTeachers
                           join u in db.Users on t.UserId equals u.Id
                           where ids.Contains(t.GroupId)
                           orderby u.DisplayName
                           select new { t.GroupId, u.Id, u.DisplayName }).ToListAsync(ct);
        Groups = groups.Select(g => new GroupRow(g, counts.GetValueOrDefault(g.Id),
            links.Where(l => l.GroupId == g.Id).Select(l => (l.Id, l.DisplayName)).ToList())).ToList();
        BoardTeachers = await TeachersAsync(ct);
        LastImport = (await RegisterQueries.LastImportsAsync(db, [School.Id], ct)).GetValueOrDefault(School.Id);
    }
}

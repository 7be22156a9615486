using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Features.Needs.WorkingGroups;

/// <summary>A working group with its members, linked needs and meeting notes. Changes go through handlers; see the other parts of this class.</summary>
[Authorize(Policy = Capabilities.RecordNeeds)]
public sealed partial class DetailsModel(RegieDbContext db, TenantContext tenant, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    public WorkingGroup Group { get; private set; } = null!;
    [BindProperty(SupportsGet = true)] public string? Tab { get; set; }
    /// <summary>The meeting note being edited, from ?verslag=id.</summary>
    [BindProperty(SupportsGet = true)] public Guid? Verslag { get; set; }
    public bool CanManage { get; private set; }

    public sealed record MemberRow(Guid UserId, string Name, string? Email, string? Role);
    public sealed record NeedRow(Guid Id, string Story, Pillar Pillar, NeedStatus Status);
    public sealed record Option(Guid Id, string Label);

    public IReadOnlyList<MemberRow> Members { get; private set; } = [];
    public IReadOnlyList<Option> Candidates { get; private set; } = [];
    public IReadOnlyList<NeedRow> Needs { get; private set; } = [];
    public IReadOnlyList<Option> LinkableNeeds { get; private set; } = [];
    public IReadOnlyList<MeetingNote> Notes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Verslag is { } noteId && Notes.FirstOrDefault(n => n.Id == noteId) is { } note)
            Note = NoteInput.From(note);
        return Page();
    }

    public Task<IActionResult> OnPostArchiveAsync(Guid id, int version, CancellationToken ct) =>
        ChangeGroupAsync(id, version, g => g.Archive(clock.GetUtcNow()), g => $"Werkgroep {g.Name} is gearchiveerd.", ct);

    public Task<IActionResult> OnPostRestoreAsync(Guid id, int version, CancellationToken ct) =>
        ChangeGroupAsync(id, version, g => g.Restore(), g => $"Werkgroep {g.Name} is weer actief.", ct);

    private async Task<IActionResult> ChangeGroupAsync(Guid id, int version, Action<WorkingGroup> change, Func<WorkingGroup, string> done, CancellationToken ct)
    {
        if (!await MayManageAsync()) return Forbid();
        if (await db.WorkingGroups.FindAsync([id], ct) is not { } group) return NotFound();
        if (group.Version != version)
        {
            TempData["Status"] = "Iemand anders heeft deze werkgroep intussen gewijzigd. Bekijk de actuele gegevens en probeer het opnieuw.";
            return RedirectToPage(new { id });
        }
        try
        {
            change(group);
        }
        catch (InvalidOperationException)
        {
            return RedirectToPage(new { id });
        }
        await db.SaveChangesAsync(ct);
        TempData["Status"] = done(group);
        return RedirectToPage(new { id });
    }

    private async Task<bool> MayManageAsync() => (await authorization.AuthorizeAsync(User, Capabilities.ManageNeeds)).Succeeded;

    /// <summary>Users are not behind the tenant filter (sign-in needs them first), so the board is named here.</summary>
    private IQueryable<Infrastructure.Authorization.AppUser> ActiveColleagues() =>
        db.Users.AsNoTracking().Where(u => u.OrganizationId == tenant.OrganizationId && u.DeactivatedAt == null);

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await db.WorkingGroups.Include(g => g.Members).SingleOrDefaultAsync(g => g.Id == id, ct) is not { } group) return false;
        Group = group;
        CanManage = await MayManageAsync();
        var memberIds = group.Members.Select(m => m.UserId).ToList();
        var people = await ActiveColleagues().OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName, u.Email }).ToListAsync(ct);
        var named = await db.Users.AsNoTracking().Where(u => memberIds.Contains(u.Id) && u.OrganizationId == tenant.OrganizationId)
            .Select(u => new { u.Id, u.DisplayName, u.Email }).ToDictionaryAsync(u => u.Id, ct);
        Members = group.Members
            .Select(m => new MemberRow(m.UserId, named.GetValueOrDefault(m.UserId)?.DisplayName ?? "Onbekende gebruiker", named.GetValueOrDefault(m.UserId)?.Email, m.Role))
            .OrderBy(m => m.Name).ToList();
        Candidates = people.Where(p => !memberIds.Contains(p.Id)).Select(p => new Option(p.Id, $"{p.DisplayName} ({p.Email})")).ToList();
        var needs = await db.Needs.AsNoTracking().Where(n => n.ArchivedAt == null && (n.WorkingGroupId == id || n.WorkingGroupId == null))
            .OrderBy(n => n.Id) // version-7 ids follow creation time; SQLite cannot sort DateTimeOffset
            .Select(n => new { n.Id, n.AsRole, n.Want, n.SoThat, n.Pillar, n.Status, n.WorkingGroupId })
            .ToListAsync(ct);
        Needs = needs.Where(n => n.WorkingGroupId == id).Select(n => new NeedRow(n.Id, $"Als {n.AsRole} wil ik {n.Want} zodat {n.SoThat}", n.Pillar, n.Status)).ToList();
        LinkableNeeds = needs.Where(n => n.WorkingGroupId is null).Select(n => new Option(n.Id, $"Als {n.AsRole} wil ik {n.Want}")).ToList();
        Notes = await db.MeetingNotes.AsNoTracking().Where(n => n.WorkingGroupId == id).OrderByDescending(n => n.MeetingDate).ThenByDescending(n => n.Id).ToListAsync(ct);
        return true;
    }

    /// <summary>Each form on the page posts only its own fields; the other forms' required fields are not its concern.</summary>
    private void KeepErrorsOf(string prefix)
    {
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(prefix, StringComparison.Ordinal)).ToList()) ModelState.Remove(key);
    }

    /// <summary>Validation failed in a handler: show the page again with the user's input and the messages.</summary>
    private async Task<IActionResult> RedisplayAsync(Guid id, CancellationToken ct)
    {
        var input = Note;
        if (!await LoadAsync(id, ct)) return NotFound();
        Note = input;
        return Page();
    }
}

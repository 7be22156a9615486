using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Chain.Register;

public sealed record IssuedPseudonymRow(string SupplierName, string Value, DateTimeOffset IssuedAt, DateTimeOffset? FirstSharedAt, DateTimeOffset? LastSharedAt);

/// <summary>One pupil as the school sees them: names, group, which suppliers know them by which pseudonym, and the history.</summary>
[Authorize(Policy = Capabilities.ManagePupilRegister)]
public sealed class PupilModel(RegieDbContext db, ChainAccess access, TimeProvider clock) : PageModel
{
    public Pupil Pupil { get; private set; } = null!;
    public string SchoolName { get; private set; } = "";
    public PupilGroup? Group { get; private set; }
    public IReadOnlyList<IssuedPseudonymRow> Pseudonyms { get; private set; } = [];
    public string? Conflict { get; private set; }
    [BindProperty(SupportsGet = true)] public string? Tab { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostArchiveAsync(Guid id, int version, CancellationToken ct) =>
        ChangeAsync(id, version, p => p.Archive(clock.GetUtcNow()), p => $"{p.FullName} is gearchiveerd. Een volgende import met deze leerling maakt hem of haar weer actief.", ct);

    public Task<IActionResult> OnPostRestoreAsync(Guid id, int version, CancellationToken ct) =>
        ChangeAsync(id, version, p => p.Restore(), p => $"{p.FullName} is weer actief.", ct);

    private async Task<IActionResult> ChangeAsync(Guid id, int version, Action<Pupil> change, Func<Pupil, string> done, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Pupil.Version != version)
        {
            Conflict = ConcurrencyMessage.For("deze leerling");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        change(Pupil);
        if (!await db.SaveIfUnchangedAsync(Pupil, version, ct))
        {
            await LoadAsync(id, ct);
            Conflict = ConcurrencyMessage.For("deze leerling");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        TempData["Status"] = done(Pupil);
        return RedirectToPage(new { id });
    }

    /// <summary>False for an unknown pupil and for a pupil of a school whose register the user does not keep: both are 404.</summary>
    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await db.Pupils.SingleOrDefaultAsync(p => p.Id == id, ct) is not { } pupil) return false;
        if (!(await access.RegisterSchoolsAsync(ct)).Contains(pupil.SchoolId)) return false;
        Pupil = pupil;
        SchoolName = await db.Schools.Where(s => s.Id == pupil.SchoolId).Select(s => s.Name).SingleAsync(ct);
        Group = pupil.GroupId is { } groupId ? await db.PupilGroups.AsNoTracking().SingleOrDefaultAsync(g => g.Id == groupId, ct) : null;
        var issued = await db.IssuedPseudonyms.AsNoTracking().Where(p => p.PupilId == id).ToListAsync(ct);
        var supplierIds = issued.Select(p => p.SupplierId).Distinct().ToList();
        var suppliers = await db.Organizations.AsNoTracking().Where(o => supplierIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        Pseudonyms = issued.Select(p => new IssuedPseudonymRow(suppliers.GetValueOrDefault(p.SupplierId, "Onbekende leverancier"), p.Value, p.IssuedAt, p.FirstSharedAt, p.LastSharedAt))
            .OrderBy(p => p.SupplierName, StringComparer.CurrentCulture).ToList();
        return true;
    }
}

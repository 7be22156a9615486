using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Chain.Register;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Export;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Features.Chain.Access;

/// <summary>A subject-access request: which suppliers received data about this pupil. Only the privacy contact of the pupil's school.</summary>
[Authorize(Policy = Capabilities.ViewDataAccessLog)]
public sealed class PupilModel(RegieDbContext db, ChainAccess access, TenantContext tenant, TimeProvider clock, ILogger<PupilModel> logger) : PageModel
{
    public Pupil Pupil { get; private set; } = null!;
    public string SchoolName { get; private set; } = "";
    public string? GroupName { get; private set; }
    public IReadOnlyList<ReceivedData> Received { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Record("opened");
        return Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Record("downloaded as PDF");
        var board = await db.Boards.AsNoTracking().Where(b => b.Id == Pupil.BoardId).Select(b => b.Name).SingleAsync(ct);
        var now = clock.GetUtcNow();
        var pdf = SubjectAccessLetter.Write(new(board, SchoolName, Pupil.FullName, GroupName, tenant.UserName, now), Received);
        return PdfReport.File(pdf, "inzageverzoek", now);
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await db.Pupils.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct) is not { } pupil) return false;
        if (!(await access.PrivacySchoolsAsync(ct)).Contains(pupil.SchoolId)) return false;
        Pupil = pupil;
        SchoolName = await db.Schools.AsNoTracking().Where(s => s.Id == pupil.SchoolId).Select(s => s.Name).SingleAsync(ct);
        GroupName = pupil.GroupId is { } group ? await db.PupilGroups.AsNoTracking().Where(g => g.Id == group).Select(g => g.Name).SingleOrDefaultAsync(ct) : null;
        Received = await SubjectAccess.ForAsync(db, pupil, ct);
        return true;
    }

    /// <summary>
    /// Who looked at which pupil's overview. The audit trail records changes to records only, so this goes to the
    /// application log, with ids and never the pupil's name.
    /// </summary>
    private void Record(string what) =>
        logger.LogInformation("Subject-access overview of pupil {PupilId} {What} by user {UserId}", Pupil.Id, what, tenant.UserId);
}

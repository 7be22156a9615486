using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Chain.Pseudonyms;
using Regie.Web.Infrastructure.Audit;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Features.Chain.Keys;

public sealed record PseudonymKeyRow(Guid Id, DateTimeOffset CreatedAt, bool IsCurrent, int IssuedCount, string? RotatedBy);

/// <summary>The pseudonymisation service's keys, for the platform: when each was made, which is in use, and how many pseudonyms each issued.</summary>
[Authorize(Policy = Capabilities.ManagePseudonymKeys)]
public sealed class IndexModel(RegieDbContext db, PseudonymService pseudonyms, TenantContext tenant, TimeProvider clock) : PageModel
{
    /// <summary>The audit trail's name for a key: keys live in files, not in the database, so the rotation is written as its own entry.</summary>
    public const string AuditType = "PseudonymKey";

    public IReadOnlyList<PseudonymKeyRow> Keys { get; private set; } = [];

    [BindProperty] public bool Confirmed { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostRotateAsync(CancellationToken ct)
    {
        if (!Confirmed)
        {
            ModelState.AddModelError(nameof(Confirmed), "Vink aan dat u een nieuwe sleutel in gebruik wilt nemen.");
            await LoadAsync(ct);
            return Page();
        }
        var keyId = pseudonyms.Rotate();
        db.AuditEntries.Add(new AuditEntry
        {
            OrganizationId = tenant.OrganizationId!.Value, EntityType = AuditType, EntityId = keyId, Action = AuditAction.Created,
            UserId = tenant.UserId, UserName = tenant.UserName, At = clock.GetUtcNow(),
            Changes = [new AuditChange("Pseudoniemsleutel", null, "in gebruik genomen")],
        });
        await db.SaveChangesAsync(ct);
        TempData["Status"] = "De nieuwe sleutel is in gebruik. Pseudoniemen die leveranciers al kennen, blijven hetzelfde.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var current = pseudonyms.CurrentKeyId;
        // Counts across every board: this page is the platform's, and shows no board's data, only how many.
        var counts = await db.IssuedPseudonyms.IgnoreQueryFilters().AsNoTracking().GroupBy(p => p.KeyId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var rotations = await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == AuditType)
            .Select(a => new { a.EntityId, a.UserName }).ToListAsync(ct);
        Keys = pseudonyms.KeyIds.Reverse()
            .Select(id => new PseudonymKeyRow(id, CreatedAt(id), id == current, counts.GetValueOrDefault(id), rotations.FirstOrDefault(r => r.EntityId == id)?.UserName))
            .ToList();
    }

    /// <summary>A version-7 id starts with its creation time in milliseconds since 1970.</summary>
    public static DateTimeOffset CreatedAt(Guid id) =>
        DateTimeOffset.FromUnixTimeMilliseconds(Convert.ToInt64(id.ToString("N")[..12], 16));
}

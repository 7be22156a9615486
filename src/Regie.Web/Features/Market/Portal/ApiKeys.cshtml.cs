using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Api;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Export;
using Regie.Web.Infrastructure.Tenancy;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Market.Portal;

/// <summary>The organization's API keys: create one (shown once), rotate it with a grace period, revoke it.</summary>
[Authorize(Policy = Capabilities.ManageApiKeys)]
public sealed partial class ApiKeysModel(RegieDbContext db, TenantContext tenant, TimeProvider clock) : PageModel
{
    public const int MaxGraceDays = 30;
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public sealed class KeyInput
    {
        [Display(Name = "Naam"), Required(ErrorMessage = "Geef de sleutel een naam, bijvoorbeeld de naam van het systeem dat hem gebruikt.")]
        [StringLength(200, ErrorMessage = "De naam mag niet langer zijn dan 200 tekens.")]
        public string Name { get; set; } = "";
        public List<ApiScopes> Scopes { get; set; } = [];

        public static KeyInput Suggested() => new() { Scopes = [ApiScopes.CatalogRead] };
        [Display(Name = "Geldig tot en met")] public DateOnly? ExpiresOn { get; set; }
    }

    [BindProperty] public KeyInput Input { get; set; } = new();
    public IReadOnlyList<KeyRow> Keys { get; private set; } = [];
    /// <summary>The full key of a key just created or rotated; shown in this one response and never again.</summary>
    public (string Name, string Key)? Issued { get; private set; }
    public string? Message { get; private set; }
    public DateTimeOffset Now => clock.GetUtcNow();

    public static readonly IReadOnlyList<(ApiScopes Scope, string Description)> ScopeChoices =
    [
        (ApiScopes.CatalogRead, "Uw producten en diensten opvragen, ook concepten, en de codelijsten."),
        (ApiScopes.CatalogWrite, "Producten en diensten toevoegen, wijzigen, publiceren, terugtrekken en archiveren (inclusief lezen)."),
        (ApiScopes.TendersRead, "Uw uitnodigingen voor aanbestedingen opvragen, met eisen, termijnen en gepubliceerde antwoorden, en uw eigen inschrijving."),
        (ApiScopes.RosterRead, "Leerlinglijsten ophalen die besturen met u delen: alleen pseudoniemen, groepen en jaargroepen, en alleen onder een getekende verwerkersovereenkomst."),
        (ApiScopes.ResultsWrite, "Leerresultaten aanleveren voor leerlingen die met u gedeeld zijn, als JSON of als UWLR-XML."),
    ];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input = KeyInput.Suggested();
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        if (!ExportFile.TryParseFormat(format, out var exportFormat)) return BadRequest();
        await LoadAsync(ct);
        return ExportFile.Create(Keys, ExportColumns, exportFormat, "api-sleutels", clock.GetUtcNow());
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var scopes = Input.Scopes.Where(s => Enum.IsDefined(s) && s != ApiScopes.None).Aggregate(ApiScopes.None, (all, s) => all | s);
        if (scopes == ApiScopes.None) ModelState.AddModelError("Scopes", "Kies minstens één recht.");
        else if (tenant.Kind is not { } kind || Input.Scopes.Any(s => !ApiPolicies.Allows(kind, s)))
            ModelState.AddModelError("Scopes", "Uw organisatie kan deze rechten niet krijgen.");
        var expires = ExpiryOf(Input.ExpiresOn);
        if (expires is { } e && e <= now) ModelState.AddModelError("Input.ExpiresOn", "Kies een datum na vandaag, of laat het veld leeg.");
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        var key = new ApiKey
        {
            OrganizationId = tenant.OrganizationId!.Value, Name = Input.Name.Trim(), Scopes = scopes, CreatedAt = now, CreatedBy = tenant.UserName, ExpiresAt = expires,
        };
        Issued = (key.Name, key.IssueSecret());
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(ct);
        return await ShowAsync(null, ct);
    }

    public async Task<IActionResult> OnPostRotateAsync(Guid keyId, int graceDays, CancellationToken ct)
    {
        var old = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == keyId, ct);
        if (old is null) return NotFound();
        var now = clock.GetUtcNow();
        if (!old.IsActiveOn(now)) return await ShowAsync("Deze sleutel is niet meer geldig en kan niet worden vervangen. Maak een nieuwe sleutel aan.", ct);
        graceDays = Math.Clamp(graceDays, 0, MaxGraceDays);
        var replacement = new ApiKey
        {
            OrganizationId = old.OrganizationId, Name = old.Name, Scopes = old.Scopes, CreatedAt = now, CreatedBy = tenant.UserName,
            ExpiresAt = old.ExpiresAt, RotatedFromId = old.Id,
        };
        Issued = (replacement.Name, replacement.IssueSecret());
        var graceEnd = now.AddDays(graceDays);
        old.ExpiresAt = old.ExpiresAt is { } until && until < graceEnd ? until : graceEnd;
        db.ApiKeys.Add(replacement);
        await db.SaveChangesAsync(ct);
        return await ShowAsync(graceDays == 0
            ? $"De oude sleutel '{old.Name}' werkt niet meer; gebruik vanaf nu de nieuwe."
            : $"De oude sleutel '{old.Name}' blijft nog {graceDays} {(graceDays == 1 ? "dag" : "dagen")} geldig, tot {old.ExpiresAt.Value.ToDutchDateTime()}.", ct);
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid keyId, CancellationToken ct)
    {
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == keyId, ct);
        if (key is null) return NotFound();
        key.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return await ShowAsync($"De sleutel '{key.Name}' is ingetrokken. Systemen die hem gebruiken krijgen vanaf nu geen toegang meer.", ct);
    }

    private async Task<IActionResult> ShowAsync(string? message, CancellationToken ct)
    {
        // The page shows a secret: never keep it in a cache, and never redirect it through a URL.
        Response.Headers.CacheControl = "no-store";
        Message = message;
        ModelState.Clear();
        Input = KeyInput.Suggested();
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>A key is valid through the whole chosen day, Dutch time.</summary>
    private static DateTimeOffset? ExpiryOf(DateOnly? day) =>
        day is { } d ? new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(d.AddDays(1).ToDateTime(TimeOnly.MinValue), Amsterdam), TimeSpan.Zero) : null;
}

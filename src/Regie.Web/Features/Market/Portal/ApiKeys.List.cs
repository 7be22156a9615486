using Microsoft.EntityFrameworkCore;
using Regie.Web.Infrastructure;
using Regie.Web.Infrastructure.Api;
using Regie.Web.Infrastructure.Export;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Market.Portal;

public sealed partial class ApiKeysModel
{
    public sealed record KeyRow(
        Guid Id, string Name, string Prefix, ApiScopes Scopes, DateTimeOffset CreatedAt, string CreatedBy,
        DateTimeOffset? LastUsedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt, bool Replaced)
    {
        public bool IsActiveOn(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);

        public string ScopeLabels => string.Join(", ", Enum.GetValues<ApiScopes>().Where(s => s != ApiScopes.None && Scopes.HasFlag(s)).Select(s => Enums.Label(s)));

        public string StatusOn(DateTimeOffset now) => RevokedAt is not null ? "Ingetrokken"
            : ExpiresAt is { } until && until <= now ? "Verlopen"
            : Replaced ? "Vervangen, nog geldig"
            : "Actief";
    }

    private IReadOnlyList<ExportColumn<KeyRow>> ExportColumns =>
    [
        new("Naam", k => k.Name),
        new("Begin van de sleutel", k => $"{ApiKey.KeyStart}{k.Prefix}"),
        new("Rechten", k => k.ScopeLabels),
        new("Aangemaakt op", k => k.CreatedAt, ExportKind.DateTime),
        new("Aangemaakt door", k => k.CreatedBy),
        new("Laatst gebruikt", k => k.LastUsedAt, ExportKind.DateTime),
        new("Verloopt op", k => k.ExpiresAt, ExportKind.DateTime),
        new("Status", k => k.StatusOn(Now)),
    ];

    private async Task LoadAsync(CancellationToken ct)
    {
        // ApiKey is organization-owned: the global filter keeps this list to the signed-in organization.
        var keys = await db.ApiKeys.AsNoTracking().ToListAsync(ct);
        var replaced = keys.Where(k => k.RotatedFromId is not null).Select(k => k.RotatedFromId!.Value).ToHashSet();
        var now = Now;
        Keys = keys
            .Select(k => new KeyRow(k.Id, k.Name, k.Prefix, k.Scopes, k.CreatedAt, k.CreatedBy, k.LastUsedAt, k.ExpiresAt, k.RevokedAt, replaced.Contains(k.Id)))
            .OrderByDescending(k => k.IsActiveOn(now)).ThenBy(k => k.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("nl-NL"), true))
            .ThenByDescending(k => k.CreatedAt).ToList();
    }
}

using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Chain.Register;
using Regie.Web.Features.Chain.Sharing;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Chain.Access;

/// <summary>One supplier's product that received data about the pupil, or delivered results for them.</summary>
public sealed record ReceivedData(string SupplierName, string ProductName, DateTimeOffset? FirstShared, DateTimeOffset? LastShared,
    string Fields, int ResultCount, DateOnly? FirstResult, DateOnly? LastResult, string Agreement);

/// <summary>
/// The answer to a subject-access request: which suppliers received data about one pupil, what, when, under which
/// processing agreement, and which results came back. Built from the stored pseudonyms (when a supplier first and last
/// received the pupil in a roster), the sharing rules that covered the pupil and the delivered results.
/// </summary>
public static class SubjectAccess
{
    public static async Task<IReadOnlyList<ReceivedData>> ForAsync(RegieDbContext db, Pupil pupil, CancellationToken ct)
    {
        var shared = await db.IssuedPseudonyms.AsNoTracking().Where(p => p.PupilId == pupil.Id && p.FirstSharedAt != null)
            .Select(p => new { p.SupplierId, p.FirstSharedAt, p.LastSharedAt }).ToListAsync(ct);
        var results = await db.LearningResults.AsNoTracking().Where(r => r.PupilId == pupil.Id)
            .GroupBy(r => new { r.SupplierId, r.CatalogItemId })
            .Select(g => new { g.Key.SupplierId, g.Key.CatalogItemId, Count = g.Count(), First = g.Min(r => r.TakenOn), Last = g.Max(r => r.TakenOn) })
            .ToListAsync(ct);
        var suppliers = shared.Select(s => s.SupplierId).Concat(results.Select(r => r.SupplierId)).Distinct().ToList();
        if (suppliers.Count == 0) return [];

        var rules = (await db.SharingRules.AsNoTracking().Include(r => r.Scopes).Where(r => suppliers.Contains(r.SupplierId)).ToListAsync(ct))
            .Where(r => r.Scopes.Any(s => s.SchoolId == pupil.SchoolId && (s.GroupId == null || s.GroupId == pupil.GroupId)))
            .ToList();
        var agreements = await db.ProcessingAgreements.AsNoTracking().Where(a => suppliers.Contains(a.SupplierId)).ToListAsync(ct);
        var products = rules.Select(r => r.CatalogItemId).Concat(results.Select(r => r.CatalogItemId)).Distinct().ToList();
        var productNames = await db.CatalogItems.AsNoTracking().Where(i => products.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Title, ct);
        var supplierNames = await db.Suppliers.AsNoTracking().Where(s => suppliers.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);

        var rows = new List<ReceivedData>();
        foreach (var supplierId in suppliers)
        {
            var pseudonym = shared.FirstOrDefault(s => s.SupplierId == supplierId);
            var productIds = rules.Where(r => r.SupplierId == supplierId).Select(r => r.CatalogItemId)
                .Concat(results.Where(r => r.SupplierId == supplierId).Select(r => r.CatalogItemId)).Distinct();
            foreach (var productId in productIds)
            {
                var rule = rules.Where(r => r.SupplierId == supplierId && r.CatalogItemId == productId).OrderBy(r => r.ArchivedAt is null ? 0 : 1).FirstOrDefault();
                var result = results.FirstOrDefault(r => r.SupplierId == supplierId && r.CatalogItemId == productId);
                var lastDay = pseudonym?.LastSharedAt is { } last ? AccessLog.Day(last) : result?.Last;
                rows.Add(new ReceivedData(supplierNames.GetValueOrDefault(supplierId, "Onbekende leverancier"), productNames.GetValueOrDefault(productId, "Onbekend product"),
                    pseudonym?.FirstSharedAt, pseudonym?.LastSharedAt, rule is null ? "–" : Fields(rule),
                    result?.Count ?? 0, result?.First, result?.Last, Agreement(agreements, supplierId, productId, lastDay)));
            }
        }
        return rows.OrderBy(r => r.SupplierName, StringComparer.CurrentCultureIgnoreCase).ThenBy(r => r.ProductName, StringComparer.CurrentCultureIgnoreCase).ToList();
    }

    /// <summary>What the supplier received per pupil: always a pseudonym (or the ECK iD), plus the rule's fields.</summary>
    public static string Fields(SharingRule rule)
    {
        var parts = new List<string> { rule.UseEckId ? "ECK iD" : "pseudoniem" };
        foreach (var field in Enum.GetValues<SharedFields>().Where(f => f != SharedFields.None && rule.Fields.HasFlag(f)))
            parts.Add(Enums.Label(field).ToLowerInvariant());
        return string.Join(", ", parts);
    }

    /// <summary>The covering agreement that was in force on the last day data was exchanged, else the newest covering one.</summary>
    private static string Agreement(IReadOnlyList<ProcessingAgreement> agreements, Guid supplierId, Guid productId, DateOnly? day)
    {
        var covering = agreements.Where(a => a.Covers(supplierId, productId)).ToList();
        var chosen = (day is { } d ? covering.FirstOrDefault(a => a.SignedOn is { } s && s <= d && (a.EndsOn is null || a.EndsOn >= d)) : null)
                     ?? covering.OrderByDescending(a => a.SignedOn ?? DateOnly.MinValue).FirstOrDefault();
        if (chosen is null) return "Geen verwerkersovereenkomst vastgelegd";
        var model = chosen.ModelVersion.Trim();
        var text = model.Contains("overeenkomst", StringComparison.OrdinalIgnoreCase) ? model : $"Verwerkersovereenkomst {model}".TrimEnd();
        text += chosen.SignedOn is { } signed ? $", ondertekend op {signed:dd-MM-yyyy}" : ", niet ondertekend";
        if (chosen.EndsOn is { } ends) text += $", geldig tot en met {ends:dd-MM-yyyy}";
        return text;
    }
}

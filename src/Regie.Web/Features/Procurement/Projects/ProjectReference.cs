using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;

namespace Regie.Web.Features.Procurement.Projects;

/// <summary>INK-2026-007: the year and a number that counts up per board; the unique index catches two saves at once.</summary>
public static class ProjectReference
{
    public static async Task<string> NextAsync(RegieDbContext db, int year, CancellationToken ct)
    {
        var prefix = $"INK-{year}-";
        var taken = await db.ProcurementProjects.Where(p => p.Reference.StartsWith(prefix))
            .Select(p => p.Reference).ToListAsync(ct);
        var highest = taken.Select(r => int.TryParse(r[prefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .DefaultIfEmpty(0).Max();
        return prefix + (highest + 1).ToString("D3", CultureInfo.InvariantCulture);
    }
}

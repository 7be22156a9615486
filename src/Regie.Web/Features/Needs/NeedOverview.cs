using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Schools;

namespace Regie.Web.Features.Needs;

/// <summary>A row of the overview: a school (or the whole board) with its number of needs per pillar.</summary>
public sealed record PillarCounts(string Name, IReadOnlyDictionary<Pillar, int> Counts)
{
    public int Total => Counts.Values.Sum();
    public int this[Pillar pillar] => Counts.GetValueOrDefault(pillar);
}

/// <summary>
/// Needs counted per pillar and per school × pillar. Counted by the database (GROUP BY), so the page costs three
/// small queries however many needs the board has.
/// </summary>
public sealed record NeedOverview(PillarCounts Open, PillarCounts All, IReadOnlyList<PillarCounts> Schools, PillarCounts WholeBoard, bool OnlyOpen)
{
    public PillarCounts Shown => OnlyOpen ? Open : All;

    /// <summary>Pillars without any need in view: "Vier in balans" asks for attention to all four.</summary>
    public IReadOnlyList<Pillar> Neglected => Shown.Total == 0 ? [] : Pillars.All.Where(p => Shown[p] == 0).ToList();

    /// <summary>Pillars with some needs but less than a tenth of them.</summary>
    public IReadOnlyList<Pillar> Thin => Shown.Total == 0 ? [] : Pillars.All.Where(p => Shown[p] > 0 && Shown[p] * 10 < Shown.Total).ToList();

    public static async Task<NeedOverview> LoadAsync(RegieDbContext db, SchoolListing schools, bool onlyOpen, CancellationToken ct)
    {
        var active = db.Needs.AsNoTracking().Where(n => n.ArchivedAt == null);
        var perPillar = await active.GroupBy(n => n.Pillar)
            .Select(g => new { Pillar = g.Key, All = g.Count(), Open = g.Count(n => n.Status != NeedStatus.Done && n.Status != NeedStatus.Rejected) })
            .ToListAsync(ct);
        var inView = onlyOpen ? active.Where(n => n.Status != NeedStatus.Done && n.Status != NeedStatus.Rejected) : active;
        var perSchool = await db.NeedSchools.AsNoTracking()
            .Join(inView, s => s.NeedId, n => n.Id, (s, n) => new { s.SchoolId, n.Pillar })
            .GroupBy(x => new { x.SchoolId, x.Pillar })
            .Select(g => new { g.Key.SchoolId, g.Key.Pillar, Count = g.Count() })
            .ToListAsync(ct);
        var boardWide = await inView.Where(n => !n.Schools.Any()).GroupBy(n => n.Pillar)
            .Select(g => new { Pillar = g.Key, Count = g.Count() }).ToListAsync(ct);

        var bySchool = perSchool.ToLookup(x => x.SchoolId);
        var rows = schools.Find(new() { Status = "alle" })
            .Where(s => s.ArchivedAt is null || bySchool.Contains(s.Id))
            .Select(s => new PillarCounts(s.Name, bySchool[s.Id].ToDictionary(x => x.Pillar, x => x.Count)))
            .ToList();
        return new NeedOverview(
            new PillarCounts("Open behoeften", perPillar.ToDictionary(x => x.Pillar, x => x.Open)),
            new PillarCounts("Alle behoeften", perPillar.ToDictionary(x => x.Pillar, x => x.All)),
            rows,
            new PillarCounts("Hele bestuur (geen school gekozen)", boardWide.ToDictionary(x => x.Pillar, x => x.Count)),
            onlyOpen);
    }
}

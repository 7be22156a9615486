using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Features.Schools;

namespace Regie.Web.Features.Procurement.Plans;

/// <summary>
/// The demo board's ICT plan for 2026–2033: devices per school with phasing, digital boards, wifi and fibre, licences
/// for the market's learning materials and a support contract. Version 1 is adopted; version 2 is the yearly review.
/// </summary>
public static class PlansDemoData
{
    public const string Title = "Meerjarenplan ICT 2026–2033";

    public static async Task SeedAsync(RegieDbContext db)
    {
        var boardId = await db.Boards.IgnoreQueryFilters().Where(b => b.BoardNumber == "41237").Select(b => b.Id).SingleAsync();
        if (await db.InvestmentPlans.IgnoreQueryFilters().AnyAsync(p => p.BoardId == boardId)) return;
        var schools = await db.Schools.IgnoreQueryFilters().Where(s => s.BoardId == boardId).OrderBy(s => s.Name).ToListAsync();
        var items = await db.CatalogItems.Where(i => i.Status == ItemStatus.Published).ToDictionaryAsync(i => i.Title);
        var executive = await db.Users.Where(u => u.Email == "bestuurder@demo.regie.nl").Select(u => u.DisplayName).SingleAsync();

        var plan = new InvestmentPlan { BoardId = boardId, Title = Title, FirstYear = 2026, Years = 8 };
        var first = new InvestmentPlanVersion
        {
            BoardId = boardId, PlanId = plan.Id, Number = 1, Reason = "Eerste meerjarenplan, opgesteld met de ICT-coördinatoren van alle scholen.",
            ReserveKind = ReserveKind.Percentage, ReserveValue = 5,
        };
        var lines = Lines(boardId, first.Id, schools, items).ToList();
        first.Adopt(executive, new DateTimeOffset(2025, 12, 16, 15, 0, 0, TimeSpan.Zero));
        var second = first.StartNext("Jaarlijkse herziening: digiborden op drie scholen een jaar eerder, de tablets van één school vervallen, programmeerrobots erbij.");
        var review = lines.Select(l => l.CopyTo(second.Id)).ToList();
        Revise(review, boardId, second.Id, schools);

        db.InvestmentPlans.Add(plan);
        db.InvestmentPlanVersions.AddRange(first, second);
        db.InvestmentPlanLines.AddRange(lines);
        db.InvestmentPlanLines.AddRange(review);
        await db.SaveChangesAsync();
    }

    private static IEnumerable<InvestmentPlanLine> Lines(Guid boardId, Guid versionId, List<School> schools, Dictionary<string, CatalogItem> items)
    {
        InvestmentPlanLine Line(PurchaseCategory category, string description, decimal quantity, decimal price, int year, School? school = null, string? item = null,
            int depreciation = 4, DepreciationMethod method = DepreciationMethod.Linear, decimal maintenance = 0, decimal licences = 0, decimal insurance = 0,
            decimal support = 0, int? months = null, PlanPhase[]? phases = null, string? note = null)
        {
            var product = item is not null && items.TryGetValue(item, out var found) ? found : null;
            return new InvestmentPlanLine
            {
                BoardId = boardId, PlanVersionId = versionId, SchoolId = school?.Id, Category = category, Description = description,
                CatalogItemId = product?.Id, SupplierId = product?.SupplierId, Quantity = quantity, UnitPrice = price, PurchaseYear = phases?[0].Year ?? year,
                DepreciationYears = depreciation, DepreciationMethod = method, YearlyMaintenance = maintenance, YearlyLicences = licences,
                YearlyInsurance = insurance, YearlySupport = support, ContractMonths = months, Phases = phases?.ToList() ?? [], Note = note,
            };
        }

        var chromebook = items.TryGetValue("Chromebook Onderwijs 11", out var c) ? c.PriceExclVat : 329m;
        var board = items.TryGetValue("Digibord Interactief 75", out var d) ? d.PriceExclVat : 3450m;
        for (var i = 0; i < schools.Count; i++)
        {
            var school = schools[i];
            var pupils = school.PupilCount ?? 250;
            // One device per pupil in groep 5–8 (about half the school), bought in two steps.
            var devices = Math.Max(20, pupils / 2 / 2 * 2);
            yield return Line(PurchaseCategory.Devices, $"Chromebooks groep 5 tot en met 8 – {school.Name}", devices, chromebook, 2026, school, "Chromebook Onderwijs 11",
                insurance: devices * 12m, phases: [new(2026 + i % 2, devices / 2, "groep 7 en 8"), new(2027 + i % 2, devices / 2, "groep 5 en 6")],
                note: "Vervanging van de laptopkarren; de oude apparaten gaan naar de recyclingpartner.");
            var classrooms = Math.Max(4, pupils / 26);
            yield return Line(PurchaseCategory.Devices, $"Digiborden – {school.Name}", classrooms, board, 2028 + i % 3, school, "Digibord Interactief 75",
                depreciation: 8, maintenance: classrooms * 85m, months: null);
            if (i % 3 == 0)
                yield return Line(PurchaseCategory.Devices, $"Tablets onderbouw – {school.Name}", 16, 289m, 2027, school, "Tablet Onderbouw", depreciation: 3, insurance: 16 * 9m);
        }

        yield return Line(PurchaseCategory.Infrastructure, "Wifi in alle scholen vernieuwen", schools.Count, 7800m, 2026, item: "Wifi Schoolbreed", depreciation: 6,
            method: DepreciationMethod.DecliningBalance, support: schools.Count * 450m, months: 60, note: "Per school één netwerk met een gastnetwerk voor bezoekers.");
        yield return Line(PurchaseCategory.Infrastructure, "Glasvezelaansluitingen", schools.Count, 950m, 2026, item: "Glasvezel Onderwijs", depreciation: 1,
            method: DepreciationMethod.None, licences: schools.Count * 1140m, months: 36);
        yield return Line(PurchaseCategory.Infrastructure, "Netwerkscan vóór de wifivernieuwing", 1, 4200m, 2026, item: "Netwerkscan", method: DepreciationMethod.None);
        yield return Line(PurchaseCategory.Infrastructure, "Vervanging switches en firewalls", schools.Count, 2100m, 2031, depreciation: 5, support: schools.Count * 120m);

        var totalPupils = schools.Sum(s => s.PupilCount ?? 250);
        yield return Licence("Rekenroute", "Rekenroute, groep 3 tot en met 8", totalPupils * 3 / 4, 48);
        yield return Licence("Taalsprong", "Taalsprong, groep 4 tot en met 8", totalPupils * 2 / 3, 48);
        yield return Licence("Leesleeuw", "Leesleeuw, begrijpend lezen", totalPupils / 2, null);
        yield return Licence("Engels Start", "Engels Start, groep 1 tot en met 8", totalPupils, 36);
        yield return Licence("Spellingspel", "Spellingspel, groep 4 tot en met 6", totalPupils / 3, null);

        yield return Line(PurchaseCategory.Software, "Devicebeheer op afstand", schools.Sum(s => Math.Max(20, (s.PupilCount ?? 250) / 2 / 2 * 2)), 0m, 2026,
            item: "Devicebeheer op afstand", method: DepreciationMethod.None, licences: 14_500m, months: null);
        yield return Line(PurchaseCategory.Software, "Leerlingvolgsysteem", 1, 2500m, 2026, item: "Schoolplein LVS", method: DepreciationMethod.None, licences: 21_000m, months: 48);
        yield return Line(PurchaseCategory.Services, "ICT-ondersteuning op locatie, twee dagdelen per school per week", 1, 0m, 2026, item: "ICT-ondersteuning op locatie",
            method: DepreciationMethod.None, support: 96_000m, months: 36, note: "Na drie jaar opnieuw uitvragen; dit telt mee voor de drempel.");
        yield return Line(PurchaseCategory.Services, "Studiedag adaptief leren voor alle teams", 2, 3200m, 2027, item: "Studiedag Adaptief Leren", method: DepreciationMethod.None);
        yield return Line(PurchaseCategory.Devices, "Laptops voor leraren", 160, 780m, 2028, depreciation: 5, insurance: 160 * 15m,
            phases: [new(2028, 80, "onderbouw"), new(2029, 80, "bovenbouw")]);
        yield return Line(PurchaseCategory.OfficeSupplies, "Multifunctionele printers bestuursbureau en scholen", schools.Count + 1, 1450m, 2029, depreciation: 5,
            maintenance: (schools.Count + 1) * 240m);

        InvestmentPlanLine Licence(string item, string description, int pupils, int? months)
        {
            var price = items.TryGetValue(item, out var product) ? product.PriceExclVat : 15m;
            return Line(PurchaseCategory.LearningMaterials, description, pupils, 0m, 2026, item: item, method: DepreciationMethod.None,
                licences: decimal.Round(pupils * price, 2), months: months, note: "Licentie per leerling per jaar; geen aanschaf vooraf.");
        }
    }

    /// <summary>The yearly review that became version 2.</summary>
    private static void Revise(List<InvestmentPlanLine> lines, Guid boardId, Guid versionId, List<School> schools)
    {
        foreach (var boards in lines.Where(l => l.Description.StartsWith("Digiborden", StringComparison.Ordinal)).Take(3))
            boards.PurchaseYear = Math.Max(2026, boards.PurchaseYear - 1);
        if (lines.FirstOrDefault(l => l.Description.StartsWith("Tablets onderbouw", StringComparison.Ordinal)) is { } tablets)
            tablets.Remove(new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero));
        if (lines.FirstOrDefault(l => l.Description.StartsWith("Rekenroute", StringComparison.Ordinal)) is { } maths)
            maths.YearlyLicences = decimal.Round(maths.YearlyLicences * 1.04m, 2);
        lines.Add(new InvestmentPlanLine
        {
            BoardId = boardId, PlanVersionId = versionId, SchoolId = schools.Count > 0 ? schools[0].Id : null, Category = PurchaseCategory.Devices,
            Description = "Programmeerrobots voor de bovenbouw", Quantity = 12, UnitPrice = 145m, PurchaseYear = 2027, DepreciationYears = 3,
            Note = "Proef op één school; bij succes in versie 3 voor alle scholen.",
        });
    }
}

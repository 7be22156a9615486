using Bogus;
using Regie.Web.Features.Contracts;
using Regie.Web.Features.Procurement;
using Regie.Web.Features.Procurement.Plans;
using Regie.Web.Features.Procurement.Policy;
using Regie.Web.Features.Procurement.Projects;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Bench;

/// <summary>
/// Plan lines, projects and contracts as a primary-school board writes them: Dutch descriptions per category, prices,
/// quantities and recurring costs in realistic ranges (a line is one school's purchase for a group or a year, about
/// € 1,000 on average, so 20,000 lines over 8 years make the € 2-3 million a year a board of 60 schools spends on ICT),
/// some purchases phased over two years, some contracts without a fixed end (which the threshold counts as 48 months).
/// </summary>
public static class DutchProcurement
{
    private sealed record Kind(string Description, decimal MinPrice, decimal MaxPrice, int MinQuantity, int MaxQuantity,
        int DepreciationYears, decimal YearlyShare, bool Recurring);

    private static readonly Dictionary<PurchaseCategory, Kind[]> Kinds = new()
    {
        [PurchaseCategory.Devices] =
        [
            new("Chromebooks voor groep {g}", 260, 420, 2, 12, 4, 0.02m, false),
            new("Laptops voor leerkrachten", 650, 1100, 1, 4, 4, 0.03m, false),
            new("iPads voor de onderbouw", 380, 520, 2, 10, 4, 0.02m, false),
            new("Touchscreens in de lokalen", 2400, 4200, 1, 2, 7, 0.04m, false),
            new("Documentcamera's", 120, 260, 1, 3, 5, 0m, false),
            new("Koptelefoons voor toetsen", 12, 35, 5, 30, 3, 0m, false),
            new("Laadkarren voor devices", 900, 1800, 1, 1, 8, 0m, false),
        ],
        [PurchaseCategory.Infrastructure] =
        [
            new("Wifi-accesspoints vervangen", 320, 640, 1, 4, 6, 0.08m, true),
            new("Netwerkswitches in de patchkast", 900, 2600, 1, 1, 7, 0.06m, true),
            new("Glasvezelaansluiting", 1500, 4500, 1, 1, 10, 0.10m, true),
            new("Firewall en webfilter", 1800, 5200, 1, 1, 5, 0.15m, true),
            new("Bekabeling nieuwe vleugel", 1500, 6000, 1, 1, 15, 0m, false),
        ],
        [PurchaseCategory.Software] =
        [
            new("Licenties leerlingvolgsysteem", 6, 14, 20, 120, 0, 0m, true),
            new("Kantoorsoftware voor personeel", 40, 120, 2, 10, 0, 0m, true),
            new("Beheer van devices (MDM)", 8, 22, 10, 60, 0, 0m, true),
            new("Endpointbeveiliging", 15, 35, 5, 30, 0, 0m, true),
            new("Roosterprogramma", 300, 900, 1, 1, 0, 0m, true),
        ],
        [PurchaseCategory.LearningMaterials] =
        [
            new("Digitale rekenmethode groep {g}", 18, 42, 10, 30, 0, 0m, true),
            new("Taalmethode met oefensoftware", 22, 48, 10, 30, 0, 0m, true),
            new("Leesplatform", 7, 16, 20, 120, 0, 0m, true),
            new("Programmeerlessen en robotsets", 90, 260, 2, 8, 5, 0.05m, false),
            new("Wereldoriëntatie digitaal", 12, 30, 10, 30, 0, 0m, true),
        ],
        [PurchaseCategory.Services] =
        [
            new("Ict-ondersteuning op locatie", 800, 3000, 1, 1, 0, 0m, true),
            new("Scholing digitale geletterdheid", 600, 2500, 1, 1, 0, 0m, false),
            new("Functionaris gegevensbescherming als dienst", 400, 1200, 1, 1, 0, 0m, true),
            new("Begeleiding overstap naar de cloud", 1500, 6000, 1, 1, 0, 0m, false),
        ],
        [PurchaseCategory.OfficeSupplies] =
        [
            new("Kopieerpapier en toner", 4, 9, 20, 150, 0, 0m, false),
            new("Kantoorbenodigdheden", 50, 300, 1, 1, 0, 0m, false),
            new("Printer-multifunctional", 900, 2500, 1, 1, 5, 0.12m, true),
        ],
    };

    private static readonly PurchaseCategory[] Categories = Enum.GetValues<PurchaseCategory>();
    private static readonly float[] CategoryWeights = [0.34f, 0.14f, 0.2f, 0.17f, 0.09f, 0.06f];

    public static PurchaseCategory Category(Faker f) => f.Random.WeightedRandom(Categories, CategoryWeights);

    public static string SupplierName(Faker f, int i) => (i % 5) switch
    {
        0 => $"{f.Name.LastName()} ICT B.V.",
        1 => $"{f.Address.City()} Onderwijsautomatisering",
        2 => $"{f.PickRandom("Klas", "Leer", "School", "Net", "Digi")}{f.PickRandom("partners", "service", "groep", "werk", "link")} B.V.",
        3 => $"Uitgeverij {f.Name.LastName()}",
        _ => $"{f.Name.LastName()} & {f.Name.LastName()} Kantoorvakhandel",
    };

    public static List<CategoryRule> CategoryRules() =>
    [
        new(PurchaseCategory.Devices, BuyingLevel.Central, [Roles.Purchaser], "Eén raamovereenkomst voor alle scholen."),
        new(PurchaseCategory.Infrastructure, BuyingLevel.Central, [Roles.Purchaser, Roles.IctCoordinator], null),
        new(PurchaseCategory.Software, BuyingLevel.Central, [Roles.Purchaser], null),
        new(PurchaseCategory.LearningMaterials, BuyingLevel.Decentral, [Roles.SchoolLeader], "Scholen kiezen zelf binnen de lijst van het bestuur."),
        new(PurchaseCategory.Services, BuyingLevel.Central, [Roles.Purchaser], null),
        new(PurchaseCategory.OfficeSupplies, BuyingLevel.Decentral, [Roles.SchoolLeader], null),
    ];

    public static List<ApprovalLimit> ApprovalLimits() =>
        [new(Roles.SchoolLeader, 5_000m), new(Roles.Purchaser, 50_000m), new(Roles.Executive, 1_000_000m)];

    public static InvestmentPlanLine PlanLine(Faker f, Guid boardId, Guid versionId, int firstYear, int years, Guid? schoolId,
        IReadOnlyDictionary<PurchaseCategory, List<Supplier>> suppliers)
    {
        var category = Category(f);
        var kind = f.PickRandom(Kinds[category]);
        var year = firstYear + f.Random.Number(0, years - 1);
        var quantity = (decimal)f.Random.Number(kind.MinQuantity, kind.MaxQuantity);
        var price = Math.Round(f.Random.Decimal(kind.MinPrice, kind.MaxPrice), 2);
        var recurring = kind.Recurring ? Math.Round(quantity * price * f.Random.Decimal(0.8m, 1.2m), 2) : 0m;
        var line = new InvestmentPlanLine
        {
            BoardId = boardId, PlanVersionId = versionId, SchoolId = schoolId, Category = category,
            Description = kind.Description.Replace("{g}", f.PickRandom("3", "4", "5", "6", "7", "8", "5 t/m 8"), StringComparison.Ordinal),
            Quantity = quantity, UnitPrice = kind.Recurring && kind.DepreciationYears == 0 ? 0 : price, PurchaseYear = year,
            DepreciationYears = Math.Max(kind.DepreciationYears, 1),
            DepreciationMethod = kind.DepreciationYears == 0 ? DepreciationMethod.None : f.Random.Bool(0.9f) ? DepreciationMethod.Linear : DepreciationMethod.DecliningBalance,
            YearlyMaintenance = Math.Round(quantity * price * kind.YearlyShare, 2),
            YearlyLicences = category is PurchaseCategory.Software or PurchaseCategory.LearningMaterials ? recurring : 0,
            YearlySupport = category is PurchaseCategory.Services or PurchaseCategory.Infrastructure ? recurring : 0,
            YearlyInsurance = category == PurchaseCategory.Devices && f.Random.Bool(0.3f) ? Math.Round(quantity * 18m, 2) : 0,
            SupplierId = f.Random.Bool(0.4f) ? f.PickRandom(suppliers[category]).Id : null,
            Note = f.Random.Bool(0.1f) ? "Afgestemd met de ict-coördinator van de school." : null,
        };
        // Recurring costs run on a contract; some have no fixed end.
        if (line.YearlyMaintenance + line.YearlyLicences + line.YearlySupport + line.YearlyInsurance > 0)
            line.ContractMonths = f.Random.Bool(0.3f) ? null : f.PickRandom(12, 24, 36, 48, 60);
        // Larger purchases go in two steps: part of the classes first, the rest a year later.
        if (quantity >= 6 && year < firstYear + years - 1 && f.Random.Bool(0.15f))
        {
            var first = Math.Round(quantity * f.Random.Decimal(0.3m, 0.6m));
            line.Phases = [new PlanPhase(year, first, "Eerst de bovenbouw"), new PlanPhase(year + 1, quantity - first, "Daarna de rest van de school")];
        }
        return line;
    }

    private static readonly Dictionary<PurchaseCategory, string[]> ProjectTitles = new()
    {
        [PurchaseCategory.Devices] = ["Vervanging Chromebooks bovenbouw", "Laptops voor al het personeel", "Touchscreens voor alle lokalen", "Tablets voor de onderbouw"],
        [PurchaseCategory.Infrastructure] = ["Vernieuwing draadloos netwerk", "Glasvezel voor alle locaties", "Beveiliging van het netwerk"],
        [PurchaseCategory.Software] = ["Nieuw leerlingvolgsysteem", "Beheer van devices", "Kantoorsoftware en samenwerken"],
        [PurchaseCategory.LearningMaterials] = ["Digitale rekenmethode", "Leesplatform voor alle groepen", "Taalmethode met adaptieve oefenstof"],
        [PurchaseCategory.Services] = ["Ict-beheer en ondersteuning", "Scholing digitale geletterdheid", "Privacy en informatiebeveiliging als dienst"],
        [PurchaseCategory.OfficeSupplies] = ["Printers en kopieerpapier", "Kantoorartikelen voor alle scholen"],
    };

    public static ProcurementProject Project(Faker f, Guid boardId, PurchaseCategory category, DateOnly start, DateOnly today, string reference, DateTimeOffset now)
    {
        var estimate = Estimate(f, category);
        var value = EstimatedValue.Of(estimate);
        var age = today.DayNumber - start.DayNumber;
        var status = age switch
        {
            > 200 => f.Random.Bool(0.9f) ? ProjectStatus.Contracted : ProjectStatus.Cancelled,
            > 120 => ProjectStatus.Awarded,
            > 60 => ProjectStatus.Evaluation,
            > 0 => ProjectStatus.Open,
            _ => ProjectStatus.Preparing,
        };
        var created = new DateTimeOffset(start.AddDays(-f.Random.Number(20, 90)).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return new ProcurementProject
        {
            BoardId = boardId, Reference = reference, Title = $"{f.PickRandom(ProjectTitles[category])} {start.Year}", Category = category,
            Description = "De scholen hebben hun wensen verzameld; dit traject zorgt voor één goede oplossing voor alle locaties.",
            Origin = f.Random.WeightedRandom([ProjectOrigin.Direct, ProjectOrigin.Needs, ProjectOrigin.Initiative], [0.5f, 0.4f, 0.1f]),
            Status = status, Estimate = estimate,
            Procedure = value > 215_000m ? ProcedureKind.European : value > 50_000m ? ProcedureKind.MultipleQuotes : ProcedureKind.SingleQuote,
            ProcedureStart = start,
            QuestionsDeadline = status == ProjectStatus.Preparing ? null : created.AddDays(f.Random.Number(35, 45)),
            OfferDeadline = status == ProjectStatus.Preparing ? null : created.AddDays(f.Random.Number(55, 70)),
            PriceWeightPercent = f.PickRandom(30, 40, 50), TcoYears = f.PickRandom(4, 5, 6),
            CreatedAt = created < now ? created : now, ArchivedAt = status == ProjectStatus.Cancelled && f.Random.Bool(0.5f) ? now.AddDays(-10) : null,
            Version = 1,
        };
    }

    /// <summary>A base contract (one-off and monthly), sometimes split into lots, with options and a renewal now and then.</summary>
    private static List<EstimateLine> Estimate(Faker f, PurchaseCategory category)
    {
        var scale = category switch
        {
            PurchaseCategory.Devices or PurchaseCategory.Infrastructure => 1.0m,
            PurchaseCategory.Software or PurchaseCategory.Services => 0.6m,
            _ => 0.25m,
        };
        decimal Amount(int min, int max) => Math.Round(f.Random.Number(min, max) * scale / 100) * 100;
        int? Months() => f.Random.Bool(0.25f) ? null : f.PickRandom(12, 24, 36, 48);
        var lines = new List<EstimateLine>();
        if (f.Random.Bool(0.2f))
            for (var lot = 1; lot <= f.Random.Number(2, 4); lot++)
                lines.Add(new(EstimateLineKind.Lot, $"Perceel {lot}: {f.PickRandom("noord", "zuid", "oost", "west", "centrum")}", Amount(10_000, 90_000), Amount(0, 1_500), Months()));
        else
            lines.Add(new(EstimateLineKind.Base, "Levering en installatie", Amount(8_000, 160_000), Amount(0, 3_000), Months()));
        for (var i = f.Random.Number(0, 2); i > 0; i--)
            lines.Add(new(EstimateLineKind.Option, f.PickRandom("Extra uitbreiding na een jaar", "Verzekering tegen schade", "Training voor leerkrachten"), Amount(1_000, 20_000), 0, null));
        if (f.Random.Bool(0.3f))
            lines.Add(new(EstimateLineKind.Renewal, "Verlenging met twee jaar", 0, Amount(200, 2_000), 24));
        return lines;
    }

    public static Contract Contract(Faker f, Guid boardId, ProcurementProject? project, Supplier supplier, DateOnly start)
    {
        var category = project?.Category ?? Category(f);
        var total = project is null ? Math.Round(f.Random.Decimal(5_000, 180_000), 2) : EstimatedValue.Of(project.Estimate);
        var months = f.PickRandom(24, 36, 48, 60);
        var title = project?.Title ?? $"Raamovereenkomst {Regie.Web.Infrastructure.Enums.Label(category).ToLowerInvariant()}";
        return new Contract
        {
            BoardId = boardId, ProjectId = project?.Id, SupplierId = supplier.Id, SupplierName = supplier.Name,
            Title = title, Category = category, Status = ContractStatus.Active,
            Items = [new(null, title, 1, total)], TotalValue = total, YearlyValue = Math.Round(total * 12 / months, 2),
            StartDate = start, TermMonths = months,
            CreatedAt = new DateTimeOffset(start.AddDays(-14).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), Version = 1,
        };
    }
}

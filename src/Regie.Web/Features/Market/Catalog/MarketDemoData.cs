using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;

namespace Regie.Web.Features.Market.Catalog;

/// <summary>
/// A small, realistic market: about forty published items of the five demo suppliers across all kinds, plus two
/// concepts of Leerwijzer Educatief. Written through <see cref="CatalogItemInput"/>, the path suppliers use.
/// </summary>
public static class MarketDemoData
{
    private static readonly DateTimeOffset FirstPublished = new(2026, 9, 1, 8, 0, 0, TimeSpan.Zero);

    public static async Task SeedAsync(RegieDbContext db)
    {
        if (await db.CatalogItems.AnyAsync()) return;
        var suppliers = await db.Suppliers.ToDictionaryAsync(s => s.Name);
        var n = 0;
        foreach (var demo in MarketDemoItems.All.Where(d => suppliers.ContainsKey(d.Supplier)))
        {
            var supplier = suppliers[demo.Supplier];
            var item = new CatalogItem { SupplierId = supplier.Id, SupplierName = supplier.Name };
            demo.Input(n).ApplyTo(item);
            if (demo.Publish)
            {
                if (item.Publish(FirstPublished.AddDays(n * 2)) is { Count: > 0 } missing)
                    throw new InvalidOperationException($"Demo item '{item.Title}' lacks {string.Join(", ", missing)}.");
                if (n % 3 == 0) item.RecordVerification(Verifiable(item.Compliance, n), FirstPublished.AddDays(n * 2 + 5), "Moderator Regie");
            }
            db.CatalogItems.Add(item);
            n++;
        }
        await db.SaveChangesAsync();
    }

    /// <summary>Some items have every stated fact checked, others only the privacy facts, so both labels show.</summary>
    private static IEnumerable<ComplianceFact> Verifiable(ComplianceFacts facts, int n) =>
        Enum.GetValues<ComplianceFact>().Where(f => facts.Has(f))
            .Where(f => n % 2 == 0 || f is ComplianceFact.PrivacyCovenant or ComplianceFact.ProcessingAgreement or ComplianceFact.DataLocation);
}

public sealed record DemoItem(
    string Supplier, string Title, string Summary, string Detail, ItemKind Kind, SchoolSectors[] Sectors, string[] Subjects, string[] Levels,
    int[] Goals, InnovationCategories[] Innovation, BuildingBlocks[] Blocks, PricingModel Pricing, string Price,
    ServiceType? Service = null, int? MinimumTermMonths = null, string? OneOff = null, bool Trial = false, decimal Vat = 21m, bool Publish = true)
{
    public CatalogItemInput Input(int n)
    {
        var strong = n % 4 != 3;
        var digital = Kind is ItemKind.LearningMaterial or ItemKind.Software;
        return new CatalogItemInput
        {
            Title = Title, Summary = Summary, Kind = Kind, ServiceType = Service, SupplierReference = $"DEMO-{n + 1:000}",
            Description = $"{Summary}\n\n{Detail}\n\nWilt u het eerst uitproberen of met ons overleggen hoe het bij uw school past? Neem contact op via de website.",
            Website = $"https://www.{Slug(Supplier)}.nl/{Slug(Title)}",
            Sectors = [.. Sectors], Subjects = [.. Subjects], Levels = [.. Levels], LearningGoals = Goals.Select(g => $"kd-po-2006-{g}").ToList(),
            Innovation = [.. Innovation], BuildingBlocks = [.. Blocks],
            PricingModel = Pricing, PriceExclVat = Price, VatRate = Vat, MinimumTermMonths = MinimumTermMonths, OneOffCostsExclVat = OneOff, TrialAvailable = Trial,
            PrivacyCovenantSigned = strong || n % 2 == 0,
            ProcessingAgreementAvailable = digital || strong,
            EckIdSupported = digital && strong,
            UwlrSupported = Kind == ItemKind.LearningMaterial && n % 3 != 2,
            LtiSupported = digital && n % 2 == 0,
            SingleSignOn = digital ? (n % 3) switch
            {
                0 => [SingleSignOnOptions.Entree, SingleSignOnOptions.Basispoort],
                1 => [SingleSignOnOptions.Microsoft, SingleSignOnOptions.Google],
                _ => [SingleSignOnOptions.SurfConext],
            } : [],
            ExportFormats = digital ? (n % 2 == 0 ? "CSV, QTI" : "CSV, xAPI") : null,
            Accessibility = digital ? (strong ? WcagLevel.AA : WcagLevel.A) : WcagLevel.Unknown,
            AccessibilityStatementUrl = digital && strong ? $"https://www.{Slug(Supplier)}.nl/toegankelijkheid" : null,
            DataLocation = strong || !digital ? DataLocation.EuEea : DataLocation.OutsideEuEea,
            Certifications = strong ? (n % 2 == 0 ? ["iso-27001", "nen-7510"] : ["iso-27001"]) : [],
            EvidenceOfEffect = Kind == ItemKind.LearningMaterial && strong
                ? "Een vergelijking tussen scholen die het wel en niet gebruikten liet na een schooljaar een kleine vooruitgang zien. Het rapport staat op onze website."
                : null,
            HasPrivacySheet = digital,
            PrivacySheetUrl = digital ? $"https://www.{Slug(Supplier)}.nl/privacybijsluiter" : null,
            PrivacyPersonalData = digital ? "leerling: naam, groep of klas, antwoorden, resultaten\nleraar: naam, e-mailadres" : null,
            PrivacyPurposes = digital ? "het leermiddel leveren\nvoortgang tonen aan leraar en leerling" : null,
            PrivacyRetention = digital ? "Tot drie maanden na het einde van de overeenkomst." : null,
            PrivacySubProcessors = digital ? (strong ? "Noordelijk Rekencentrum BV; Nederland; hosting" : "Noordelijk Rekencentrum BV; Nederland; hosting\nMailwolk Inc.; Verenigde Staten; e-mail") : null,
            PrivacyProcessingLocation = digital ? "Datacentrum in Nederland" : null,
            PrivacySecurityCertifications = digital && strong ? "ISO 27001" : null,
            PrivacyBreachNotificationHours = digital ? (strong ? 24 : 72) : null,
        };
    }

    private static string Slug(string text) =>
        string.Join('-', string.Concat(Infrastructure.Web.SearchTerms.Normalize(text).Where(c => char.IsAsciiLetterOrDigit(c) || c == ' '))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
}

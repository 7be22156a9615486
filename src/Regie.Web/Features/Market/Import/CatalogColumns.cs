using System.Globalization;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Infrastructure;
using Regie.Web.Infrastructure.Import;

namespace Regie.Web.Features.Market.Import;

/// <summary>
/// The columns of the catalogue import, each with the <see cref="CatalogItemInput"/> field it fills. A column missing
/// from the file leaves that field of an existing item as it is; a blank cell in a present column clears it.
/// </summary>
public static class CatalogColumns
{
    public delegate void Fill(CatalogItemInput input, string? value, List<string> errors);

    public sealed record Column(ImportColumn Import, Fill Apply, string Example);

    public static readonly ImportColumn Reference = new("eigen code", true, "eigen_code", "code", "referentie", "supplierReference");
    public static readonly ImportColumn Publish = new("publiceren", false, "publiceer", "publish");

    public static readonly IReadOnlyList<Column> Fields =
    [
        new(new("titel", true, "title", "naam"), (i, v, _) => i.Title = v ?? "", "Rekenroute groep 5-8"),
        new(new("samenvatting", false, "summary"), (i, v, _) => i.Summary = v ?? "", "Adaptief rekenen met directe feedback"),
        new(new("beschrijving", false, "description", "omschrijving"), (i, v, _) => i.Description = v ?? "", "Leerlingen oefenen op hun eigen niveau; de leraar ziet de voortgang per doel."),
        new(new("soort", true, "kind", "type"), (i, v, e) => i.Kind = One<ItemKind>(v, "Soort", e), "Digitaal leermiddel"),
        new(new("soort dienst", false, "dienst", "servicetype"), (i, v, e) => i.ServiceType = One<ServiceType>(v, "Soort dienst", e), ""),
        new(new("website", false, "url"), (i, v, _) => i.Website = v, "https://www.voorbeeld.nl/rekenroute"),
        new(new("sectoren", false, "sector"), (i, v, e) => i.Sectors = Many<SchoolSectors>(v, "Sectoren", e), "po"),
        new(new("vakken", false, "vak", "subjects"), (i, v, _) => i.Subjects = CatalogItemInput.ParseCodes(v, CodeLists.Subjects), "rekenen-wiskunde"),
        new(new("leerjaren", false, "leerjaar", "niveaus", "levels"), (i, v, _) => i.Levels = CatalogItemInput.ParseCodes(v, CodeLists.Levels), "groep-5, groep-6, groep-7, groep-8"),
        new(new("leerdoelen", false, "kerndoelen", "learninggoals"), (i, v, _) => i.LearningGoals = CatalogItemInput.ParseCodes(v, CodeLists.LearningGoals), ""),
        new(new("vernieuwing", false, "innovatie"), (i, v, e) => i.Innovation = Many<InnovationCategories>(v, "Vernieuwing", e), "Adaptief en maatwerk"),
        new(new("bouwstenen", false, "bouwsteen"), (i, v, e) => i.BuildingBlocks = Many<BuildingBlocks>(v, "Bouwstenen", e), "Leerinhoud, Voortgang volgen"),
        new(new("prijsmodel", false, "pricingmodel"), (i, v, e) => i.PricingModel = One<PricingModel>(v, "Prijsmodel", e) ?? Catalog.PricingModel.PerPupilPerYear, "Per leerling per jaar"),
        new(new("prijs excl. btw", false, "prijs excl btw", "prijs", "price"), (i, v, _) => i.PriceExclVat = v, "12,50"),
        new(new("btw-tarief", false, "btw", "btw tarief"), (i, v, e) => i.VatRate = Percentage(v, e), "21"),
        new(new("minimale looptijd (maanden)", false, "minimale looptijd", "looptijd"), (i, v, e) => i.MinimumTermMonths = Number(v, "Minimale looptijd", e), "12"),
        new(new("eenmalige kosten excl. btw", false, "eenmalige kosten"), (i, v, _) => i.OneOffCostsExclVat = v, ""),
        new(new("proefperiode", false, "proefperiode mogelijk"), (i, v, e) => i.TrialAvailable = YesNo(v, "Proefperiode", e) ?? false, "ja"),
        new(new("privacyconvenant", false, "privacyconvenant ondertekend"), (i, v, e) => i.PrivacyCovenantSigned = YesNo(v, "Privacyconvenant", e) ?? false, "ja"),
        new(new("verwerkersovereenkomst", false), (i, v, e) => i.ProcessingAgreementAvailable = YesNo(v, "Verwerkersovereenkomst", e) ?? false, "ja"),
        new(new("eck id", false, "eckid"), (i, v, e) => i.EckIdSupported = YesNo(v, "ECK iD", e) ?? false, "nee"),
        new(new("uwlr", false), (i, v, e) => i.UwlrSupported = YesNo(v, "UWLR", e) ?? false, "nee"),
        new(new("single sign-on", false, "sso"), (i, v, e) => i.SingleSignOn = Many<SingleSignOnOptions>(v, "Single sign-on", e), "Entree, Basispoort"),
        new(new("lti", false), (i, v, e) => i.LtiSupported = YesNo(v, "LTI", e) ?? false, "nee"),
        new(new("exportformaten", false, "export"), (i, v, _) => i.ExportFormats = v, "CSV"),
        new(new("toegankelijkheid", false, "wcag"), (i, v, e) => i.Accessibility = One<WcagLevel>(v, "Toegankelijkheid", e) ?? WcagLevel.Unknown, "WCAG 2.1 niveau AA"),
        new(new("toegankelijkheidsverklaring", false), (i, v, _) => i.AccessibilityStatementUrl = v, ""),
        new(new("locatie van de gegevens", false, "gegevenslocatie", "datalocatie"), (i, v, e) => i.DataLocation = One<DataLocation>(v, "Locatie van de gegevens", e) ?? DataLocation.Unknown, "Binnen de EU/EER"),
        new(new("certificeringen", false, "certificering"), (i, v, _) => i.Certifications = CatalogItemInput.ParseCodes(v, CodeLists.Certifications), "ISO 27001"),
    ];

    public static IReadOnlyList<ImportColumn> All { get; } = [Reference, .. Fields.Select(f => f.Import), Publish];

    /// <summary>"ja", "nee" or blank (null); anything else is an error that names the column.</summary>
    public static bool? YesNo(string? value, string label, List<string> errors)
    {
        if (value is null) return null;
        switch (value.Trim().ToLowerInvariant())
        {
            case "ja" or "j" or "yes" or "y" or "true" or "waar" or "1" or "x": return true;
            case "nee" or "n" or "no" or "false" or "onwaar" or "0": return false;
            default:
                errors.Add($"{label}: vul ja of nee in (nu '{Short(value)}').");
                return null;
        }
    }

    private static TEnum? One<TEnum>(string? value, string label, List<string> errors) where TEnum : struct, Enum
    {
        if (value is null) return null;
        if (CatalogItemInput.TryParseOption<TEnum>(value, out var parsed)) return parsed;
        errors.Add($"{label}: '{Short(value)}' is onbekend. Kies uit: {string.Join(", ", Choices<TEnum>())}.");
        return null;
    }

    private static List<TEnum> Many<TEnum>(string? value, string label, List<string> errors) where TEnum : struct, Enum
    {
        var parsed = CatalogItemInput.ParseOptions<TEnum>(value, out var unknown);
        if (unknown.Count > 0)
            errors.Add($"{label}: {string.Join(", ", unknown.Take(5).Select(u => $"'{Short(u)}'"))} {(unknown.Count == 1 ? "is" : "zijn")} onbekend. Kies uit: {string.Join(", ", Choices<TEnum>())}.");
        return parsed;
    }

    private static decimal Percentage(string? value, List<string> errors)
    {
        if (value is null) return 21m;
        if (decimal.TryParse(value.Replace("%", "", StringComparison.Ordinal).Replace(',', '.').Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var rate)) return rate;
        errors.Add($"Btw-tarief: '{Short(value)}' is geen percentage. Vul 21, 9 of 0 in.");
        return 21m;
    }

    private static int? Number(string? value, string label, List<string> errors)
    {
        if (value is null) return null;
        if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number)) return number;
        errors.Add($"{label}: '{Short(value)}' is geen heel getal.");
        return null;
    }

    private static IEnumerable<string> Choices<TEnum>() where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Where(v => Convert.ToInt64(v) != 0 || !typeof(TEnum).IsDefined(typeof(FlagsAttribute), false)).Select(v => Enums.Label(v));

    private static string Short(string value) => value.Length <= 40 ? value : value[..40] + "…";
}

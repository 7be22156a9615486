using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace Regie.Web.Features.Market.Catalog;

/// <summary>
/// Every field a supplier edits on an item, flat: the portal form, the CSV/XLSX import and the REST API all fill
/// this one model, so they share one validation and one way of writing an item.
/// Amounts are text ("12,50", "12.50") so every channel gets the same parsing and the same messages.
/// Multi-line texts hold one entry per line; sub-processors are written as "naam; land; doel".
/// All checks live in <see cref="Validate"/> (not in attributes), so every channel reports the same messages.
/// </summary>
[ValidateNever]
public sealed class CatalogItemInput
{
    public const int WebsiteMax = 500;
    public const int ReferenceMax = 100;
    public const int ShortTextMax = 1_000;
    public const int LongTextMax = 4_000;
    public const int ExportFormatsMax = 20;
    public const decimal AmountMax = 9_999_999_999.99m;
    public static readonly IReadOnlyList<decimal> VatRates = [21m, 9m, 0m];

    [Display(Name = "Titel")] public string Title { get; set; } = "";
    [Display(Name = "Samenvatting")] public string Summary { get; set; } = "";
    [Display(Name = "Beschrijving")] public string Description { get; set; } = "";
    [Display(Name = "Soort"), Required] public ItemKind? Kind { get; set; }
    [Display(Name = "Soort dienst")] public ServiceType? ServiceType { get; set; }
    [Display(Name = "Website")] public string? Website { get; set; }
    [Display(Name = "Eigen code")] public string? SupplierReference { get; set; }

    [Display(Name = "Sectoren")] public List<SchoolSectors> Sectors { get; set; } = [];
    [Display(Name = "Vakken")] public List<string> Subjects { get; set; } = [];
    [Display(Name = "Leerjaren")] public List<string> Levels { get; set; } = [];
    [Display(Name = "Leerdoelen")] public List<string> LearningGoals { get; set; } = [];
    [Display(Name = "Vernieuwing")] public List<InnovationCategories> Innovation { get; set; } = [];
    [Display(Name = "Bouwstenen")] public List<BuildingBlocks> BuildingBlocks { get; set; } = [];

    [Display(Name = "Prijsmodel")] public PricingModel? PricingModel { get; set; } = Catalog.PricingModel.PerPupilPerYear;
    [Display(Name = "Prijs excl. btw")] public string? PriceExclVat { get; set; }
    [Display(Name = "Btw-tarief")] public decimal VatRate { get; set; } = 21m;
    [Display(Name = "Minimale looptijd (maanden)")] public int? MinimumTermMonths { get; set; }
    [Display(Name = "Eenmalige kosten excl. btw")] public string? OneOffCostsExclVat { get; set; }
    [Display(Name = "Proefperiode mogelijk")] public bool TrialAvailable { get; set; }

    [Display(Name = "Privacyconvenant ondertekend")] public bool PrivacyCovenantSigned { get; set; }
    [Display(Name = "Verwerkersovereenkomst beschikbaar")] public bool ProcessingAgreementAvailable { get; set; }
    [Display(Name = "ECK iD (pseudoniem leerlingnummer)")] public bool EckIdSupported { get; set; }
    [Display(Name = "Resultaten uitwisselen (UWLR)")] public bool UwlrSupported { get; set; }
    [Display(Name = "Single sign-on")] public List<SingleSignOnOptions> SingleSignOn { get; set; } = [];
    [Display(Name = "LTI")] public bool LtiSupported { get; set; }
    [Display(Name = "Exportformaten")] public string? ExportFormats { get; set; }
    [Display(Name = "Toegankelijkheid")] public WcagLevel Accessibility { get; set; }
    [Display(Name = "Toegankelijkheidsverklaring")] public string? AccessibilityStatementUrl { get; set; }
    [Display(Name = "Locatie van de gegevens")] public DataLocation DataLocation { get; set; }
    [Display(Name = "Certificeringen")] public List<string> Certifications { get; set; } = [];
    [Display(Name = "Bewijs van effect")] public string? EvidenceOfEffect { get; set; }

    [Display(Name = "Privacybijsluiter beschikbaar")] public bool HasPrivacySheet { get; set; }
    [Display(Name = "Webadres van de privacybijsluiter")] public string? PrivacySheetUrl { get; set; }
    /// <summary>One line per data subject: "leerling: naam, klas, toetsresultaten".</summary>
    [Display(Name = "Persoonsgegevens per betrokkene")] public string? PrivacyPersonalData { get; set; }
    [Display(Name = "Doelen")] public string? PrivacyPurposes { get; set; }
    [Display(Name = "Bewaartermijn")] public string? PrivacyRetention { get; set; }
    /// <summary>One line per sub-processor: "naam; land; doel".</summary>
    [Display(Name = "Subverwerkers")] public string? PrivacySubProcessors { get; set; }
    [Display(Name = "Plaats van verwerking")] public string? PrivacyProcessingLocation { get; set; }
    [Display(Name = "Beveiligingscertificeringen")] public string? PrivacySecurityCertifications { get; set; }
    [Display(Name = "Melding datalek binnen (uren)")] public int? PrivacyBreachNotificationHours { get; set; }

    public int Version { get; set; }

    public static CatalogItemInput From(CatalogItem item)
    {
        var c = item.Compliance;
        var sheet = c.PrivacySheet;
        return new()
        {
            Title = item.Title, Summary = item.Summary, Description = item.Description, Kind = item.Kind, ServiceType = item.ServiceType,
            Website = item.Website, SupplierReference = item.SupplierReference,
            Sectors = Flags.Split(item.Sectors), Subjects = [.. item.Subjects], Levels = [.. item.Levels], LearningGoals = [.. item.LearningGoals],
            Innovation = Flags.Split(item.Innovation), BuildingBlocks = Flags.Split(item.BuildingBlocks),
            PricingModel = item.PricingModel, PriceExclVat = FormatAmount(item.PriceExclVat), VatRate = item.VatRate,
            MinimumTermMonths = item.MinimumTermMonths, OneOffCostsExclVat = item.OneOffCostsExclVat is { } o ? FormatAmount(o) : null,
            TrialAvailable = item.TrialAvailable,
            PrivacyCovenantSigned = c.PrivacyCovenantSigned, ProcessingAgreementAvailable = c.ProcessingAgreementAvailable,
            EckIdSupported = c.EckIdSupported, UwlrSupported = c.UwlrSupported, SingleSignOn = Flags.Split(c.SingleSignOn),
            LtiSupported = c.LtiSupported, ExportFormats = string.Join(", ", c.ExportFormats), Accessibility = c.Accessibility,
            AccessibilityStatementUrl = c.AccessibilityStatementUrl, DataLocation = c.DataLocation, Certifications = [.. c.Certifications],
            EvidenceOfEffect = c.EvidenceOfEffect,
            HasPrivacySheet = sheet is not null, PrivacySheetUrl = sheet?.Url,
            PrivacyPersonalData = sheet is null ? null : string.Join('\n', sheet.PersonalData.Select(p => $"{p.Subject}: {string.Join(", ", p.Categories)}")),
            PrivacyPurposes = sheet is null ? null : string.Join('\n', sheet.Purposes),
            PrivacyRetention = sheet?.Retention,
            PrivacySubProcessors = sheet is null ? null : string.Join('\n', sheet.SubProcessors.Select(s => string.Join("; ", new[] { s.Name, s.Country, s.Purpose }.Where(x => !string.IsNullOrEmpty(x))))),
            PrivacyProcessingLocation = sheet?.ProcessingLocation,
            PrivacySecurityCertifications = sheet is null ? null : string.Join('\n', sheet.SecurityCertifications),
            PrivacyBreachNotificationHours = sheet?.BreachNotificationHours,
            Version = item.Version,
        };
    }

    /// <summary>Every problem, each with the property it belongs to and a Dutch message that names the field.</summary>
    public IReadOnlyList<(string Field, string Message)> Validate() => CatalogItemValidation.Check(this);

    /// <summary>
    /// Writes the input to the item. A compliance fact whose value changes loses the platform's verification: what
    /// Regie checked is no longer what the supplier states. Call only after <see cref="Validate"/> found nothing.
    /// </summary>
    public void ApplyTo(CatalogItem item)
    {
        item.Title = Text(Title);
        item.Summary = Text(Summary);
        item.Description = Text(Description).ReplaceLineEndings("\n");
        item.Kind = Kind ?? item.Kind;
        item.ServiceType = item.Kind == ItemKind.Service ? ServiceType : null;
        item.Website = Url(Website);
        item.SupplierReference = Clean(SupplierReference);
        item.Sectors = Flags.Join(Sectors);
        item.Subjects = Distinct(Subjects);
        item.Levels = Distinct(Levels);
        item.LearningGoals = Distinct(LearningGoals);
        item.Innovation = Flags.Join(Innovation);
        item.BuildingBlocks = Flags.Join(BuildingBlocks);
        item.PricingModel = PricingModel ?? item.PricingModel;
        item.PriceExclVat = TryParseAmount(PriceExclVat ?? "", out var price) ? price : 0m;
        item.VatRate = VatRate;
        item.MinimumTermMonths = MinimumTermMonths is > 0 ? MinimumTermMonths : null;
        item.OneOffCostsExclVat = TryParseAmount(OneOffCostsExclVat ?? "", out var oneOff) && oneOff > 0 ? oneOff : null;
        item.TrialAvailable = TrialAvailable;
        item.Compliance = ComplianceChanges.KeepVerifiedUnchanged(item.Compliance, ToCompliance(item.Compliance));
    }

    private ComplianceFacts ToCompliance(ComplianceFacts current) => current with
    {
        PrivacyCovenantSigned = PrivacyCovenantSigned,
        ProcessingAgreementAvailable = ProcessingAgreementAvailable,
        PrivacySheet = HasPrivacySheet ? ToPrivacySheet() : null,
        EckIdSupported = EckIdSupported,
        UwlrSupported = UwlrSupported,
        SingleSignOn = Flags.Join(SingleSignOn),
        LtiSupported = LtiSupported,
        ExportFormats = Lines(ExportFormats, alsoComma: true),
        Accessibility = Accessibility,
        AccessibilityStatementUrl = Url(AccessibilityStatementUrl),
        DataLocation = DataLocation,
        Certifications = Distinct(Certifications),
        EvidenceOfEffect = Clean(EvidenceOfEffect),
    };

    private PrivacySheet ToPrivacySheet() => new()
    {
        PersonalData = ParsePersonalData(PrivacyPersonalData),
        Purposes = Lines(PrivacyPurposes),
        Retention = Text(PrivacyRetention),
        SubProcessors = ParseSubProcessors(PrivacySubProcessors),
        ProcessingLocation = Text(PrivacyProcessingLocation),
        SecurityCertifications = Lines(PrivacySecurityCertifications),
        BreachNotificationHours = PrivacyBreachNotificationHours,
        Url = Url(PrivacySheetUrl),
    };

    /// <summary>
    /// Reads a money amount the way people type it: "12,50", "12.50", "1.234,50", "1,234.50", "€ 12,50".
    /// Refuses negative amounts, more than two decimals and anything that is not a number.
    /// </summary>
    public static bool TryParseAmount(string? text, out decimal amount) => Amounts.TryParse(text, out amount);

    /// <summary>"12,50": how an amount is shown back in a form, the Dutch way.</summary>
    public static string FormatAmount(decimal amount) => amount.ToString("0.00", CultureInfo.GetCultureInfo("nl-NL"));

    /// <summary>
    /// Codes from a list like "rekenen-wiskunde, lezen" or "Rekenen en wiskunde; Groep 3": each entry is matched to a
    /// subject, level, learning goal or certification by code or label, ignoring case and accents. Entries that match
    /// nothing are kept as typed, so <see cref="Validate"/> names them.
    /// </summary>
    public static List<string> ParseCodes(string? text) => CodeParsing.Parse(text, CodeParsing.AllLists);

    /// <summary>The same, matched against one list only (the import knows which column holds which list).</summary>
    public static List<string> ParseCodes(string? text, IReadOnlyList<Code> list) => CodeParsing.Parse(text, [list]);

    /// <summary>Enum values from "po, vo" or "Digitaal leermiddel": by name or Dutch label; unknown entries are returned apart.</summary>
    public static List<TEnum> ParseOptions<TEnum>(string? text, out IReadOnlyList<string> unknown) where TEnum : struct, Enum =>
        CodeParsing.ParseEnums<TEnum>(text, out unknown);

    public static bool TryParseOption<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum =>
        CodeParsing.TryParseEnum(text, out value);

    internal static List<DataSubjectCategories> ParsePersonalData(string? text) =>
        Lines(text).Select(line =>
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            return colon < 0
                ? new DataSubjectCategories(line, [])
                : new DataSubjectCategories(line[..colon].Trim(), Lines(line[(colon + 1)..], alsoComma: true));
        }).ToList();

    internal static List<SubProcessor> ParseSubProcessors(string? text) =>
        Lines(text).Select(line =>
        {
            var parts = line.Split(';', 3, StringSplitOptions.TrimEntries);
            return new SubProcessor(parts[0], parts.ElementAtOrDefault(1) ?? "", parts.ElementAtOrDefault(2) is { Length: > 0 } p ? p : null);
        }).ToList();

    internal static List<string> Lines(string? text, bool alsoComma = false) =>
        (text ?? "").Split(alsoComma ? ['\n', '\r', ','] : ['\n', '\r'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    internal static string? Url(string? value) =>
        Clean(value) is not { } url ? null : url.Contains("://", StringComparison.Ordinal) ? url : "https://" + url;

    private static List<string> Distinct(IEnumerable<string> codes) =>
        codes.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).Distinct(StringComparer.Ordinal).ToList();

    private static string Text(string? value) => value?.Trim() ?? "";
    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

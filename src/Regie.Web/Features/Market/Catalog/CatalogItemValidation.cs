using System.Globalization;

namespace Regie.Web.Features.Market.Catalog;

/// <summary>The checks on <see cref="CatalogItemInput"/>: each message names the field, so a form, an import row and an API response read alike.</summary>
internal static class CatalogItemValidation
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static IReadOnlyList<(string Field, string Message)> Check(CatalogItemInput i)
    {
        var errors = new List<(string, string)>();
        void Add(string field, string message) => errors.Add((field, message));

        if (string.IsNullOrWhiteSpace(i.Title)) Add(nameof(i.Title), "Vul de titel in.");
        Length(nameof(i.Title), "De titel", i.Title, CatalogItem.TitleMax);
        Length(nameof(i.Summary), "De samenvatting", i.Summary, CatalogItem.SummaryMax);
        Length(nameof(i.Description), "De beschrijving", i.Description, CatalogItem.DescriptionMax);
        Length(nameof(i.SupplierReference), "De eigen code", i.SupplierReference, CatalogItemInput.ReferenceMax);

        if (i.Kind is null) Add(nameof(i.Kind), "Kies de soort: digitaal leermiddel, apparaat, software, infrastructuur of dienst.");
        else if (!Enum.IsDefined(i.Kind.Value)) Add(nameof(i.Kind), "Kies een bestaande soort.");
        if (i.ServiceType is { } st && !Enum.IsDefined(st)) Add(nameof(i.ServiceType), "Kies een bestaande soort dienst.");
        if (i.Sectors.Any(s => s == SchoolSectors.None || !Enum.IsDefined(s))) Add(nameof(i.Sectors), "Kies bij Sectoren alleen po, vo, so of mbo.");
        if (i.Innovation.Any(v => v == InnovationCategories.None || !Enum.IsDefined(v))) Add(nameof(i.Innovation), "Kies bij Vernieuwing alleen categorieën uit de lijst.");
        if (i.BuildingBlocks.Any(v => v == BuildingBlocks.None || !Enum.IsDefined(v))) Add(nameof(i.BuildingBlocks), "Kies bij Bouwstenen alleen bouwstenen uit de lijst.");
        if (i.SingleSignOn.Any(v => v == SingleSignOnOptions.None || !Enum.IsDefined(v))) Add(nameof(i.SingleSignOn), "Kies bij Single sign-on alleen opties uit de lijst.");

        Unknown(nameof(i.Subjects), "vak", "Vakken", i.Subjects, CodeLists.IsSubject);
        Unknown(nameof(i.Levels), "leerjaar", "Leerjaren", i.Levels, CodeLists.IsLevel);
        Unknown(nameof(i.LearningGoals), "leerdoel", "Leerdoelen", i.LearningGoals, CodeLists.IsLearningGoal);
        Unknown(nameof(i.Certifications), "certificering", "Certificeringen", i.Certifications, CodeLists.IsCertification);

        if (i.PricingModel is null || !Enum.IsDefined(i.PricingModel.Value)) Add(nameof(i.PricingModel), "Kies een prijsmodel.");
        Amount(nameof(i.PriceExclVat), "Prijs excl. btw", i.PriceExclVat);
        Amount(nameof(i.OneOffCostsExclVat), "Eenmalige kosten excl. btw", i.OneOffCostsExclVat);
        if (!CatalogItemInput.VatRates.Contains(i.VatRate)) Add(nameof(i.VatRate), "Kies bij Btw-tarief 21%, 9% of 0%.");
        if (i.MinimumTermMonths is < 0 or > 120) Add(nameof(i.MinimumTermMonths), "De minimale looptijd ligt tussen 0 en 120 maanden.");

        Web(nameof(i.Website), "Website", i.Website, CatalogItemInput.WebsiteMax);
        Web(nameof(i.AccessibilityStatementUrl), "Toegankelijkheidsverklaring", i.AccessibilityStatementUrl, CatalogItemInput.WebsiteMax);
        Web(nameof(i.PrivacySheetUrl), "Webadres van de privacybijsluiter", i.PrivacySheetUrl, CatalogItemInput.WebsiteMax);
        if (!Enum.IsDefined(i.Accessibility)) Add(nameof(i.Accessibility), "Kies een toegankelijkheidsniveau uit de lijst.");
        if (!Enum.IsDefined(i.DataLocation)) Add(nameof(i.DataLocation), "Kies waar de gegevens worden opgeslagen.");
        Length(nameof(i.ExportFormats), "Exportformaten", i.ExportFormats, CatalogItemInput.ShortTextMax);
        if (CatalogItemInput.Lines(i.ExportFormats, alsoComma: true) is { Count: > CatalogItemInput.ExportFormatsMax })
            Add(nameof(i.ExportFormats), $"Noem bij Exportformaten hoogstens {CatalogItemInput.ExportFormatsMax} formaten.");
        Length(nameof(i.EvidenceOfEffect), "Bewijs van effect", i.EvidenceOfEffect, CatalogItemInput.LongTextMax);

        Length(nameof(i.PrivacyPersonalData), "Persoonsgegevens per betrokkene", i.PrivacyPersonalData, CatalogItemInput.LongTextMax);
        Length(nameof(i.PrivacyPurposes), "Doelen", i.PrivacyPurposes, CatalogItemInput.LongTextMax);
        Length(nameof(i.PrivacyRetention), "Bewaartermijn", i.PrivacyRetention, CatalogItemInput.ShortTextMax);
        Length(nameof(i.PrivacySubProcessors), "Subverwerkers", i.PrivacySubProcessors, CatalogItemInput.LongTextMax);
        Length(nameof(i.PrivacyProcessingLocation), "Plaats van verwerking", i.PrivacyProcessingLocation, CatalogItemInput.ShortTextMax);
        Length(nameof(i.PrivacySecurityCertifications), "Beveiligingscertificeringen", i.PrivacySecurityCertifications, CatalogItemInput.ShortTextMax);
        if (i.PrivacyBreachNotificationHours is < 0 or > 720)
            Add(nameof(i.PrivacyBreachNotificationHours), "Melding datalek: vul een aantal uren tussen 0 en 720 in.");
        foreach (var line in CatalogItemInput.ParseSubProcessors(i.PrivacySubProcessors).Where(s => s.Country.Length == 0).Take(1))
            Add(nameof(i.PrivacySubProcessors), $"Subverwerkers: vul bij '{Shorten(line.Name)}' ook het land in, zo: naam; land; doel.");
        return errors;

        void Length(string field, string label, string? value, int max)
        {
            if (value is { } v && v.Trim().Length > max)
                Add(field, $"{label} mag niet langer zijn dan {max.ToString("N0", Dutch)} tekens (nu {v.Trim().Length.ToString("N0", Dutch)}).");
        }

        void Unknown(string field, string what, string label, IEnumerable<string> codes, Func<string, bool> known)
        {
            var unknown = codes.Where(c => !string.IsNullOrWhiteSpace(c) && !known(c.Trim())).Select(c => Shorten(c.Trim())).Distinct().Take(5).ToList();
            if (unknown.Count > 0)
                Add(field, $"{label}: onbekende code{(unknown.Count > 1 ? "s" : "")} {string.Join(", ", unknown.Select(u => $"'{u}'"))}. Kies een {what} uit de lijst.");
        }

        void Amount(string field, string label, string? text)
        {
            if (string.IsNullOrWhiteSpace(text)) return;
            if (CatalogItemInput.TryParseAmount(text, out _)) return;
            Add(field, text.TrimStart().StartsWith('-')
                ? $"{label} mag niet negatief zijn."
                : $"{label}: vul een bedrag in euro's in, bijvoorbeeld 12,50 (hoogstens twee decimalen).");
        }

        void Web(string field, string label, string? text, int max)
        {
            if (string.IsNullOrWhiteSpace(text)) return;
            if (text.Trim().Length > max) { Add(field, $"{label} mag niet langer zijn dan {max} tekens."); return; }
            var url = CatalogItemInput.Url(text)!;
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || !uri.Host.Contains('.') || url.Any(char.IsWhiteSpace))
                Add(field, $"{label}: vul een geldig webadres in, bijvoorbeeld https://www.voorbeeld.nl.");
        }
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}

using System.Globalization;
using System.Reflection;
using System.ComponentModel.DataAnnotations;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Bogus;
using Regie.Web.Features.Market.Catalog;

namespace Regie.Bench;

/// <summary>
/// The files the import benchmarks send: a CSV for the catalogue import (kind "catalog-items") and JSON batches for
/// the API, each with <c>rows</c> new items of the bench supplier. The items come from <see cref="DutchCatalog"/>
/// and are written through <see cref="CatalogItemInput"/>, the one model the portal, the import and the API share.
/// </summary>
public static class ImportFiles
{
    public const int BatchSize = 500;
    private const string Supplier = "Benchmark Leermiddelen B.V.";

    public static async Task<int> WriteAsync(int rows, string outDir)
    {
        Directory.CreateDirectory(outDir);
        var faker = new Faker("nl") { Random = new Randomizer(5000) };
        var now = DateTimeOffset.UtcNow;
        var csvItems = Enumerable.Range(0, rows).Select(i => CatalogItemInput.From(DutchCatalog.NewItem(faker, Guid.Empty, Supplier, $"CSV-{i:D6}", now))).ToList();
        var apiItems = Enumerable.Range(0, rows).Select(i => CatalogItemInput.From(DutchCatalog.NewItem(faker, Guid.Empty, Supplier, $"API-{i:D6}", now))).ToList();

        await File.WriteAllTextAsync(Path.Combine(outDir, "catalog-items.csv"), Csv(csvItems), new UTF8Encoding(false));

        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };
        foreach (var old in Directory.GetFiles(outDir, "api-batch-*.json")) File.Delete(old);
        for (var b = 0; b * BatchSize < apiItems.Count; b++)
        {
            var batch = apiItems.Skip(b * BatchSize).Take(BatchSize).Select(ApiItem).ToList();
            await File.WriteAllTextAsync(Path.Combine(outDir, $"api-batch-{b:D3}.json"), JsonSerializer.Serialize(new { items = batch }, json));
        }
        Console.WriteLine($"Wrote {rows} rows to catalog-items.csv and {(rows + BatchSize - 1) / BatchSize} API batches of at most {BatchSize} items to {outDir}");
        return 0;
    }

    /// <summary>An item as the API takes it: the input's fields without the version a new item does not have.</summary>
    private static Dictionary<string, object?> ApiItem(CatalogItemInput input) =>
        typeof(CatalogItemInput).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.Name != nameof(CatalogItemInput.Version))
            .ToDictionary(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name), p => p.GetValue(input));

    /// <summary>
    /// Semicolon-separated, with the Dutch column names of the catalogue import and values the way a supplier types
    /// them: Dutch labels for choices, codes for subjects and levels, "ja"/"nee", amounts with a decimal comma.
    /// Every row is published on import.
    /// </summary>
    private static string Csv(List<CatalogItemInput> items)
    {
        (string Header, Func<CatalogItemInput, string?> Value)[] columns =
        [
            ("eigen code", i => i.SupplierReference), ("titel", i => i.Title), ("samenvatting", i => i.Summary),
            ("beschrijving", i => i.Description), ("soort", i => Label(i.Kind)), ("soort dienst", i => Label(i.ServiceType)),
            ("website", i => i.Website), ("sectoren", i => Labels(i.Sectors)), ("vakken", i => string.Join(", ", i.Subjects)),
            ("leerjaren", i => string.Join(", ", i.Levels)), ("vernieuwing", i => Labels(i.Innovation)), ("bouwstenen", i => Labels(i.BuildingBlocks)),
            ("prijsmodel", i => Label(i.PricingModel)), ("prijs excl. btw", i => i.PriceExclVat),
            ("btw-tarief", i => i.VatRate.ToString("0", CultureInfo.InvariantCulture)),
            ("minimale looptijd (maanden)", i => i.MinimumTermMonths?.ToString(CultureInfo.InvariantCulture)),
            ("eenmalige kosten excl. btw", i => i.OneOffCostsExclVat), ("proefperiode", i => YesNo(i.TrialAvailable)),
            ("privacyconvenant", i => YesNo(i.PrivacyCovenantSigned)), ("verwerkersovereenkomst", i => YesNo(i.ProcessingAgreementAvailable)),
            ("eck id", i => YesNo(i.EckIdSupported)), ("uwlr", i => YesNo(i.UwlrSupported)), ("single sign-on", i => Labels(i.SingleSignOn)),
            ("lti", i => YesNo(i.LtiSupported)), ("exportformaten", i => i.ExportFormats), ("toegankelijkheid", i => Label(i.Accessibility)),
            ("locatie van de gegevens", i => Label(i.DataLocation)), ("certificeringen", i => string.Join(", ", i.Certifications)),
            ("publiceren", _ => "ja"),
        ];
        var text = new StringBuilder();
        text.AppendLine(string.Join(';', columns.Select(c => c.Header)));
        foreach (var item in items)
            text.AppendLine(string.Join(';', columns.Select(c => Quote(c.Value(item) ?? ""))));
        return text.ToString();
    }

    private static string YesNo(bool value) => value ? "ja" : "nee";

    private static string? Label<TEnum>(TEnum? value) where TEnum : struct, Enum => value is { } v ? Label(v) : null;

    private static string Label<TEnum>(TEnum value) where TEnum : struct, Enum =>
        typeof(TEnum).GetField(value.ToString())?.GetCustomAttribute<DisplayAttribute>()?.Name ?? value.ToString();

    private static string Labels<TEnum>(List<TEnum> values) where TEnum : struct, Enum => string.Join(", ", values.Select(Label));

    private static string Quote(string value) =>
        value.IndexOfAny([';', '"', '\n', '\r']) < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

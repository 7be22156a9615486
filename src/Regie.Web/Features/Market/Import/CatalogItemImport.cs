using Microsoft.EntityFrameworkCore;
using Regie.Web.Features.Market.Api;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Features.Market.Portal;
using Regie.Web.Infrastructure;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Import;

namespace Regie.Web.Features.Market.Import;

/// <summary>
/// A supplier's items from a CSV or Excel file: rows matched on the supplier's own code update that item, other rows
/// add a concept. Every row goes through <see cref="CatalogItemInput"/>, the same checks as the portal and the API.
/// </summary>
public sealed class CatalogItemImport : CsvImport<CatalogItemImport.Row>, IImportTemplate
{
    public sealed record Row(string Reference, CatalogItemInput Input, bool? Publish, bool IsNew);

    public override string Kind => "catalog-items";
    public override string Title => "Aanbod importeren";
    public override string Policy => Capabilities.ManageCatalog;
    public override string ResultPage => "/Market/Portal/Index";
    public override IReadOnlyList<ImportColumn> Columns => CatalogColumns.All;
    protected override IReadOnlyList<string> PreviewColumns { get; } = ["Eigen code", "Titel", "Soort", "Prijs excl. btw", "Wat er gebeurt"];

    public string TemplateName => "aanbod-importeren-voorbeeld";
    public IReadOnlyList<IReadOnlyList<string>> ExampleRows =>
        [["RR-58", .. CatalogColumns.Fields.Select(f => f.Example), "nee"]];

    // Read without tracking: checking a file must never change an item, and the worker saves the context afterwards.
    private Dictionary<string, CatalogItem>? _existing;

    protected override async Task<RowResult> MapAsync(CsvRecord record, ImportRun run, CancellationToken ct)
    {
        _existing ??= await run.Db.Own(run.Tenant).AsNoTracking().Where(i => i.SupplierReference != null)
            .ToDictionaryAsync(i => i.SupplierReference!, StringComparer.Ordinal, ct);
        var errors = new List<string>();
        var reference = record[CatalogColumns.Reference];
        if (reference is null) errors.Add("Eigen code ontbreekt: daarmee vindt Regie het item bij een volgende import terug.");

        var existing = reference is null ? null : _existing.GetValueOrDefault(reference);
        var input = existing is null ? new CatalogItemInput() : CatalogItemInput.From(existing);
        input.SupplierReference = reference;
        foreach (var field in CatalogColumns.Fields.Where(f => record.Has(f.Import)))
            field.Apply(input, record[field.Import], errors);
        var publish = CatalogColumns.YesNo(record[CatalogColumns.Publish], "Publiceren", errors);
        errors.AddRange(input.Validate().Select(e => e.Message));

        if (errors.Count == 0)
        {
            // Whether the item could be published is only known once the input is written to an item.
            var trial = new CatalogItem();
            input.ApplyTo(trial);
            var staysPublished = publish ?? existing?.IsPublished ?? false;
            if (staysPublished && trial.MissingForPublication() is { Count: > 0 } missing)
                errors.Add($"{(publish == true ? "Publiceren kan nog niet" : "Dit item is gepubliceerd en moet zijn verplichte velden houden")}: vul {string.Join(", ", missing)} in.");
        }
        return RowResult.Of(new Row(reference!, input, publish, existing is null), errors);
    }

    protected override IEnumerable<string?> PreviewValues(Row row) =>
    [
        row.Reference, row.Input.Title, row.Input.Kind is { } kind ? Enums.Label(kind) : null, row.Input.PriceExclVat,
        (row.IsNew ? "Nieuw" : "Bijwerken") + (row.Publish switch { true => ", publiceren", false => ", als concept", null => "" }),
    ];

    protected override Task<IReadOnlyList<ImportRowError>> CheckSetAsync(IReadOnlyList<(int Line, Row Row)> rows, ImportRun run, CancellationToken ct)
    {
        var errors = new List<ImportRowError>();
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (line, row) in rows)
        {
            if (firstLine.TryGetValue(row.Reference, out var earlier))
                errors.Add(new(line, $"Eigen code '{row.Reference}' staat dubbel in het bestand: ook op regel {earlier}."));
            else firstLine[row.Reference] = line;
        }
        return Task.FromResult<IReadOnlyList<ImportRowError>>(errors);
    }

    protected override async Task ApplyAsync(IReadOnlyList<Row> rows, ImportRun run, Action<int> rowsApplied, CancellationToken ct)
    {
        var existing = await run.Db.Own(run.Tenant).Where(i => i.SupplierReference != null).ToDictionaryAsync(i => i.SupplierReference!, StringComparer.Ordinal, ct);
        var supplierName = await SupplierItems.SupplierNameAsync(run.Db, run.OrganizationId, ct);
        var now = run.Clock.GetUtcNow();
        var applied = 0;
        foreach (var row in rows)
        {
            var item = existing.GetValueOrDefault(row.Reference) ?? SupplierItems.AddNew(run.Db, run.OrganizationId, supplierName, now);
            row.Input.ApplyTo(item);
            item.UpdatedAt = now;
            if (row.Publish == true) item.Publish(now);
            else if (row.Publish == false && item.IsPublished) item.Withdraw();
            if (++applied % 500 == 0) rowsApplied(applied);
        }
        rowsApplied(applied);
    }
}

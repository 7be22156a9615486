using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Import;

namespace Regie.Web.Features.Schools.Import;

/// <summary>Imports school locations from DUO's open-data CSV ("vestigingen"), mapping columns by header name.</summary>
public sealed partial class SchoolImport : CsvImport<SchoolImport.Row>
{
    public sealed record Row(
        string BoardNumber, string Brin, string LocationNumber, string Name, string? Street, string? HouseNumber,
        string? Postcode, string City, string? Denomination, string? Website)
    {
        public string LocationCode => Brin + LocationNumber;
    }

    private static readonly ImportColumn BoardNumber = new("BEVOEGD GEZAG NUMMER", true);
    private static readonly ImportColumn Brin = new("INSTELLINGSCODE", true, "BRIN NUMMER", "BRINNUMMER");
    private static readonly ImportColumn LocationCode = new("VESTIGINGSCODE", false, "VESTIGINGSNUMMER");
    private static readonly ImportColumn Name = new("VESTIGINGSNAAM", true, "INSTELLINGSNAAM");
    private static readonly ImportColumn Street = new("STRAATNAAM", false);
    private static readonly ImportColumn HouseNumber = new("HUISNUMMER-TOEVOEGING", false, "HUISNUMMER");
    private static readonly ImportColumn Postcode = new("POSTCODE", false);
    private static readonly ImportColumn City = new("PLAATSNAAM", true);
    private static readonly ImportColumn Denomination = new("DENOMINATIE", false);
    private static readonly ImportColumn Website = new("INTERNETADRES", false);

    public override string Kind => "schools";
    public override string Title => "Scholen importeren uit DUO-bestand";
    public override string Policy => Capabilities.ManageSchools;
    public override string ResultPage => "/Schools/Index";
    public override IReadOnlyList<ImportColumn> Columns { get; } =
        [BoardNumber, Brin, LocationCode, Name, Street, HouseNumber, Postcode, City, Denomination, Website];
    protected override IReadOnlyList<string> PreviewColumns { get; } =
        ["Vestigingscode", "Naam", "Adres", "Postcode", "Plaats", "Denominatie"];

    private string? _boardNumber;

    protected override async Task<RowResult> MapAsync(CsvRecord record, ImportRun run, CancellationToken ct)
    {
        _boardNumber ??= await run.Db.Boards.Where(b => b.Id == run.OrganizationId).Select(b => b.BoardNumber).SingleAsync(ct);
        var errors = new List<string>();
        var boardNumber = record[BoardNumber];
        if (boardNumber is null || !FiveDigits().IsMatch(boardNumber))
            errors.Add($"Bevoegd-gezagnummer '{boardNumber}' moet uit 5 cijfers bestaan.");
        else if (boardNumber != _boardNumber)
            return RowResult.Skip(); // DUO files list every board in the country; only our own rows count

        var brin = record[Brin]?.ToUpperInvariant();
        if (brin is null) errors.Add("BRIN (instellingscode) ontbreekt.");
        else if (!School.IsValidBrin(brin)) errors.Add($"BRIN '{brin}' is ongeldig: verwacht 2 cijfers en 2 letters, zoals 18BR.");

        var location = LocationNumberOf(record[LocationCode], brin, errors);
        var name = record[Name];
        if (name is null) errors.Add("Vestigingsnaam ontbreekt.");
        else if (name.Length > 200) errors.Add("Vestigingsnaam is langer dan 200 tekens.");
        var city = record[City];
        if (city is null) errors.Add("Plaatsnaam ontbreekt.");
        var postcode = record[Postcode];
        if (postcode is not null && !School.IsValidPostcode(postcode))
            errors.Add($"Postcode '{postcode}' is ongeldig: verwacht 4 cijfers en 2 letters, zoals 9406 NN.");

        var row = new Row(boardNumber!, brin!, location!, name!, record[Street], record[HouseNumber],
            postcode is null ? null : School.NormalizePostcode(postcode), city is null ? null! : PlaceName.Normalize(city), record[Denomination], WebsiteOf(record[Website]));
        return RowResult.Of(row, errors);
    }

    protected override IEnumerable<string?> PreviewValues(Row row) =>
        [row.LocationCode, row.Name, $"{row.Street} {row.HouseNumber}".Trim(), row.Postcode, row.City, row.Denomination];

    protected override string? Notice(int skipped) => skipped == 0 ? null
        : $"{skipped:N0} regels horen bij andere besturen en worden overgeslagen.";

    protected override async Task<IReadOnlyList<ImportRowError>> CheckSetAsync(
        IReadOnlyList<(int Line, Row Row)> rows, ImportRun run, CancellationToken ct)
    {
        var errors = new List<ImportRowError>();
        var firstLine = new Dictionary<string, int>();
        foreach (var (line, row) in rows)
        {
            if (firstLine.TryGetValue(row.LocationCode, out var earlier))
                errors.Add(new(line, $"Vestiging {row.LocationCode} (BRIN {row.Brin}) staat dubbel in het bestand: ook op regel {earlier}."));
            else firstLine[row.LocationCode] = line;
        }
        var codes = firstLine.Keys.ToList();
        var takenElsewhere = new HashSet<string>();
        foreach (var chunk in codes.Chunk(1000))
            takenElsewhere.UnionWith(await run.Db.Schools.IgnoreQueryFilters()
                .Where(s => chunk.Contains(s.LocationCode) && s.BoardId != run.OrganizationId)
                .Select(s => s.LocationCode).ToListAsync(ct));
        errors.AddRange(rows.Where(r => takenElsewhere.Contains(r.Row.LocationCode))
            .Select(r => new ImportRowError(r.Line, $"Vestiging {r.Row.LocationCode} is al geregistreerd bij een ander bestuur.")));
        return errors;
    }

    protected override async Task ApplyAsync(IReadOnlyList<Row> rows, ImportRun run, Action<int> rowsApplied, CancellationToken ct)
    {
        var existing = await run.Db.Schools.ToDictionaryAsync(s => s.LocationCode, ct);
        var applied = 0;
        foreach (var row in rows)
        {
            if (!existing.TryGetValue(row.LocationCode, out var school))
            {
                school = new School { BoardId = run.OrganizationId };
                school.SetCode(row.Brin, row.LocationNumber);
                run.Db.Schools.Add(school);
            }
            school.Name = row.Name;
            school.Street = row.Street;
            school.HouseNumber = row.HouseNumber;
            school.Postcode = row.Postcode;
            school.City = row.City;
            school.Denomination = row.Denomination ?? school.Denomination;
            school.Website = row.Website ?? school.Website;
            if (++applied % 1000 == 0)
            {
                await run.Db.SaveChangesAsync(ct);
                rowsApplied(applied);
            }
        }
        rowsApplied(applied);
    }

    private static string? LocationNumberOf(string? value, string? brin, List<string> errors)
    {
        if (value is null) return "00";
        value = value.ToUpperInvariant();
        if (School.IsValidLocationNumber(value)) return value;
        if (value.Length == 6 && School.IsValidLocationNumber(value[4..]))
        {
            if (brin is null || value.StartsWith(brin, StringComparison.Ordinal)) return value[4..];
            errors.Add($"Vestigingscode '{value}' begint niet met BRIN '{brin}'.");
            return null;
        }
        errors.Add($"Vestigingscode '{value}' is ongeldig: verwacht BRIN plus 2 cijfers, zoals 18BR00.");
        return null;
    }

    private static string? WebsiteOf(string? value) =>
        value is null ? null : value.Contains("://", StringComparison.Ordinal) ? value : "https://" + value.ToLowerInvariant();

    [GeneratedRegex("^[0-9]{5}$")] private static partial Regex FiveDigits();
}

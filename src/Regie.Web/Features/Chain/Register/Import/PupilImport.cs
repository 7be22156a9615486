using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Chain.Pseudonyms;
using Regie.Web.Features.Schools;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Import;
using Regie.Web.Infrastructure.Sealing;

namespace Regie.Web.Features.Chain.Register.Import;

/// <summary>
/// Imports one school's pupils from the student administration: a CSV or xlsx export, or a UWLR-shaped leerlinggegevens
/// XML. Messages name the row and the field, never a pupil's number, ECK iD or date of birth.
/// </summary>
public sealed partial class PupilImport(
    RegieDbContext db, ChainAccess access, PseudonymService pseudonyms, FirstLevelHasher hasher, Sealer sealer) : CsvImport<PupilRow>, IImportTemplate
{
    public const string ImportKind = "pupil-register";
    private const int NameLength = 100, PrefixLength = 30, FamilyNameLength = 150, KeyLength = 40;
    private static readonly string[] DateFormats = ["dd-MM-yyyy", "d-M-yyyy", "yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    private School? _school;
    private DateOnly _today;
    private (int New, int Known, int Returning, int Archived, List<int> MovingLines) _summary;

    public override string Kind => ImportKind;
    public override string Title => "Leerlingen importeren uit de leerlingadministratie";
    public override string Policy => Capabilities.ManagePupilRegister;
    public override string ResultPage => "/Chain/Register/School";
    public override bool RequiresContext => true;
    public override IReadOnlyList<ImportColumn> Columns => PupilColumns.All;
    public override string OtherFormats =>
        "Of een leerlinggegevensbestand in het UWLR-formaat (.xml) uit de leerlingadministratie, voor deze school. Per leerling is een BSN of onderwijsnummer nodig.";
    public override string Accept => base.Accept + ",.xml,text/xml,application/xml";
    protected override IReadOnlyList<string> PreviewColumns { get; } =
        ["Leerlingnummer", "Naam", "Groep", "Jaargroep", "ECK iD", "Wat er gebeurt"];

    public string TemplateName => "leerlingen-voorbeeld";
    public IReadOnlyList<IReadOnlyList<string>> ExampleRows { get; } =
    [
        ["1001", "111222333", "", "Sanne", "van", "Dijk", "5A", "Groep 5A", "5", "14-03-2017", ""],
        ["1002", "", "100000004", "Mohammed", "", "El Amrani", "5A", "Groep 5A", "5", "2017-09-02", ""],
    ];

    public override async Task<string?> ContextNameAsync(Guid contextId, CancellationToken ct) =>
        (await access.RegisterSchoolsAsync(ct)).Contains(contextId)
            ? await db.Schools.Where(s => s.Id == contextId).Select(s => s.Name).SingleOrDefaultAsync(ct)
            : null;

    protected override async Task<CsvFile> OpenAsync(byte[] content, ImportRun run, CancellationToken ct)
    {
        _today = DateOnly.FromDateTime(run.Clock.GetLocalNow().DateTime);
        _school = run.ContextId is { } id && (await access.RegisterSchoolsAsync(ct)).Contains(id)
            ? await run.Db.Schools.SingleOrDefaultAsync(s => s.Id == id, ct)
            : null;
        if (_school is null)
            return CsvFile.Failed("U houdt de leerlingen van deze school niet (meer) bij. Vraag de beheerder van uw bestuur om een schoolrol.");
        return LeerlinggegevensXml.LooksLikeXml(content) ? LeerlinggegevensXml.Open(content, Columns, _school) : CsvSource.Open(content, Columns);
    }

    protected override Task<RowResult> MapAsync(CsvRecord record, ImportRun run, CancellationToken ct)
    {
        var errors = new List<string>();
        var pupilNumber = Required(record, PupilColumns.PupilNumber, "Leerlingnummer", KeyLength, errors);
        var given = Required(record, PupilColumns.GivenName, "Roepnaam", NameLength, errors);
        var family = Required(record, PupilColumns.FamilyName, "Achternaam", FamilyNameLength, errors);
        var prefix = record[PupilColumns.Prefix];
        if (prefix?.Length > PrefixLength) errors.Add($"Tussenvoegsel is langer dan {PrefixLength} tekens.");
        var groupKey = Required(record, PupilColumns.Group, "Groep", KeyLength, errors);
        var groupName = record[PupilColumns.GroupName];
        if (groupName?.Length > NameLength) errors.Add($"Groepsnaam is langer dan {NameLength} tekens.");

        var number = NumberOf(record, errors);
        var yearGroup = YearGroupOf(record[PupilColumns.YearGroup], errors);
        var born = DateOfBirthOf(record[PupilColumns.DateOfBirth], errors);
        var eckId = record[PupilColumns.EckId];
        if (eckId is not null && !EckId.IsValid(eckId))
            errors.Add("ECK iD is ongeldig: verwacht https://ketenid.nl/201703/ gevolgd door 128 tekens 0-9 en a-f.");
        if (errors.Count > 0) return Task.FromResult(RowResult.Of(null, errors));

        return Task.FromResult(RowResult.Of(new PupilRow
        {
            PupilNumber = pupilNumber!, Number = number!.Value.Number, Kind = number.Value.Kind,
            NumberLookup = pseudonyms.NumberLookup(number.Value.Number),
            GivenName = given!, Prefix = prefix, FamilyName = family!,
            GroupKey = groupKey!, GroupName = groupName, YearGroup = yearGroup, DateOfBirth = born,
            EckId = eckId, EckIdLookup = eckId is null ? null : pseudonyms.EckIdLookup(eckId),
        }, errors));
    }

    protected override IEnumerable<string?> PreviewValues(PupilRow row) =>
    [
        row.PupilNumber, row.FullName, row.GroupName is null ? row.GroupKey : $"{row.GroupKey} ({row.GroupName})",
        row.YearGroup?.ToString(CultureInfo.InvariantCulture), row.EckId is null ? "nee" : "ja",
        row.Status switch
        {
            PupilRowStatus.Known => "Bekend, wordt bijgewerkt",
            PupilRowStatus.Moves => "Komt over van een andere school van het bestuur",
            PupilRowStatus.Returns => "Was gearchiveerd, wordt weer actief",
            _ => "Nieuw",
        },
    ];

    protected override string? Notice(int skipped)
    {
        var (fresh, known, returning, archived, moving) = _summary;
        var parts = new List<string> { $"{fresh:N0} nieuwe {(fresh == 1 ? "leerling" : "leerlingen")}", $"{known:N0} al bekend" };
        if (returning > 0) parts.Add($"{returning:N0} weer actief");
        if (moving.Count > 0)
            parts.Add($"{moving.Count:N0} {(moving.Count == 1 ? "komt" : "komen")} over van een andere school van het bestuur (regel {string.Join(", ", moving.Take(20))}{(moving.Count > 20 ? " …" : "")})");
        var text = string.Join(", ", parts) + ".";
        return archived == 0 ? text
            : $"{text} {archived:N0} {(archived == 1 ? "leerling staat" : "leerlingen staan")} niet meer in het bestand en {(archived == 1 ? "wordt" : "worden")} gearchiveerd.";
    }

    private static string? Required(CsvRecord record, ImportColumn column, string label, int maxLength, List<string> errors)
    {
        var value = record[column];
        if (value is null) errors.Add($"{label} ontbreekt.");
        else if (value.Length > maxLength) errors.Add($"{label} is langer dan {maxLength} tekens.");
        return value;
    }

    /// <summary>The BSN or onderwijsnummer; the message names the field, never the number.</summary>
    private static (string Number, PupilNumberKind Kind)? NumberOf(CsvRecord record, List<string> errors)
    {
        var bsn = record[PupilColumns.Bsn];
        var onderwijsnummer = record[PupilColumns.Onderwijsnummer];
        if (bsn is null && onderwijsnummer is null)
        {
            errors.Add("BSN of onderwijsnummer ontbreekt: elke leerling heeft er één nodig.");
            return null;
        }
        if (bsn is not null)
        {
            if (PupilNumbers.Parse(bsn) is { } parsed) return parsed;
            errors.Add("BSN is ongeldig: het voldoet niet aan de elfproef of heeft niet 9 cijfers.");
            return null;
        }
        if (PupilNumbers.Parse(onderwijsnummer) is { Kind: PupilNumberKind.Onderwijsnummer } number) return number;
        errors.Add("Onderwijsnummer is ongeldig: het begint met 10, heeft 9 cijfers en voldoet aan de elfproef voor onderwijsnummers.");
        return null;
    }

    private static int? YearGroupOf(string? value, List<string> errors)
    {
        if (value is null) return null;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1 and <= 8) return year;
        errors.Add("Jaargroep moet een getal van 1 tot en met 8 zijn.");
        return null;
    }

    private DateOnly? DateOfBirthOf(string? value, List<string> errors)
    {
        if (value is null) return null;
        if (!DateOnly.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add("Geboortedatum is geen geldige datum: gebruik dd-mm-jjjj of jjjj-mm-dd.");
            return null;
        }
        if (date > _today) errors.Add("Geboortedatum ligt in de toekomst.");
        else if (date < _today.AddYears(-25)) errors.Add("Geboortedatum ligt meer dan 25 jaar terug: controleer de datum.");
        return date;
    }
}

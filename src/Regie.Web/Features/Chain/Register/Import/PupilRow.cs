using Regie.Web.Infrastructure.Import;

namespace Regie.Web.Features.Chain.Register.Import;

/// <summary>The fields of a pupil export; the CSV header names them, the XML reader yields the same names.</summary>
public static class PupilColumns
{
    public static readonly ImportColumn PupilNumber = new("leerlingnummer", true);
    public static readonly ImportColumn Bsn = new("bsn", false, "burgerservicenummer");
    public static readonly ImportColumn Onderwijsnummer = new("onderwijsnummer", false);
    public static readonly ImportColumn GivenName = new("roepnaam", true, "voornaam");
    public static readonly ImportColumn Prefix = new("tussenvoegsel", false, "voorvoegsel");
    public static readonly ImportColumn FamilyName = new("achternaam", true);
    public static readonly ImportColumn Group = new("groep", true, "groepscode");
    public static readonly ImportColumn GroupName = new("groepsnaam", false);
    public static readonly ImportColumn YearGroup = new("jaargroep", false, "leerjaar");
    public static readonly ImportColumn DateOfBirth = new("geboortedatum", false);
    public static readonly ImportColumn EckId = new("eckid", false, "eck-id", "eck id");

    public static readonly IReadOnlyList<ImportColumn> All =
        [PupilNumber, Bsn, Onderwijsnummer, GivenName, Prefix, FamilyName, Group, GroupName, YearGroup, DateOfBirth, EckId];
}

/// <summary>What the whole-file check found out about a row.</summary>
public enum PupilRowStatus
{
    New = 1,
    Known = 2,
    /// <summary>Registered at another school of the same board: the pupil moves here.</summary>
    Moves = 3,
    /// <summary>Archived at this school before and back in the export.</summary>
    Returns = 4,
}

/// <summary>
/// One checked pupil. The national number lives only here, in memory, for the first-level hash of a new pupil;
/// what is stored is its lookup hash.
/// </summary>
public sealed class PupilRow
{
    public required string PupilNumber { get; init; }
    public required string Number { get; init; }
    public required PupilNumberKind Kind { get; init; }
    public required string NumberLookup { get; init; }
    public required string GivenName { get; init; }
    public string? Prefix { get; init; }
    public required string FamilyName { get; init; }
    public required string GroupKey { get; init; }
    public string? GroupName { get; init; }
    public int? YearGroup { get; init; }
    public DateOnly? DateOfBirth { get; init; }
    public string? EckId { get; init; }
    public string? EckIdLookup { get; init; }
    public PupilRowStatus Status { get; set; } = PupilRowStatus.New;

    public string FullName => string.Join(' ', new[] { GivenName, Prefix, FamilyName }.Where(p => !string.IsNullOrWhiteSpace(p)));
}

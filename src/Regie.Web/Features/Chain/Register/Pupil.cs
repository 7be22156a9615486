using System.ComponentModel.DataAnnotations;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Audit;

namespace Regie.Web.Features.Chain.Register;

/// <summary>
/// A pupil of one school, as imported from the student administration. The BSN or onderwijsnummer itself is never
/// stored: only the first-level hash (the input to the national number service) and a keyed lookup hash that finds the
/// pupil again at the next import without a second scrypt. An ECK iD from the export is kept sealed.
/// </summary>
public sealed class Pupil : IAudited, IVersioned, IArchivable, IBoardOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid BoardId { get; init; }
    public Guid SchoolId { get; set; }
    public Guid? GroupId { get; set; }

    /// <summary>The school's own pupil number in its administration system.</summary>
    [Display(Name = "Leerlingnummer")] public string PupilNumber { get; set; } = "";
    [Display(Name = "Roepnaam")] public string GivenName { get; set; } = "";
    [Display(Name = "Tussenvoegsel")] public string? FamilyNamePrefix { get; set; }
    [Display(Name = "Achternaam")] public string FamilyName { get; set; } = "";
    [Display(Name = "Geboortedatum"), AuditRedacted] public DateOnly? DateOfBirth { get; set; }
    [Display(Name = "Jaargroep")] public int? YearGroup { get; set; }

    [Display(Name = "Soort nummer")] public PupilNumberKind NumberKind { get; set; }
    /// <summary>HMAC of the normalised number under the pseudonymisation service's lookup key: matches re-imports cheaply.</summary>
    [AuditRedacted] public string NumberLookup { get; set; } = "";
    /// <summary>scrypt of the lower-cased number with the environment's salt, 64 lower-case hex characters.</summary>
    [AuditRedacted] public string FirstLevelHash { get; set; } = "";
    /// <summary>The ECK iD, sealed; never readable from the database.</summary>
    public byte[]? EckIdSealed { get; set; }
    /// <summary>HMAC of the ECK iD, so a delivery keyed by ECK iD finds its pupil without opening every seal.</summary>
    [AuditRedacted] public string? EckIdLookup { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    [Display(Name = "Gearchiveerd op")] public DateTimeOffset? ArchivedAt { get; private set; }
    public int Version { get; set; }

    public string FullName => string.Join(' ', new[] { GivenName, FamilyNamePrefix, FamilyName }.Where(p => !string.IsNullOrWhiteSpace(p)));
    public string SortName => string.Join(' ', new[] { FamilyName, FamilyNamePrefix, GivenName }.Where(p => !string.IsNullOrWhiteSpace(p)));

    public void Archive(DateTimeOffset now) => ArchivedAt ??= now;
    public void Restore() => ArchivedAt = null;

    public static string SealContext(Guid pupilId) => $"pupil:{pupilId:N}:eck-id";
}

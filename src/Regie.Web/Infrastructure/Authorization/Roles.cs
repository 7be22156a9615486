using System.Security.Cryptography;
using System.Text;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Infrastructure.Authorization;

/// <summary>The roles of Regie. Keys are stable identifiers; labels are what users read.</summary>
public static class Roles
{
    public const string Executive = "bestuurder";
    public const string Purchaser = "inkoper";
    public const string IctCoordinator = "ict-coordinator";
    public const string SchoolLeader = "schoolleider";
    public const string Teacher = "leraar";
    public const string Supplier = "leverancier";
    public const string Cooperative = "cooperatie";
    public const string PolicyAdviser = "beleidsadviseur";
    public const string Administrator = "beheerder";
    public const string RecognitionCommittee = "erkenningscommissie";

    public static readonly IReadOnlyList<RoleInfo> All =
    [
        new(Executive, "Bestuurder", "Keurt besluiten en budgetten goed.", [OrganizationKind.Board]),
        new(Purchaser, "Inkoper / controller", "Beleid, investeringsplan, inkoop en contracten.", [OrganizationKind.Board]),
        new(IctCoordinator, "ICT-coördinator", "Behoeften, apparaten, licenties en gebruik.", [OrganizationKind.Board]),
        new(SchoolLeader, "Schoolleider", "Alles wat één school aangaat.", [OrganizationKind.Board]),
        new(Teacher, "Leraar", "Behoeften, ervaringen en evaluaties.", [OrganizationKind.Board]),
        new(Administrator, "Beheerder", "Beheert scholen, gebruikers en rollen van de organisatie.",
            [OrganizationKind.Board, OrganizationKind.Supplier, OrganizationKind.Cooperative, OrganizationKind.SectorOffice, OrganizationKind.Platform]),
        new(Supplier, "Leverancier", "Onderhoudt het profiel en het aanbod van de leverancier.", [OrganizationKind.Supplier]),
        new(Cooperative, "Coöperatie", "Bundelt de vraag van aangesloten besturen.", [OrganizationKind.Cooperative]),
        new(PolicyAdviser, "Beleidsadviseur", "Kijkt op sectorniveau naar voorzieningen en besturen.", [OrganizationKind.SectorOffice]),
        new(RecognitionCommittee, "Erkenningscommissie", "Beoordeelt producten en diensten voor erkenning.", [OrganizationKind.Platform]),
    ];

    public static RoleInfo? Find(string key) => All.FirstOrDefault(r => r.Key == key);

    public static string Label(string key) => Find(key)?.Label ?? key;

    public static IEnumerable<RoleInfo> For(OrganizationKind kind) => All.Where(r => r.Kinds.Contains(kind));

    /// <summary>Deterministic role ids keep seeded data and migrations stable across databases.</summary>
    public static Guid IdOf(string key) => new(SHA256.HashData(Encoding.UTF8.GetBytes("regie-role:" + key)).AsSpan(0, 16));
}

public sealed record RoleInfo(string Key, string Label, string Description, IReadOnlyList<OrganizationKind> Kinds);

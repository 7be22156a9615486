using System.ComponentModel.DataAnnotations;
using Regie.Web.Data;

namespace Regie.Web.Infrastructure.Tenancy;

public enum OrganizationKind
{
    Board = 1,
    Supplier = 2,
    Cooperative = 3,
    SectorOffice = 4,
    /// <summary>Regie itself: moderates the market, verifies compliance facts, hosts the recognition committee.</summary>
    Platform = 5,
}

public enum EducationSector
{
    [Display(Name = "Primair onderwijs")] Primary = 1,
    [Display(Name = "Voortgezet onderwijs")] Secondary = 2,
    [Display(Name = "Speciaal onderwijs")] Special = 3,
}

/// <summary>A tenant: every user belongs to exactly one organization.</summary>
public abstract class Organization : IAudited, IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public OrganizationKind Kind { get; protected init; }

    [Display(Name = "Naam")] public string Name { get; set; } = "";
    [Display(Name = "Plaats")] public string? City { get; set; }
    [Display(Name = "E-mailadres")] public string? Email { get; set; }
    [Display(Name = "Telefoonnummer")] public string? Phone { get; set; }
    [Display(Name = "Website")] public string? Website { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public int Version { get; set; }
}

public sealed class Board : Organization
{
    public Board() => Kind = OrganizationKind.Board;

    [Display(Name = "Bevoegd-gezagnummer")] public string BoardNumber { get; set; } = "";
    [Display(Name = "Sector")] public EducationSector Sector { get; set; }
    [Display(Name = "Coöperatie")] public Guid? CooperativeId { get; set; }
    [Display(Name = "Naam tonen aan coöperatie")] public bool ShowNameToCooperative { get; set; } = true;
}

public sealed class Supplier : Organization
{
    public Supplier() => Kind = OrganizationKind.Supplier;

    [Display(Name = "KvK-nummer")] public string? ChamberOfCommerceNumber { get; set; }
    [Display(Name = "Omschrijving")] public string? Description { get; set; }
    [Display(Name = "Contactpersoon")] public string? ContactName { get; set; }
}

public sealed class Cooperative : Organization
{
    public Cooperative() => Kind = OrganizationKind.Cooperative;
}

/// <summary>A sector-level organization whose policy advisers look across boards.</summary>
public sealed class SectorOffice : Organization
{
    public SectorOffice() => Kind = OrganizationKind.SectorOffice;
}

/// <summary>The organization that runs Regie; its users moderate the market and sit on the recognition committee.</summary>
public sealed class PlatformOrganization : Organization
{
    public PlatformOrganization() => Kind = OrganizationKind.Platform;
}

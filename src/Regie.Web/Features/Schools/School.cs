using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Schools;

/// <summary>A school location (vestiging) of a board, identified by BRIN plus location number.</summary>
public sealed partial class School : IAudited, IVersioned, IArchivable, IStampedPerBoard
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid BoardId { get; init; }

    private string _name = "";
    private string _city = "";

    [Display(Name = "Naam")]
    public string Name { get => _name; set { _name = value; RefreshSearchText(); } }
    [Display(Name = "BRIN")] public string Brin { get; set; } = "";
    [Display(Name = "Vestigingsnummer")] public string LocationNumber { get; set; } = "00";
    [Display(Name = "Straat")] public string? Street { get; set; }
    [Display(Name = "Huisnummer")] public string? HouseNumber { get; set; }
    [Display(Name = "Postcode")] public string? Postcode { get; set; }
    [Display(Name = "Plaats")]
    public string City { get => _city; set { _city = value; RefreshSearchText(); } }
    [Display(Name = "Denominatie")] public string? Denomination { get; set; }
    [Display(Name = "Website")] public string? Website { get; set; }
    [Display(Name = "Aantal leerlingen")] public int? PupilCount { get; set; }

    /// <summary>The DUO vestigingscode, unique across the country.</summary>
    public string LocationCode { get; private set; } = "";

    /// <summary>Name, place and code in lower case without accents, so "elck" finds "Ëlckerlyc" with one LIKE on one column.</summary>
    public string SearchText { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
    [Display(Name = "Gearchiveerd op")] public DateTimeOffset? ArchivedAt { get; private set; }
    public int Version { get; set; }

    public bool IsArchived => ArchivedAt is not null;

    public void SetCode(string brin, string locationNumber)
    {
        Brin = brin.Trim().ToUpperInvariant();
        LocationNumber = locationNumber.Trim();
        LocationCode = Brin + LocationNumber;
        RefreshSearchText();
    }

    private void RefreshSearchText() => SearchText = SearchTerms.Normalize($"{_name} {_city} {LocationCode}");

    public void Archive(DateTimeOffset now)
    {
        if (IsArchived) throw new InvalidOperationException("School is already archived.");
        ArchivedAt = now;
    }

    public void Restore()
    {
        if (!IsArchived) throw new InvalidOperationException("School is not archived.");
        ArchivedAt = null;
    }

    public static bool IsValidBrin(string? brin) => brin is not null && BrinPattern().IsMatch(brin.Trim().ToUpperInvariant());
    public static bool IsValidLocationNumber(string? number) => number is not null && LocationPattern().IsMatch(number.Trim());
    public static bool IsValidPostcode(string? postcode) => postcode is not null && PostcodePattern().IsMatch(postcode.Trim());

    /// <summary>Normalises "1234ab" and "1234 AB" to "1234 AB".</summary>
    public static string NormalizePostcode(string postcode)
    {
        var compact = postcode.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        return compact.Length == 6 ? compact[..4] + " " + compact[4..] : postcode.Trim();
    }

    [GeneratedRegex("^[0-9]{2}[A-Z]{2}$")] private static partial Regex BrinPattern();
    [GeneratedRegex("^[0-9]{2}$")] private static partial Regex LocationPattern();
    [GeneratedRegex("^[1-9][0-9]{3} ?[A-Za-z]{2}$")] private static partial Regex PostcodePattern();
}

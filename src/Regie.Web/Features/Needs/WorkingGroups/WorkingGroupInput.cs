using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Regie.Web.Features.Needs.WorkingGroups;

/// <summary>The group form, shared by Create and Edit.</summary>
public sealed class WorkingGroupInput
{
    [Display(Name = "Naam"), Required(ErrorMessage = "Vul de naam van de werkgroep in."), StringLength(200, ErrorMessage = "De naam mag niet langer zijn dan 200 tekens.")]
    public string Name { get; set; } = "";

    [Display(Name = "Opdracht en mandaat"), Required(ErrorMessage = "Beschrijf wat de werkgroep doet en wat zij mag besluiten."),
     StringLength(Need.TextMax, ErrorMessage = "Opdracht en mandaat mogen samen niet langer zijn dan 4.000 tekens.")]
    public string Mandate { get; set; } = "";

    public int Version { get; set; }

    public static WorkingGroupInput From(WorkingGroup group) => new() { Name = group.Name, Mandate = group.Mandate, Version = group.Version };

    public void ApplyTo(WorkingGroup group)
    {
        group.Name = Name.Trim();
        group.Mandate = Mandate.Trim();
    }
}

public sealed class MemberInput
{
    [Display(Name = "Collega"), Required(ErrorMessage = "Kies een collega.")]
    public Guid? UserId { get; set; }

    [Display(Name = "Rol in de werkgroep"), StringLength(100, ErrorMessage = "De rol mag niet langer zijn dan 100 tekens.")]
    public string? Role { get; set; }
}

public sealed class NoteInput
{
    public Guid? NoteId { get; set; }

    /// <summary>Text, not DateOnly: a date field posts yyyy-MM-dd, and without one people type 2-11-2026.</summary>
    [Display(Name = "Datum van het overleg"), Required(ErrorMessage = "Vul de datum van het overleg in.")]
    public string? MeetingDate { get; set; }

    [Display(Name = "Verslag"), Required(ErrorMessage = "Schrijf kort wat er besproken is."),
     StringLength(MeetingNoteConfiguration.TextMax, ErrorMessage = "Het verslag mag niet langer zijn dan 8.000 tekens.")]
    public string Text { get; set; } = "";

    [Display(Name = "Besluiten"), StringLength(Need.TextMax, ErrorMessage = "De besluiten mogen niet langer zijn dan 4.000 tekens.")]
    public string? Decisions { get; set; }

    public int Version { get; set; }

    public DateOnly? ParsedDate =>
        DateOnly.TryParseExact(MeetingDate?.Trim(), ["yyyy-MM-dd", "d-M-yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static NoteInput From(MeetingNote note) => new()
    {
        NoteId = note.Id, MeetingDate = note.MeetingDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Text = note.Text, Decisions = note.Decisions, Version = note.Version,
    };
}

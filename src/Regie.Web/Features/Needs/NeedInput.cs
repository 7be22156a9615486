using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Regie.Web.Features.Schools;

namespace Regie.Web.Features.Needs;

/// <summary>The story form, shared by Create and Edit.</summary>
public sealed class NeedInput
{
    public const int RoleMax = 200;

    [Display(Name = "Als"), Required(ErrorMessage = "Vul bij 'Als' in wie de behoefte heeft, bijvoorbeeld 'leraar groep 5'.")]
    [StringLength(RoleMax, ErrorMessage = "'Als' mag niet langer zijn dan 200 tekens.")]
    public string AsRole { get; set; } = "";

    [Display(Name = "wil ik"), Required(ErrorMessage = "Vul bij 'wil ik' in wat u wilt kunnen doen.")]
    [StringLength(Need.StoryPartMax, ErrorMessage = "'wil ik' mag niet langer zijn dan 1.000 tekens.")]
    public string Want { get; set; } = "";

    [Display(Name = "zodat"), Required(ErrorMessage = "Vul bij 'zodat' in wat het oplevert.")]
    [StringLength(Need.StoryPartMax, ErrorMessage = "'zodat' mag niet langer zijn dan 1.000 tekens.")]
    public string SoThat { get; set; } = "";

    [Display(Name = "Pijler"), Required(ErrorMessage = "Kies de pijler van Vier in balans waar de behoefte bij hoort.")]
    public Pillar? Pillar { get; set; }

    [Display(Name = "Prioriteit"), Required(ErrorMessage = "Kies een prioriteit.")]
    public NeedPriority? Priority { get; set; } = NeedPriority.Should;

    public List<Guid> SchoolIds { get; set; } = [];

    /// <summary>The user saw the warning about solution words and saves anyway.</summary>
    public bool ConfirmSolutionWords { get; set; }

    public int Version { get; set; }

    public string Sentence => $"Als {Show(AsRole, "…")} wil ik {Show(Want, "…")} zodat {Show(SoThat, "…")}";

    public static NeedInput From(Need need) => new()
    {
        AsRole = need.AsRole, Want = need.Want, SoThat = need.SoThat, Pillar = need.Pillar, Priority = need.Priority,
        SchoolIds = need.Schools.Select(s => s.SchoolId).ToList(), Version = need.Version,
    };

    public void ApplyTo(Need need)
    {
        need.AsRole = AsRole.Trim();
        need.Want = Want.Trim();
        need.SoThat = SoThat.Trim();
        need.Pillar = Pillar!.Value;
        need.Priority = Priority!.Value;
        var wanted = SchoolIds.Distinct().ToHashSet();
        need.Schools.RemoveAll(s => !wanted.Contains(s.SchoolId));
        foreach (var id in wanted.Where(id => need.Schools.All(s => s.SchoolId != id)))
            need.Schools.Add(new NeedSchool { BoardId = need.BoardId, SchoolId = id });
    }

    /// <summary>Schools must be the board's own; a school archived since the need was written may stay linked.</summary>
    public void Validate(ModelStateDictionary modelState, SchoolListing schools, IEnumerable<Guid> alreadyLinked)
    {
        var allowed = schools.Find(new() { Status = "alle" }).Where(s => s.ArchivedAt is null).Select(s => s.Id)
            .Concat(alreadyLinked).ToHashSet();
        if (SchoolIds.Any(id => !allowed.Contains(id)))
            modelState.AddModelError("SchoolIds", "Kies alleen actieve scholen van uw bestuur.");
        if (Pillar is { } p && !Enum.IsDefined(p)) modelState.AddModelError("Input.Pillar", "Kies een van de vier pijlers.");
        if (Priority is { } q && !Enum.IsDefined(q)) modelState.AddModelError("Input.Priority", "Kies een prioriteit.");
    }

    private static string Show(string? value, string empty) => string.IsNullOrWhiteSpace(value) ? empty : value.Trim();
}

using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Needs;

/// <summary>The form for one of the board's own solution words.</summary>
public sealed class SolutionTermInput
{
    public Guid? Id { get; set; }

    [Display(Name = "Woord"), Required(ErrorMessage = "Vul het woord in.")]
    [StringLength(100, ErrorMessage = "Het woord mag niet langer zijn dan 100 tekens.")]
    public string Term { get; set; } = "";

    [Display(Name = "Soort"), Required(ErrorMessage = "Kies de soort woord.")]
    public SolutionTermKind? Kind { get; set; }

    [Display(Name = "Tip")]
    [StringLength(500, ErrorMessage = "De tip mag niet langer zijn dan 500 tekens.")]
    public string? Hint { get; set; }

    public int Version { get; set; }

    public static SolutionTermInput From(SolutionTerm t) => new() { Id = t.Id, Term = t.Term, Kind = t.Kind, Hint = t.Hint, Version = t.Version };

    public void ApplyTo(SolutionTerm term)
    {
        term.Term = Term.Trim();
        term.Kind = Kind!.Value;
        term.Hint = string.IsNullOrWhiteSpace(Hint) ? null : Hint.Trim();
    }

    /// <summary>A word counts as a duplicate regardless of case and accents, against the base list and the board's own words.</summary>
    public async Task ValidateAsync(ModelStateDictionary modelState, RegieDbContext db, CancellationToken ct)
    {
        if (Kind is { } kind && !Enum.IsDefined(kind)) modelState.AddModelError("Input.Kind", "Kies de soort woord.");
        if (string.IsNullOrWhiteSpace(Term) || !modelState.IsValid) return;
        var key = SearchTerms.Normalize(Term.Trim());
        if (!key.Any(char.IsLetterOrDigit))
        {
            modelState.AddModelError("Input.Term", "Het woord moet minstens één letter of cijfer bevatten.");
            return;
        }
        if (ShippedSolutionWords.All.Any(w => SearchTerms.Normalize(w.Term) == key))
        {
            modelState.AddModelError("Input.Term", $"‘{Term.Trim()}’ staat al in de vaste lijst van Regie.");
            return;
        }
        var own = await db.SolutionTerms.AsNoTracking().Where(t => t.Id != Id).Select(t => new { t.Term, t.ArchivedAt }).ToListAsync(ct);
        if (own.FirstOrDefault(t => SearchTerms.Normalize(t.Term) == key) is { } existing)
            modelState.AddModelError("Input.Term", existing.ArchivedAt is null
                ? $"‘{existing.Term}’ staat al in de lijst van uw bestuur."
                : $"‘{existing.Term}’ staat al in de lijst van uw bestuur, maar is gearchiveerd. Zet het woord terug in plaats van het opnieuw toe te voegen.");
    }
}

using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Features.Schools;

namespace Regie.Web.Features.Market.InUse;

/// <summary>The in-use form, shared by Add and Edit: building block, schools, since when, note.</summary>
public sealed class UseInput
{
    [Display(Name = "Bouwsteen")]
    public BuildingBlocks Block { get; set; }

    public List<Guid> SchoolIds { get; set; } = [];

    [Display(Name = "Alle scholen")]
    public bool AllSchools { get; set; }

    [Display(Name = "In gebruik sinds"), DataType(DataType.Date)]
    public DateOnly? Since { get; set; }

    [Display(Name = "Toelichting"), StringLength(ItemUse.NoteMax, ErrorMessage = "De toelichting mag niet langer zijn dan 2.000 tekens.")]
    public string? Note { get; set; }

    public int Version { get; set; }

    public static UseInput From(ItemUse use) => new()
    {
        Block = use.Block, SchoolIds = use.Schools.Select(s => s.SchoolId).ToList(), Since = use.Since, Note = use.Note, Version = use.Version,
    };

    /// <summary>The first building block the supplier names, so the common case needs no choice.</summary>
    public static BuildingBlocks FirstBlockOf(BuildingBlocks blocks) =>
        InUseOverview.Blocks.FirstOrDefault(b => blocks.HasFlag(b), BuildingBlocks.Content);

    public IReadOnlyList<Guid> ChosenSchools(IReadOnlyList<SchoolListItem> active) =>
        AllSchools ? active.Select(s => s.Id).ToList() : SchoolIds.Distinct().ToList();

    public async Task ValidateAsync(ModelStateDictionary modelState, RegieDbContext db, Guid itemId, Guid? useId, IReadOnlyList<SchoolListItem> active, CancellationToken ct)
    {
        if (!InUseOverview.Blocks.Contains(Block))
            modelState.AddModelError("Input.Block", "Kies de bouwsteen waarvoor uw scholen het product gebruiken.");
        if (SchoolIds.Any(id => active.All(s => s.Id != id)))
            modelState.AddModelError("Input.SchoolIds", "Kies alleen scholen van uw eigen bestuur.");
        if (!modelState.IsValid) return;
        // The list's filter keeps this to the board's own entries, archived ones included.
        var twin = await db.ItemUses.AsNoTracking().Where(u => u.ItemId == itemId && u.Block == Block && u.Id != useId)
            .Select(u => new { u.ArchivedAt }).FirstOrDefaultAsync(ct);
        if (twin is not null)
            modelState.AddModelError("Input.Block", twin.ArchivedAt is null
                ? $"Dit product staat al in de lijst voor {InUseOverview.BlockLabel(Block).ToLowerInvariant()}. Pas die regel aan."
                : $"Dit product staat gearchiveerd in de lijst voor {InUseOverview.BlockLabel(Block).ToLowerInvariant()}. Zet die regel terug onder 'Gearchiveerd'.");
    }

    public void ApplyTo(ItemUse use, IReadOnlyList<SchoolListItem> active)
    {
        use.Block = Block;
        use.Since = Since;
        use.Note = string.IsNullOrWhiteSpace(Note) ? null : Note.Trim();
        use.UseAt(ChosenSchools(active));
    }
}

using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Features.Market.Reviews;

/// <summary>The review form: a score per aspect (0 = "kan ik niet beoordelen"), the text and the context of use.</summary>
public sealed class ReviewInput
{
    public Dictionary<ReviewAspect, int> Ratings { get; set; } = [];

    [Display(Name = "Uw ervaring"), StringLength(Review.TextMax, ErrorMessage = "Uw ervaring mag niet langer zijn dan 4.000 tekens.")]
    public string? Text { get; set; }

    [Display(Name = "Sector")]
    public SchoolSectors Sector { get; set; }

    [Display(Name = "Groep, leerjaar of schooltype")]
    public string? Level { get; set; }

    [Display(Name = "Hoeveel maanden gebruikt u het product?"), Range(0, 600, ErrorMessage = "Vul bij maanden in gebruik een aantal tussen 0 en 600 in.")]
    public int? MonthsOfUse { get; set; }

    [Display(Name = "Toon mijn naam bij deze ervaring")]
    public bool ShowName { get; set; }

    public int? Version { get; set; }

    public static readonly SchoolSectors[] Sectors = [SchoolSectors.Po, SchoolSectors.Vo, SchoolSectors.So, SchoolSectors.Mbo];

    public static ReviewInput From(Review r) => new()
    {
        Ratings = new(r.Ratings), Text = r.Text, Sector = r.ContextSector, Level = r.ContextLevel, MonthsOfUse = r.MonthsOfUse,
        ShowName = r.ShowName, Version = r.Version,
    };

    /// <summary>A new review starts from the sector of the reviewer's board.</summary>
    public static ReviewInput ForBoard(EducationSector? sector) => new()
    {
        Sector = sector switch { EducationSector.Primary => SchoolSectors.Po, EducationSector.Secondary => SchoolSectors.Vo, EducationSector.Special => SchoolSectors.So, _ => SchoolSectors.None },
    };

    /// <summary>The ratings the author gave, without the aspects marked "kan ik niet beoordelen".</summary>
    public Dictionary<ReviewAspect, int> GivenRatings() => Ratings.Where(r => r.Value != 0).ToDictionary();

    public string CleanText => (Text ?? "").Trim();
    public string? CleanLevel => string.IsNullOrWhiteSpace(Level) ? null : Level.Trim();

    public void Validate(ModelStateDictionary modelState)
    {
        foreach (var (aspect, score) in Ratings)
            if (!Enum.IsDefined(aspect) || score is < 0 or > 5)
                modelState.AddModelError($"Input.Ratings[{aspect}]", "Kies een score van 1 tot en met 5, of 'kan ik niet beoordelen'.");
        if (modelState.IsValid && GivenRatings().Count == 0)
            modelState.AddModelError($"Input.Ratings[{ReviewAspect.Didactics}]", "Geef ten minste één onderdeel een score van 1 tot en met 5.");
        if (!Sectors.Contains(Sector))
            modelState.AddModelError("Input.Sector", "Kies de sector waarin u het product gebruikt.");
        if (CleanLevel is { } level && !ReviewLevels.IsKnown(level))
            modelState.AddModelError("Input.Level", "Kies een groep, leerjaar of schooltype uit de lijst.");
    }

    public void ApplyTo(Review review, DateTimeOffset now) =>
        review.Write(GivenRatings(), CleanText, Sector, CleanLevel, MonthsOfUse, ShowName, now);
}

using Regie.Web.Features.Procurement.Evaluation;
using Regie.Web.Features.Procurement.Projects;
using Regie.Web.Infrastructure;
using Regie.Web.Infrastructure.Export;

namespace Regie.Web.Features.Procurement.Offers;

/// <summary>The opened offers as a spreadsheet: one row per offer, one column per requirement; prices once they are open.</summary>
public static class OfferExport
{
    public static IReadOnlyList<ExportColumn<OpenedOffer>> Columns(OfferOverview overview)
    {
        var columns = new List<ExportColumn<OpenedOffer>>
        {
            new("Inschrijver", o => o.Offer.SupplierName),
            new("Status", o => Enums.Label(o.Offer.Status)),
            new("Revisie", o => o.Offer.Revision, ExportKind.Number),
            new("Ingediend op", o => o.Offer.SubmittedAt, ExportKind.DateTime),
            new("Voldoet aan alle knock-outeisen", o => o.FailedKnockOuts.Count == 0 ? "ja" : "nee"),
            new("Reden van uitsluiting", o => o.Offer.ExclusionReason),
        };
        foreach (var requirement in overview.Requirements)
            columns.Add(new($"{requirement.Code} {Shorten(requirement.Text)}", o => Answer(requirement, o.Quality)));
        columns.Add(new("Toelichting kwaliteit", o => o.Quality?.Notes));
        columns.Add(new("Eenmalig (excl. btw)", o => o.Price is { } p ? PriceQualityScoring.OneOff(p) : null, ExportKind.Number));
        columns.Add(new("Per jaar (excl. btw)", o => o.Price is { } p ? PriceQualityScoring.Yearly(p) : null, ExportKind.Number));
        columns.Add(new($"Totaal over {overview.Project.TcoYears} jaar (excl. btw)", o => o.Price is { } p ? PriceQualityScoring.TotalCost(p, overview.Project.TcoYears) : null, ExportKind.Number));
        return columns;
    }

    private static string? Answer(Requirement requirement, OfferQuality? quality)
    {
        var answer = quality?.Answers.FirstOrDefault(a => a.RequirementId == requirement.Id);
        if (requirement.Kind == RequirementKind.Wish) return answer?.Text;
        var meets = answer?.Meets switch { true => "ja", false => "nee", null => "niet beantwoord" };
        return string.IsNullOrEmpty(answer?.Text) ? meets : $"{meets}: {answer.Text}";
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40].TrimEnd() + "…";
}

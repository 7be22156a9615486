using Regie.Web.Features.Procurement.Projects;
using Regie.Web.Infrastructure.Assessments;

namespace Regie.Web.Features.Procurement.Evaluation;

/// <summary>
/// Builds the criteria set an offer's quality is scored against: one criterion per weighted wish, keyed by the wish's
/// code and weighted by its weight.
/// </summary>
public static class OfferCriteria
{
    public const string SubjectKind = "offer";
    public const string OutcomeLevel = "Beoordeeld";

    /// <summary>
    /// 0 to 10, because the quality percentage then reads as the weighted average mark times ten (an offer scoring 7 on
    /// every wish has 70%), and an answer that adds nothing to a wish can earn nothing. Eleven points also leave room
    /// to tell good offers apart, which a five-point scale often cannot.
    /// </summary>
    public static Scale Scale => new(0, 10, new Dictionary<int, string>
    {
        [0] = "Geen antwoord of draagt niets bij",
        [1] = "Zeer zwak: raakt de wens nauwelijks",
        [2] = "Zwak: grote tekorten",
        [3] = "Onvoldoende: meer tekorten dan sterke punten",
        [4] = "Matig: net onder wat we zoeken",
        [5] = "Voldoende: dekt de wens zonder meer",
        [6] = "Ruim voldoende: enkele sterke punten",
        [7] = "Goed: overtuigend en concreet",
        [8] = "Zeer goed: duidelijke meerwaarde",
        [9] = "Uitstekend: vrijwel zonder zwakke punten",
        [10] = "Uitmuntend: overtreft de wens op elk punt",
    });

    /// <summary>A new, unpublished set for the project; publishing it checks weights, evaluators and scale.</summary>
    public static CriteriaSet Build(ProcurementProject project, IEnumerable<Requirement> requirements, DateTimeOffset now)
    {
        var wishes = requirements.Where(r => r.Kind == RequirementKind.Wish && r.ArchivedAt is null).OrderBy(r => r.Order).ThenBy(r => r.Code).ToList();
        var name = $"Beoordeling {project.Reference} {project.Title}";
        return new CriteriaSet
        {
            OrganizationId = project.BoardId,
            Purpose = AssessmentPurpose.Procurement,
            Name = name.Length > CriteriaSetRules.NameMax ? name[..CriteriaSetRules.NameMax] : name,
            Description = "De gewogen wensen uit het programma van eisen van dit inkooptraject.",
            Criteria = wishes.Select(w => new Criterion(w.Code.Trim(), Title(w), w.Text, w.Weight)).ToList(),
            Scale = Scale,
            // Every offer gets a score, not a verdict: one rule that always holds lets the assessment be decided.
            OutcomeRules = [new OutcomeRule(OutcomeLevel, 0, null, 120)],
            RequiredAssessors = project.EvaluatorIds.Distinct().Count(),
            CreatedAt = now,
        };
    }

    private static string Title(Requirement wish)
    {
        var text = wish.Text.ReplaceLineEndings(" ").Trim();
        var title = $"{wish.Code.Trim()} {text}";
        return title.Length <= 120 ? title : title[..117] + "…";
    }
}

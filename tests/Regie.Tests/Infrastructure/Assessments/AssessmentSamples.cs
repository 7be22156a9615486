using Regie.Web.Infrastructure.Assessments;

namespace Regie.Tests.Infrastructure.Assessments;

/// <summary>A small published set: three criteria (one weighing double, one knock-out), a 1–4 scale and three rules.</summary>
public static class AssessmentSamples
{
    public static CriteriaSet Set(int requiredAssessors = 2, bool published = true) => new()
    {
        OrganizationId = Guid.NewGuid(), Purpose = AssessmentPurpose.Recognition, Name = "Proefset", RequiredAssessors = requiredAssessors,
        Criteria =
        [
            new("doel", "Helder doel", "", 1),
            new("effect", "Bewijs van effect", "", 2),
            new("privacy", "Privacy", "", 1, KnockOutBelow: 2),
        ],
        Scale = new(1, 4, new() { [1] = "onvoldoende", [2] = "matig", [3] = "goed", [4] = "sterk" }),
        OutcomeRules =
        [
            new("Hoog", 80, 3, 36),
            new("Midden", 65, null, 36),
            new("Basis", 50, null, 24),
        ],
        PublishedAt = published ? DateTimeOffset.UtcNow : null,
    };

    public static List<CriterionScore> Scores(int doel, int effect, int privacy) =>
        [new("doel", doel, "Toelichting doel"), new("effect", effect, "Toelichting effect"), new("privacy", privacy, "Toelichting privacy")];
}

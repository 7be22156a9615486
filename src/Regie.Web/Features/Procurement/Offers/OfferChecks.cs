using Regie.Web.Features.Procurement.Projects;

namespace Regie.Web.Features.Procurement.Offers;

/// <summary>What a complete offer needs, and which knock-out requirements an opened offer fails.</summary>
public static class OfferChecks
{
    /// <summary>Why the offer cannot be submitted yet, in Dutch; empty when it can.</summary>
    public static IReadOnlyList<string> SubmissionProblems(IReadOnlyList<Requirement> requirements, OfferQuality quality, PriceSheet price)
    {
        var problems = new List<string>();
        foreach (var knockOut in requirements.Where(r => r.Kind == RequirementKind.KnockOut))
            if (quality.Answers.FirstOrDefault(a => a.RequirementId == knockOut.Id)?.Meets is null)
                problems.Add($"Geef bij eis {knockOut.Code} aan of uw aanbod eraan voldoet.");
        if (price.Lines.Count == 0) problems.Add("Vul ten minste één regel in het prijsblad in.");
        return problems;
    }

    /// <summary>The knock-out requirements the offer does not say it meets: a reason to propose exclusion.</summary>
    public static IReadOnlyList<Requirement> FailedKnockOuts(IEnumerable<Requirement> requirements, OfferQuality quality) =>
        requirements.Where(r => r.Kind == RequirementKind.KnockOut)
            .Where(r => quality.Answers.FirstOrDefault(a => a.RequirementId == r.Id)?.Meets != true)
            .ToList();

    /// <summary>The requirements an offer answers: the project's current ones, in order.</summary>
    public static IQueryable<Requirement> Current(IQueryable<Requirement> requirements, Guid projectId) =>
        requirements.Where(r => r.ProjectId == projectId && r.ArchivedAt == null).OrderBy(r => r.Kind).ThenBy(r => r.Order).ThenBy(r => r.Code);
}

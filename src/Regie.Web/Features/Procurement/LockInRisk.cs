using System.ComponentModel.DataAnnotations;
using Regie.Web.Features.Procurement.Projects;

namespace Regie.Web.Features.Procurement;

public enum LockInLevel
{
    [Display(Name = "laag")] Low = 1,
    [Display(Name = "middel")] Medium = 2,
    [Display(Name = "hoog")] High = 3,
}

/// <summary>How hard it would be to leave the supplier later, and which unsettled conditions make it so.</summary>
public sealed record LockInAssessment(LockInLevel Level, IReadOnlyList<string> Reasons);

/// <summary>
/// The lock-in risk of a project or contract follows from the conditions that decide whether the board can leave:
/// taking its data along, open standards, rights of use, and the term with its exit moments.
/// </summary>
public static class LockInRisk
{
    public static LockInAssessment Assess(IEnumerable<ConditionCheck> checks)
    {
        var exitPoints = ConditionTopics.Checklist(checks).Where(c => c.Topic.LocksIn).ToList();
        var notMet = exitPoints.Where(c => c.Check.Status == ConditionStatus.NotMet).ToList();
        var open = exitPoints.Where(c => c.Check.Status == ConditionStatus.Open).ToList();
        var reasons = notMet.Select(c => $"Niet geregeld: {c.Topic.Title.ToLowerInvariant()}.")
            .Concat(open.Select(c => $"Nog niet besproken: {c.Topic.Title.ToLowerInvariant()}."))
            .ToList();
        // Without its data in a readable format a board cannot switch at all, so that point alone makes the risk high.
        var level = notMet.Count >= 2 || notMet.Any(c => c.Topic.Key == ConditionTopics.Portability)
            ? LockInLevel.High
            : notMet.Count + open.Count > 0 ? LockInLevel.Medium : LockInLevel.Low;
        return new(level, reasons);
    }
}

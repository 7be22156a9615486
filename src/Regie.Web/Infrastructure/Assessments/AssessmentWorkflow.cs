using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;

namespace Regie.Web.Infrastructure.Assessments;

/// <summary>Where one assessor stands in the independent round: who has submitted, never what others scored.</summary>
public sealed record AssessorStatus(Guid AssessorId, string Name, bool Submitted);

/// <summary>
/// An assessment as one assessor may see it. Other assessors' scores are only read from the database once the required
/// number of scorings is submitted, so no page can show them early by mistake.
/// </summary>
public sealed record AssessmentSheet(
    Assessment Assessment, CriteriaSet Set, IReadOnlyList<AssessorStatus> Assessors, AssessmentScoring? Mine, IReadOnlyList<AssessmentScoring> Revealed)
{
    public int Submitted => Assessors.Count(a => a.Submitted);
    public bool IsRevealed => Submitted >= Set.RequiredAssessors;
    public bool CanJoin => Mine is null && Assessors.Count < Set.RequiredAssessors && Assessment.Status == AssessmentStatus.Scoring;
    public bool CanScore => Assessment.Status == AssessmentStatus.Scoring && (Mine is { IsSubmitted: false } || CanJoin);

    /// <summary>Criteria on which the independent scores differ, by how many points (highest minus lowest).</summary>
    public int Spread(string criterionKey)
    {
        var scores = Revealed.Select(s => s.ScoreFor(criterionKey)?.Score).OfType<int>().ToList();
        return scores.Count < 2 ? 0 : scores.Max() - scores.Min();
    }
}

public static class AssessmentWorkflow
{
    /// <summary>Reads an assessment (tenant-filtered) for one viewer; null when it is not the viewer's organization's.</summary>
    public static async Task<AssessmentSheet?> SheetAsync(RegieDbContext db, Guid assessmentId, Guid viewerId, CancellationToken ct)
    {
        var assessment = await db.Assessments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == assessmentId, ct);
        if (assessment is null) return null;
        var set = await db.CriteriaSets.AsNoTracking().SingleAsync(s => s.Id == assessment.CriteriaSetId, ct);
        var assessors = await db.AssessmentScorings.AsNoTracking().Where(s => s.AssessmentId == assessmentId)
            .OrderBy(s => s.Id).Select(s => new AssessorStatus(s.AssessorId, s.AssessorName, s.SubmittedAt != null)).ToListAsync(ct);
        var revealed = assessors.Count(a => a.Submitted) >= set.RequiredAssessors;
        var visible = await db.AssessmentScorings.AsNoTracking()
            .Where(s => s.AssessmentId == assessmentId && (s.AssessorId == viewerId || (revealed && s.SubmittedAt != null)))
            .OrderBy(s => s.Id).ToListAsync(ct);
        return new AssessmentSheet(assessment, set, assessors,
            visible.FirstOrDefault(s => s.AssessorId == viewerId),
            revealed ? visible.Where(s => s.SubmittedAt != null).ToList() : []);
    }

    /// <summary>The assessment with all its scorings, tracked, for a lifecycle step; the caller saves.</summary>
    public static async Task<(Assessment Assessment, CriteriaSet Set)?> ForChangeAsync(RegieDbContext db, Guid assessmentId, CancellationToken ct)
    {
        var assessment = await db.Assessments.Include(a => a.Scorings).SingleOrDefaultAsync(a => a.Id == assessmentId, ct);
        if (assessment is null) return null;
        var set = await db.CriteriaSets.AsNoTracking().SingleAsync(s => s.Id == assessment.CriteriaSetId, ct);
        return (assessment, set);
    }
}

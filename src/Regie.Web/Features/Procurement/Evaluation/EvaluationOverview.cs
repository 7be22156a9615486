using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Procurement.Offers;
using Regie.Web.Features.Procurement.Projects;
using Regie.Web.Infrastructure.Assessments;

namespace Regie.Web.Features.Procurement.Evaluation;

/// <summary>Where one offer's quality assessment stands: how many evaluators submitted, never what they scored.</summary>
public sealed record OfferProgress(Guid OfferId, string SupplierName, OfferStatus Status, DateTimeOffset? QualityOpenedAt, Guid? AssessmentId,
    AssessmentStatus? AssessmentStatus, int Submitted, bool SubmittedByMe, decimal? OutcomePercentage, decimal? QualityPercentage, decimal? TcoTotal)
{
    public bool TakesPart => Status == OfferStatus.Submitted;
    public bool IsDecided => AssessmentStatus == Infrastructure.Assessments.AssessmentStatus.Decided;
}

public sealed record Evaluator(Guid Id, string Name);

/// <summary>A project's evaluation as one board user sees it: the offers, their progress and the evaluators.</summary>
public sealed record EvaluationOverview(ProcurementProject Project, IReadOnlyList<OfferProgress> Offers, IReadOnlyList<Evaluator> Evaluators)
{
    public IReadOnlyList<OfferProgress> Participating => Offers.Where(o => o.TakesPart).ToList();
    public bool AllDecided => Participating.Count > 0 && Participating.All(o => o.IsDecided);
    public bool IsEvaluator(Guid userId) => Project.EvaluatorIds.Contains(userId);

    public static async Task<EvaluationOverview?> LoadAsync(RegieDbContext db, Guid projectId, Guid viewerId, CancellationToken ct)
    {
        var project = await db.ProcurementProjects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == projectId, ct);
        if (project is null) return null;
        // Counts and the viewer's own state only; scores are read through AssessmentWorkflow.SheetAsync, which hides them until all are in.
        var offers = await db.Offers.AsNoTracking()
            .Where(o => o.ProjectId == projectId && (o.Status == OfferStatus.Submitted || o.Status == OfferStatus.Excluded))
            .OrderBy(o => o.SupplierName)
            .Select(o => new
            {
                o.Id, o.SupplierName, o.Status, o.QualityOpenedAt, o.AssessmentId, o.QualityPercentage, o.TcoTotal,
                Assessment = db.Assessments.Where(a => a.Id == o.AssessmentId)
                    .Select(a => new { a.Status, a.OutcomePercentage, Submitted = a.Scorings.Count(s => s.SubmittedAt != null), Mine = a.Scorings.Any(s => s.AssessorId == viewerId && s.SubmittedAt != null) })
                    .FirstOrDefault(),
            })
            .ToListAsync(ct);
        var evaluatorIds = project.EvaluatorIds;
        var evaluators = await db.Users.AsNoTracking()
            .Where(u => u.OrganizationId == project.BoardId && evaluatorIds.Contains(u.Id))
            .OrderBy(u => u.DisplayName).Select(u => new Evaluator(u.Id, u.DisplayName)).ToListAsync(ct);
        return new EvaluationOverview(project,
            offers.Select(o => new OfferProgress(o.Id, o.SupplierName, o.Status, o.QualityOpenedAt, o.AssessmentId, o.Assessment?.Status,
                o.Assessment?.Submitted ?? 0, o.Assessment?.Mine ?? false, o.Assessment?.OutcomePercentage, o.QualityPercentage, o.TcoTotal)).ToList(),
            evaluators);
    }
}

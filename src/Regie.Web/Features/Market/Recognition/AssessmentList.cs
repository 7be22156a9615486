using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Infrastructure;
using Regie.Web.Infrastructure.Assessments;
using Regie.Web.Infrastructure.Export;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Market.Recognition;

public sealed record AssessmentRow(
    Guid Id, string SubjectTitle, string SetName, int Edition, AssessmentStatus Status, int Submitted, int Required,
    string? OutcomeLevel, decimal? OutcomePercentage, DateOnly? ValidUntil, DateTimeOffset CreatedAt);

/// <summary>The committee's recognition assessments, filtered by status ("" = open, "besloten", "gestopt", "alle") and title.</summary>
public static class AssessmentList
{
    public static readonly IReadOnlyList<(string Key, string Label)> Filters =
        [("", "Lopende beoordelingen"), ("besloten", "Besloten"), ("gestopt", "Gestopt"), ("alle", "Alle beoordelingen")];

    public static readonly IReadOnlyList<ExportColumn<AssessmentRow>> ExportColumns =
    [
        new("Onderwerp", r => r.SubjectTitle),
        new("Criteriaset", r => $"{r.SetName} (editie {r.Edition})"),
        new("Status", r => r.Status),
        new("Ingediende beoordelingen", r => r.Submitted, ExportKind.Number),
        new("Vereiste beoordelingen", r => r.Required, ExportKind.Number),
        new("Uitkomst", r => r.Status == AssessmentStatus.Decided ? r.OutcomeLevel ?? "Niet erkend" : null),
        new("Gewogen score (%)", r => r.OutcomePercentage, ExportKind.Number),
        new("Geldig tot", r => r.ValidUntil, ExportKind.Date),
        new("Gestart op", r => r.CreatedAt, ExportKind.Date),
    ];

    public static async Task<List<AssessmentRow>> FindAsync(RegieDbContext db, ListState state, CancellationToken ct)
    {
        var query = db.Assessments.AsNoTracking().Where(a => a.SubjectKind == RecognitionSubject.Kind);
        query = state.Status switch
        {
            "besloten" => query.Where(a => a.Status == AssessmentStatus.Decided),
            "gestopt" => query.Where(a => a.Status == AssessmentStatus.Cancelled),
            "alle" => query,
            _ => query.Where(a => a.Status == AssessmentStatus.Scoring || a.Status == AssessmentStatus.Consensus),
        };
        if (state.Search is { } search)
        {
            var term = search.ToLowerInvariant();
            query = query.Where(a => a.SubjectTitle.ToLower().Contains(term));
        }
        var rows = await query
            .Join(db.CriteriaSets, a => a.CriteriaSetId, s => s.Id, (a, s) => new AssessmentRow(
                a.Id, a.SubjectTitle, s.Name, s.Edition, a.Status, a.Scorings.Count(x => x.SubmittedAt != null), s.RequiredAssessors,
                a.OutcomeLevel, a.OutcomePercentage, a.ValidUntil, a.CreatedAt))
            .ToListAsync(ct);
        // Newest first; sorted here because SQLite cannot order by a date with an offset.
        return rows.OrderByDescending(r => r.CreatedAt).ToList();
    }

    public static string StatusText(AssessmentRow row) => row.Status switch
    {
        AssessmentStatus.Scoring => $"{Enums.Label(row.Status)} ({row.Submitted} van {row.Required} ingediend)",
        _ => Enums.Label(row.Status),
    };
}

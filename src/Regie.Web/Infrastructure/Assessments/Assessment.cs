using System.ComponentModel.DataAnnotations;
using Regie.Web.Data;

namespace Regie.Web.Infrastructure.Assessments;

public enum AssessmentStatus
{
    /// <summary>Assessors score independently and cannot see each other's scores.</summary>
    [Display(Name = "Beoordelen")] Scoring = 1,
    /// <summary>All independent scores are in; the assessors agree on one score per criterion.</summary>
    [Display(Name = "Consensus")] Consensus = 2,
    [Display(Name = "Besloten")] Decided = 3,
    [Display(Name = "Gestopt")] Cancelled = 4,
}

public sealed record CriterionScore(string CriterionKey, int Score, string Rationale);

/// <summary>
/// One assessment of one subject (a catalogue item, an offer, a supplier) against a criteria set, run by an organization.
/// The subject is named by kind and id so any module can use the engine.
/// </summary>
public sealed class Assessment : IAudited, IVersioned, IOrganizationOwned
{
    public const int ReasoningMax = 8000;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; init; }
    public Guid CriteriaSetId { get; init; }
    /// <summary>"catalog-item" for recognition; later modules add their own kinds.</summary>
    public string SubjectKind { get; init; } = "";
    public Guid SubjectId { get; init; }
    [Display(Name = "Onderwerp")] public string SubjectTitle { get; set; } = "";
    [Display(Name = "Status")] public AssessmentStatus Status { get; set; } = AssessmentStatus.Scoring;
    public List<CriterionScore> ConsensusScores { get; set; } = [];
    [Display(Name = "Uitkomst")] public string? OutcomeLevel { get; set; }
    /// <summary>The weighted consensus score as a percentage of the maximum.</summary>
    [Display(Name = "Gewogen score")] public decimal? OutcomePercentage { get; set; }
    [Display(Name = "Geldig tot")] public DateOnly? ValidUntil { get; set; }
    /// <summary>The reasoning published with the outcome, readable by everyone who sees the subject.</summary>
    [Display(Name = "Openbare onderbouwing")] public string? PublicReasoning { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public int Version { get; set; }

    public List<AssessmentScoring> Scorings { get; init; } = [];
}

/// <summary>One assessor's independent scores; hidden from the other assessors until every required scoring is submitted.</summary>
public sealed class AssessmentScoring : IAudited, IVersioned, IOrganizationOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; init; }
    public Guid AssessmentId { get; init; }
    public Guid AssessorId { get; init; }
    public string AssessorName { get; init; } = "";
    public List<CriterionScore> Scores { get; set; } = [];
    public DateTimeOffset? SubmittedAt { get; set; }
    public int Version { get; set; }
}

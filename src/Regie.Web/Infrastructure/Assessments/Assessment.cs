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
    [Display(Name = "Status")] public AssessmentStatus Status { get; private set; } = AssessmentStatus.Scoring;
    [Display(Name = "Consensusscores")] public List<CriterionScore> ConsensusScores { get; private set; } = [];
    [Display(Name = "Uitkomst")] public string? OutcomeLevel { get; private set; }
    /// <summary>The weighted consensus score as a percentage of the maximum.</summary>
    [Display(Name = "Gewogen score")] public decimal? OutcomePercentage { get; private set; }
    [Display(Name = "Geldig tot")] public DateOnly? ValidUntil { get; private set; }
    /// <summary>The reasoning published with the outcome, readable by everyone who sees the subject.</summary>
    [Display(Name = "Openbare onderbouwing")] public string? PublicReasoning { get; private set; }
    [Display(Name = "Besloten op")] public DateTimeOffset? DecidedAt { get; private set; }
    [Display(Name = "Besloten door")] public string? DecidedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; set; }
    public int Version { get; set; }

    public List<AssessmentScoring> Scorings { get; init; } = [];

    public bool IsOpen => Status is AssessmentStatus.Scoring or AssessmentStatus.Consensus;
    public int SubmittedCount => Scorings.Count(s => s.IsSubmitted);

    /// <summary>Starts an assessment of a subject against a published set; the set's edition is fixed for the whole assessment.</summary>
    public static Assessment Start(CriteriaSet set, Guid organizationId, string subjectKind, Guid subjectId, string subjectTitle)
    {
        if (!set.IsPublished || set.IsArchived)
            throw new AssessmentRuleException("Beoordelen kan alleen met een gepubliceerde criteriaset die niet is gearchiveerd.");
        if (string.IsNullOrWhiteSpace(subjectKind) || subjectId == Guid.Empty || string.IsNullOrWhiteSpace(subjectTitle))
            throw new AssessmentRuleException("Kies wat u wilt beoordelen.");
        return new Assessment
        {
            OrganizationId = organizationId, CriteriaSetId = set.Id, SubjectKind = subjectKind, SubjectId = subjectId,
            SubjectTitle = subjectTitle.Length > 300 ? subjectTitle[..300] : subjectTitle,
        };
    }

    /// <summary>
    /// Saves one assessor's scores as a draft. Each assessor scores once: a submitted scoring is final, and no more
    /// assessors join than the set requires. Needs <see cref="Scorings"/> loaded.
    /// </summary>
    public AssessmentScoring SaveDraft(CriteriaSet set, Guid assessorId, string assessorName, IReadOnlyCollection<CriterionScore> scores)
    {
        RequireSet(set);
        if (Status != AssessmentStatus.Scoring) throw new AssessmentRuleException("De onafhankelijke beoordeling is gesloten; scores kunnen niet meer worden gewijzigd.");
        var scoring = Scorings.FirstOrDefault(s => s.AssessorId == assessorId);
        if (scoring?.IsSubmitted == true) throw new AssessmentRuleException("U heeft uw beoordeling al ingediend; ingediende scores zijn definitief.");
        if (scoring is null && Scorings.Count >= set.RequiredAssessors)
            throw new AssessmentRuleException($"Er beoordelen al {Scorings.Count} commissieleden; meer onafhankelijke beoordelingen zijn niet nodig.");
        ScoreRules.Require(set, scores, complete: false);
        if (scoring is null)
        {
            scoring = new AssessmentScoring { OrganizationId = OrganizationId, AssessmentId = Id, AssessorId = assessorId, AssessorName = assessorName };
            Scorings.Add(scoring);
        }
        scoring.Scores = ScoreRules.Ordered(set, scores);
        return scoring;
    }

    /// <summary>Makes the assessor's draft final. When the required number is in, the consensus round opens.</summary>
    public void Submit(CriteriaSet set, Guid assessorId, DateTimeOffset now)
    {
        RequireSet(set);
        if (Status != AssessmentStatus.Scoring) throw new AssessmentRuleException("De onafhankelijke beoordeling is gesloten.");
        var scoring = Scorings.FirstOrDefault(s => s.AssessorId == assessorId)
            ?? throw new AssessmentRuleException("Sla eerst uw scores op voordat u ze indient.");
        if (scoring.IsSubmitted) throw new AssessmentRuleException("U heeft uw beoordeling al ingediend; ingediende scores zijn definitief.");
        ScoreRules.Require(set, scoring.Scores, complete: true);
        scoring.SubmittedAt = now;
        if (SubmittedCount >= set.RequiredAssessors) Status = AssessmentStatus.Consensus;
    }

    /// <summary>The committee's agreed score and rationale per criterion; only once every independent scoring is in.</summary>
    public void AgreeOn(CriteriaSet set, IReadOnlyCollection<CriterionScore> scores)
    {
        RequireSet(set);
        if (Status == AssessmentStatus.Scoring)
            throw new AssessmentRuleException($"De consensusronde begint pas als alle {set.RequiredAssessors} beoordelingen zijn ingediend.");
        if (Status != AssessmentStatus.Consensus) throw new AssessmentRuleException("Over deze beoordeling is al besloten; een besluit is definitief.");
        ScoreRules.Require(set, scores, complete: true);
        ConsensusScores = ScoreRules.Ordered(set, scores);
    }

    /// <summary>
    /// Decides from the consensus scores with public reasoning. The engine computes the outcome; a decided assessment is
    /// final, so changing it takes a new assessment.
    /// </summary>
    public CriteriaOutcome Decide(CriteriaSet set, string reasoning, string decidedBy, DateTimeOffset now, DateOnly decidedOn)
    {
        RequireSet(set);
        if (Status != AssessmentStatus.Consensus)
            throw new AssessmentRuleException(Status == AssessmentStatus.Scoring
                ? "Besluiten kan pas na de consensusronde."
                : "Over deze beoordeling is al besloten; een besluit is definitief.");
        if (ConsensusScores.Count == 0) throw new AssessmentRuleException("Leg eerst de consensusscores vast.");
        ScoreRules.Require(set, ConsensusScores, complete: true);
        if (string.IsNullOrWhiteSpace(reasoning)) throw new AssessmentRuleException("Schrijf de openbare onderbouwing van het besluit.");
        if (reasoning.Length > ReasoningMax) throw new AssessmentRuleException("De openbare onderbouwing mag niet langer zijn dan 8.000 tekens.");
        var outcome = CriteriaEvaluation.Evaluate(set, ConsensusScores);
        OutcomeLevel = outcome.Level;
        OutcomePercentage = outcome.Percentage;
        ValidUntil = outcome.ValidUntil(decidedOn);
        PublicReasoning = reasoning.Trim();
        DecidedAt = now;
        DecidedBy = decidedBy;
        Status = AssessmentStatus.Decided;
        return outcome;
    }

    /// <summary>Stops an open assessment, for instance when the supplier withdraws the item; nothing is published.</summary>
    public void Stop()
    {
        if (!IsOpen) throw new AssessmentRuleException("Alleen een lopende beoordeling kan worden gestopt.");
        Status = AssessmentStatus.Cancelled;
    }

    public bool IsValidOn(DateOnly day) => Status == AssessmentStatus.Decided && OutcomeLevel is not null && ValidUntil >= day;

    private void RequireSet(CriteriaSet set)
    {
        if (set.Id != CriteriaSetId) throw new ArgumentException("The assessment runs against another criteria set.", nameof(set));
    }
}

/// <summary>One assessor's independent scores; hidden from the other assessors until every required scoring is submitted.</summary>
public sealed class AssessmentScoring : IAudited, IVersioned, IOrganizationOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; init; }
    public Guid AssessmentId { get; init; }
    public Guid AssessorId { get; init; }
    public string AssessorName { get; init; } = "";
    [Display(Name = "Scores")] public List<CriterionScore> Scores { get; internal set; } = [];
    [Display(Name = "Ingediend op")] public DateTimeOffset? SubmittedAt { get; internal set; }
    public int Version { get; set; }

    public bool IsSubmitted => SubmittedAt is not null;

    public CriterionScore? ScoreFor(string criterionKey) => Scores.FirstOrDefault(s => s.CriterionKey == criterionKey);
}

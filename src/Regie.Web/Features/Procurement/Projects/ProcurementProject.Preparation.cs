using System.ComponentModel.DataAnnotations;

namespace Regie.Web.Features.Procurement.Projects;

/// <summary>What publication needs to know about a project's parts, counted by the page that publishes.</summary>
public sealed record PublicationFacts(int KnockOuts, int WeightedWishes, int SuppliersToInvite);

/// <summary>The preparation of a project: the procedure choice, publication, stopping and archiving.</summary>
public sealed partial class ProcurementProject
{
    public const int ReasonMax = 2000;
    public const int MinimumEvaluators = 2;
    public const int MinimumStandstillDays = 10;

    /// <summary>Why the board follows a lighter procedure than its own policy asks; the law itself allows no such choice.</summary>
    [Display(Name = "Reden voor een lichtere procedure"), MaxLength(ReasonMax)] public string? ProcedureDeviationReason { get; set; }
    [Display(Name = "Reden van stoppen"), MaxLength(ReasonMax)] public string? CancelReason { get; set; }
    [Display(Name = "Gepubliceerd op")] public DateTimeOffset? PublishedAt { get; set; }

    public bool IsPreparing => Status == ProjectStatus.Preparing && !IsArchived;
    public bool IsOpen => Status == ProjectStatus.Open && !IsArchived;
    public decimal EstimatedTotal => EstimatedValue.Of(Estimate);
    public LockInAssessment LockIn => LockInRisk.Assess(Conditions);

    /// <summary>Everything that still stands in the way of publication, in Dutch, empty when the project can go out.</summary>
    public IReadOnlyList<string> PublicationProblems(PublicationFacts facts, DateTimeOffset now)
    {
        var problems = new List<string>();
        if (!IsPreparing) { problems.Add("Alleen een traject in voorbereiding kan worden gepubliceerd."); return problems; }
        if (facts.KnockOuts == 0) problems.Add("Voeg ten minste één knock-outeis toe aan het programma van eisen.");
        if (facts.WeightedWishes == 0) problems.Add("Voeg ten minste één wens met een weging toe aan het programma van eisen.");
        if (facts.SuppliersToInvite == 0) problems.Add("Selecteer ten minste één leverancier om uit te nodigen.");
        if (QuestionsDeadline is not { } questions) problems.Add("Vul de datum in tot wanneer leveranciers vragen kunnen stellen.");
        else if (questions <= now) problems.Add("De termijn voor vragen ligt in het verleden; kies een moment in de toekomst.");
        if (OfferDeadline is not { } offers) problems.Add("Vul de uiterste datum voor inschrijvingen in.");
        else if (offers <= now) problems.Add("De uiterste datum voor inschrijvingen ligt in het verleden; kies een moment in de toekomst.");
        if (QuestionsDeadline is { } q && OfferDeadline is { } o && q >= o)
            problems.Add("De termijn voor vragen moet eindigen vóór de uiterste datum voor inschrijvingen.");
        if (EvaluatorIds.Distinct().Count() < MinimumEvaluators)
            problems.Add($"Wijs ten minste {MinimumEvaluators} beoordelaars aan, zodat elke inschrijving onafhankelijk wordt gescoord.");
        return problems;
    }

    public void Publish(PublicationFacts facts, DateTimeOffset now)
    {
        if (PublicationProblems(facts, now).Count > 0) throw new InvalidOperationException("The project is not ready for publication.");
        Status = ProjectStatus.Open;
        PublishedAt = now;
    }

    public bool CanCancel => !IsArchived && Status is not (ProjectStatus.Contracted or ProjectStatus.Cancelled);

    public void Cancel(string reason)
    {
        if (!CanCancel) throw new InvalidOperationException("The project cannot be stopped in this state.");
        if (string.IsNullOrWhiteSpace(reason)) throw new ArgumentException("A reason is required.", nameof(reason));
        Status = ProjectStatus.Cancelled;
        CancelReason = reason.Trim();
    }

    /// <summary>A running tender stays visible to its suppliers; it is stopped first, then archived.</summary>
    public bool CanArchive => !IsArchived && Status is ProjectStatus.Preparing or ProjectStatus.Cancelled or ProjectStatus.Contracted;

    public void Archive(DateTimeOffset now)
    {
        if (!CanArchive) throw new InvalidOperationException("Only a project in preparation, stopped or contracted can be archived.");
        ArchivedAt = now;
    }

    public void Restore()
    {
        if (!IsArchived) throw new InvalidOperationException("The project is not archived.");
        ArchivedAt = null;
    }

    public void RecordCondition(string key, ConditionStatus status, string? note)
    {
        if (ConditionTopics.Find(key) is null) throw new ArgumentException($"Unknown condition '{key}'.", nameof(key));
        if (IsArchived) throw new InvalidOperationException("The project is archived.");
        var check = new ConditionCheck(key, status, string.IsNullOrWhiteSpace(note) ? null : note.Trim());
        // A new list, so EF Core sees the JSON column change.
        Conditions = [.. Conditions.Where(c => c.Key != key), check];
    }

    /// <summary>The board's users with the right to see the project; only they can be evaluators.</summary>
    public void SetEvaluators(IEnumerable<Guid> userIds) => EvaluatorIds = userIds.Distinct().ToList();
}

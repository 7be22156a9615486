using System.ComponentModel.DataAnnotations;
using Regie.Web.Data;

namespace Regie.Web.Infrastructure.Assessments;

/// <summary>What a criteria set is used for; each module that assesses things has its own purpose.</summary>
public enum AssessmentPurpose
{
    [Display(Name = "Erkenning van producten en diensten")] Recognition = 1,
    [Display(Name = "Publieke waarden")] PublicValues = 2,
    [Display(Name = "Leveranciersbeoordeling")] SupplierEvaluation = 3,
    /// <summary>The weighted wishes of a procurement project, against which its offers' quality is scored.</summary>
    [Display(Name = "Beoordeling van inschrijvingen")] Procurement = 4,
}

/// <summary>One criterion: what is judged, how heavily it weighs, and below which score it blocks every outcome.</summary>
public sealed record Criterion(string Key, string Name, string Description, decimal Weight, int? KnockOutBelow = null);

/// <summary>The scale every criterion of a set is scored on, with a meaning per point.</summary>
public sealed record Scale(int Min, int Max, Dictionary<int, string> Labels);

/// <summary>
/// An outcome level and what it takes: a minimum weighted score (as a percentage of the maximum) and optionally a
/// minimum score on every criterion. Rules are tried from the first (highest) to the last; the first that holds wins.
/// </summary>
public sealed record OutcomeRule(string Level, decimal MinimumPercentage, int? MinimumPerCriterion, int ValidMonths);

/// <summary>
/// A published set of criteria, weights, a scale and outcome rules. Not tenant-filtered: the owner maintains it and
/// everyone may read a published set, because assessments are only fair when their rules are public.
/// </summary>
public sealed class CriteriaSet : IAudited, IAuditOwned, IVersioned, IArchivable
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; init; }
    [Display(Name = "Doel")] public AssessmentPurpose Purpose { get; init; }
    [Display(Name = "Naam")] public string Name { get; set; } = "";
    [Display(Name = "Toelichting")] public string Description { get; set; } = "";
    /// <summary>The edition of the set; a changed set after publication is a new edition, so old outcomes keep their rules.</summary>
    [Display(Name = "Editie")] public int Edition { get; set; } = 1;
    public List<Criterion> Criteria { get; set; } = [];
    public Scale Scale { get; set; } = new(1, 5, []);
    public List<OutcomeRule> OutcomeRules { get; set; } = [];
    /// <summary>How many people score independently before the consensus round opens.</summary>
    [Display(Name = "Aantal beoordelaars")] public int RequiredAssessors { get; set; } = 2;
    [Display(Name = "Gepubliceerd op")] public DateTimeOffset? PublishedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    [Display(Name = "Gearchiveerd op")] public DateTimeOffset? ArchivedAt { get; set; }
    public int Version { get; set; }
    Guid IAuditOwned.AuditOwnerId => OrganizationId;

    public bool IsPublished => PublishedAt is not null;
    public bool IsArchived => ArchivedAt is not null;

    /// <summary>Replaces the content of an unpublished set; a published set is frozen so every outcome keeps its rules.</summary>
    public void Revise(string name, string description, int requiredAssessors, List<Criterion> criteria, Scale scale, List<OutcomeRule> rules)
    {
        if (IsPublished) throw new AssessmentRuleException("Deze criteriaset is gepubliceerd en ligt vast. Maak een nieuwe editie om iets te veranderen.");
        Name = name;
        Description = description;
        RequiredAssessors = requiredAssessors;
        Criteria = criteria;
        Scale = scale;
        OutcomeRules = rules;
    }

    /// <summary>Publishes when the set is complete and consistent; returns what is wrong otherwise.</summary>
    public IReadOnlyList<RuleViolation> Publish(DateTimeOffset now)
    {
        if (IsPublished) throw new AssessmentRuleException("Deze criteriaset is al gepubliceerd.");
        if (IsArchived) throw new AssessmentRuleException("Een gearchiveerde criteriaset kan niet worden gepubliceerd.");
        var problems = CriteriaSetRules.Check(this);
        if (problems.Count == 0) PublishedAt = now;
        return problems;
    }

    /// <summary>An unpublished copy of this published set, to change; assessments already decided keep the old edition.</summary>
    public CriteriaSet NewEdition(int edition)
    {
        if (!IsPublished) throw new AssessmentRuleException("Alleen van een gepubliceerde criteriaset maakt u een nieuwe editie; deze kunt u nog gewoon bewerken.");
        if (edition <= Edition) throw new AssessmentRuleException("Een nieuwe editie heeft een hoger nummer dan de huidige.");
        return new CriteriaSet
        {
            OrganizationId = OrganizationId, Purpose = Purpose, Name = Name, Description = Description, Edition = edition,
            Criteria = [.. Criteria], Scale = Scale with { Labels = new Dictionary<int, string>(Scale.Labels) },
            OutcomeRules = [.. OutcomeRules], RequiredAssessors = RequiredAssessors,
        };
    }

    public void Archive(DateTimeOffset now)
    {
        if (IsArchived) throw new AssessmentRuleException("Deze criteriaset is al gearchiveerd.");
        ArchivedAt = now;
    }

    public void Restore()
    {
        if (!IsArchived) throw new AssessmentRuleException("Deze criteriaset is niet gearchiveerd.");
        ArchivedAt = null;
    }

    public string ScaleLabel(int point) => Scale.Labels.TryGetValue(point, out var label) ? label : "";
}

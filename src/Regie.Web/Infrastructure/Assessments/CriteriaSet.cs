using System.ComponentModel.DataAnnotations;
using Regie.Web.Data;

namespace Regie.Web.Infrastructure.Assessments;

/// <summary>What a criteria set is used for; each module that assesses things has its own purpose.</summary>
public enum AssessmentPurpose
{
    [Display(Name = "Erkenning van producten en diensten")] Recognition = 1,
    [Display(Name = "Publieke waarden")] PublicValues = 2,
    [Display(Name = "Leveranciersbeoordeling")] SupplierEvaluation = 3,
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
}

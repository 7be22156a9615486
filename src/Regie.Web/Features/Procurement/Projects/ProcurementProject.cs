using System.ComponentModel.DataAnnotations;
using Regie.Web.Data;

namespace Regie.Web.Features.Procurement.Projects;

public enum ProjectStatus
{
    /// <summary>Requirements, long list and conditions are being prepared; suppliers see nothing yet.</summary>
    [Display(Name = "In voorbereiding")] Preparing = 1,
    /// <summary>Invited suppliers can ask questions and submit offers until the deadline.</summary>
    [Display(Name = "Open voor inschrijving")] Open = 2,
    /// <summary>The offer deadline has passed; offers are opened and scored.</summary>
    [Display(Name = "Beoordeling")] Evaluation = 3,
    /// <summary>The award decision is sent; the standstill period runs.</summary>
    [Display(Name = "Voorlopig gegund")] Awarded = 4,
    [Display(Name = "Gecontracteerd")] Contracted = 5,
    [Display(Name = "Gestopt")] Cancelled = 6,
}

/// <summary>Where a project came from: the board's needs, an initiative that chose to buy (scenario 4), or a direct start.</summary>
public enum ProjectOrigin
{
    [Display(Name = "Direct gestart")] Direct = 1,
    [Display(Name = "Vanuit behoeften")] Needs = 2,
    [Display(Name = "Vanuit een initiatief (scenario 4)")] Initiative = 3,
}

public enum PriceScoringMethod
{
    /// <summary>Lowest price ÷ this price × maximum: the usual relative method.</summary>
    [Display(Name = "Relatief: laagste prijs gedeeld door deze prijs")] RelativeToLowest = 1,
    /// <summary>Full points for the lowest price, zero for the highest, linear in between.</summary>
    [Display(Name = "Lineair tussen laagste en hoogste prijs")] LinearRange = 2,
    /// <summary>Full points at or below the budget, zero at or above a ceiling, linear in between.</summary>
    [Display(Name = "Lineair tussen budget en plafond")] BudgetCeiling = 3,
}

/// <summary>What a line of the value estimate stands for; options, renewals and lots all count towards the threshold.</summary>
public enum EstimateLineKind
{
    [Display(Name = "Basisopdracht")] Base = 1,
    [Display(Name = "Optie")] Option = 2,
    [Display(Name = "Verlenging")] Renewal = 3,
    [Display(Name = "Perceel")] Lot = 4,
}

/// <summary>
/// One part of a project's estimated value, excluding VAT: one-off costs plus a monthly amount over a number of months
/// (null months: no fixed term, counted as 48).
/// </summary>
public sealed record EstimateLine(EstimateLineKind Kind, string Label, decimal OneOff, decimal Monthly, int? Months);

public enum ConditionStatus
{
    [Display(Name = "Nog niet besproken")] Open = 0,
    [Display(Name = "Geregeld")] Met = 1,
    [Display(Name = "Niet geregeld")] NotMet = 2,
    [Display(Name = "Niet van toepassing")] NotApplicable = 3,
}

/// <summary>One point of the conditions checklist (keys from <c>ConditionTopics</c>), with what was agreed.</summary>
public sealed record ConditionCheck(string Key, ConditionStatus Status, string? Note);

/// <summary>A procurement project (inkooptraject) of a board, from requirements to award.</summary>
public sealed partial class ProcurementProject : IAudited, IVersioned, IArchivable, IStampedPerBoard
{
    public const int TextMax = 8000;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid BoardId { get; init; }
    /// <summary>A readable number such as INK-2026-007, unique per board.</summary>
    [Display(Name = "Kenmerk")] public string Reference { get; set; } = "";
    [Display(Name = "Naam")] public string Title { get; set; } = "";
    [Display(Name = "Omschrijving")] public string Description { get; set; } = "";
    [Display(Name = "Categorie")] public PurchaseCategory Category { get; set; }
    [Display(Name = "Soort opdracht")] public ContractKind ContractKind { get; set; } = ContractKind.SuppliesAndServices;
    [Display(Name = "Herkomst")] public ProjectOrigin Origin { get; set; } = ProjectOrigin.Direct;
    [Display(Name = "Initiatief")] public Guid? InitiativeId { get; set; }
    [Display(Name = "Status")] public ProjectStatus Status { get; set; } = ProjectStatus.Preparing;
    /// <summary>The procedure the board follows; the policy's rule is shown beside it.</summary>
    [Display(Name = "Procedure")] public ProcedureKind Procedure { get; set; } = ProcedureKind.MultipleQuotes;
    [Display(Name = "Raming")] public List<EstimateLine> Estimate { get; set; } = [];
    [Display(Name = "Start van de procedure")] public DateOnly ProcedureStart { get; set; }
    [Display(Name = "Vragen stellen tot")] public DateTimeOffset? QuestionsDeadline { get; set; }
    [Display(Name = "Inschrijven tot")] public DateTimeOffset? OfferDeadline { get; set; }
    [Display(Name = "Weging prijs (%)")] public int PriceWeightPercent { get; set; } = 30;
    [Display(Name = "Prijsscoremethode")] public PriceScoringMethod PriceScoring { get; set; } = PriceScoringMethod.RelativeToLowest;
    /// <summary>For <see cref="PriceScoringMethod.BudgetCeiling"/>: full points at or below this price.</summary>
    [Display(Name = "Budget")] public decimal? PriceBudget { get; set; }
    [Display(Name = "Plafondprijs")] public decimal? PriceCeiling { get; set; }
    [Display(Name = "Horizon totale kosten (jaren)")] public int TcoYears { get; set; } = 4;
    [Display(Name = "Opschortende termijn (dagen)")] public int StandstillDays { get; set; } = 20;
    /// <summary>The user ids of the board's evaluators; each scores every offer independently.</summary>
    [Display(Name = "Beoordelaars")] public List<Guid> EvaluatorIds { get; set; } = [];
    /// <summary>The criteria set built from the weighted wishes when evaluation starts (Infrastructure/Assessments).</summary>
    public Guid? CriteriaSetId { get; set; }
    /// <summary>Set when every offer's quality score is final; only then does the price envelope open.</summary>
    [Display(Name = "Kwaliteitsscores definitief op")] public DateTimeOffset? QualityFinalAt { get; set; }
    [Display(Name = "Voorwaarden")] public List<ConditionCheck> Conditions { get; set; } = [];
    /// <summary>The investment plan lines (by their version-independent key) this project buys, so the threshold monitor counts them once.</summary>
    [Display(Name = "Regels uit het investeringsplan")] public List<Guid> PlanLineKeys { get; set; } = [];
    [Display(Name = "Contract")] public Guid? ContractId { get; set; }
    public Guid CreatedById { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    [Display(Name = "Gearchiveerd op")] public DateTimeOffset? ArchivedAt { get; set; }
    public int Version { get; set; }

    public List<ProjectNeed> Needs { get; init; } = [];

    public bool IsArchived => ArchivedAt is not null;
}

/// <summary>A need the project serves.</summary>
public sealed class ProjectNeed : IBoardOwned
{
    public Guid ProjectId { get; init; }
    public Guid NeedId { get; init; }
    public Guid BoardId { get; init; }
}

public enum RequirementKind
{
    [Display(Name = "Knock-outeis")] KnockOut = 1,
    [Display(Name = "Gewogen wens")] Wish = 2,
}

/// <summary>One line of the programme of requirements, written as an outcome and traced to the needs it serves.</summary>
public sealed partial class Requirement : IAudited, IVersioned, IArchivable, IBoardOwned
{
    public const int TextMax = 2000;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid BoardId { get; init; }
    public Guid ProjectId { get; init; }
    [Display(Name = "Soort")] public RequirementKind Kind { get; set; }
    /// <summary>E1, E2 … for knock-outs, W1, W2 … for wishes.</summary>
    [Display(Name = "Code")] public string Code { get; set; } = "";
    [Display(Name = "Eis of wens")] public string Text { get; set; } = "";
    /// <summary>The weight of a wish in the quality score; zero for knock-outs.</summary>
    [Display(Name = "Weging")] public decimal Weight { get; set; }
    [Display(Name = "Behoeften")] public List<Guid> NeedIds { get; set; } = [];
    [Display(Name = "Volgorde")] public int Order { get; set; }
    [Display(Name = "Gearchiveerd op")] public DateTimeOffset? ArchivedAt { get; set; }
    public int Version { get; set; }
}

public enum InvitationStatus
{
    [Display(Name = "Op de longlist")] LongList = 1,
    [Display(Name = "Uitgenodigd")] Invited = 2,
    [Display(Name = "Afgemeld")] Declined = 3,
    [Display(Name = "Van de lijst gehaald")] Removed = 4,
}

/// <summary>
/// A supplier on a project's long list, and its invitation. Board-owned; the supplier reads its own invitations through
/// an explicit supplier query (see the supplier pages), never through the board's filter.
/// </summary>
public sealed partial class ProjectSupplier : IAudited, IVersioned, IStampedPerBoard
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid BoardId { get; init; }
    public Guid ProjectId { get; init; }
    public Guid SupplierId { get; init; }
    [Display(Name = "Leverancier")] public string SupplierName { get; set; } = "";
    /// <summary>The catalogue items that put the supplier on the list.</summary>
    [Display(Name = "Producten")] public List<Guid> CatalogItemIds { get; set; } = [];
    [Display(Name = "Status")] public InvitationStatus Status { get; set; } = InvitationStatus.LongList;
    [Display(Name = "Uitgenodigd op")] public DateTimeOffset? InvitedAt { get; set; }
    [Display(Name = "Reden")] public string? Note { get; set; }
    public int Version { get; set; }
}

public enum QuestionKind
{
    [Display(Name = "Vraag")] Question = 1,
    /// <summary>A message from the board to every participant, without a question.</summary>
    [Display(Name = "Mededeling")] Announcement = 2,
}

/// <summary>
/// A supplier's question and the board's answer, or an announcement. Once published, every invited supplier reads it,
/// without the name of the supplier who asked.
/// </summary>
public sealed partial class ProjectQuestion : IAudited, IVersioned, IBoardOwned
{
    public const int TextMax = 4000;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid BoardId { get; init; }
    public Guid ProjectId { get; init; }
    [Display(Name = "Soort")] public QuestionKind Kind { get; init; } = QuestionKind.Question;
    /// <summary>The supplier that asked; never shown to other suppliers. Null for announcements.</summary>
    public Guid? SupplierId { get; init; }
    [Display(Name = "Nummer")] public int Number { get; set; }
    [Display(Name = "Vraag")] public string Text { get; set; } = "";
    /// <summary>The part of the documents the question is about, e.g. "Programma van eisen, W3".</summary>
    [Display(Name = "Betreft")] public string? Reference { get; set; }
    [Display(Name = "Antwoord")] public string? Answer { get; set; }
    [Display(Name = "Gesteld op")] public DateTimeOffset AskedAt { get; set; }
    [Display(Name = "Gepubliceerd op")] public DateTimeOffset? PublishedAt { get; set; }
    /// <summary>The number of the clarification note (nota van inlichtingen) that first included it.</summary>
    [Display(Name = "Opgenomen in nota")] public int? NoteNumber { get; set; }
    public int Version { get; set; }
}

/// <summary>A clarification note (nota van inlichtingen): a frozen, numbered compilation of published answers.</summary>
public sealed class ClarificationNote : IAudited, IBoardOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid BoardId { get; init; }
    public Guid ProjectId { get; init; }
    [Display(Name = "Nummer")] public int Number { get; init; }
    /// <summary>The questions and answers as they read when the note was issued, so a later edit never changes an issued note.</summary>
    public List<ClarificationEntry> Entries { get; init; } = [];
    [Display(Name = "Uitgegeven op")] public DateTimeOffset IssuedAt { get; init; }
    [Display(Name = "Uitgegeven door")] public string IssuedBy { get; init; } = "";
}

public sealed record ClarificationEntry(int Number, QuestionKind Kind, string? Reference, string Text, string? Answer, bool New);

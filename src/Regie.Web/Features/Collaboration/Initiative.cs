using System.ComponentModel.DataAnnotations;
using Regie.Web.Data;

namespace Regie.Web.Features.Collaboration;

/// <summary>The five ways a school can work with (or without) a market party.</summary>
public enum Scenario
{
    [Display(Name = "Scenario 1: samen ontwikkelen (co-productie)")] CoProduction = 1,
    [Display(Name = "Scenario 2: idee van de school, uitvoering door een marktpartij")] SchoolIdea = 2,
    [Display(Name = "Scenario 3: idee van een marktpartij, inhoud van de school")] MarketIdea = 3,
    [Display(Name = "Scenario 4: inkopen bij een marktpartij")] Buy = 4,
    [Display(Name = "Scenario 5: zelf doen")] DoItYourself = 5,
}

/// <summary>The choice among scenarios 1 to 3, once the school knows it will not build and run the tool itself.</summary>
public enum Partnership
{
    [Display(Name = "De school wil in elke fase meedoen")] CoProduction = 1,
    [Display(Name = "Het idee is van de school; een marktpartij bouwt en beheert")] SchoolIdea = 2,
    [Display(Name = "Het idee is van een marktpartij; de school levert inhoudelijke kennis")] MarketIdea = 3,
}

public enum LifecyclePhase
{
    [Display(Name = "Idee en plan")] IdeaAndPlan = 1,
    [Display(Name = "Ontwikkeling")] Development = 2,
    [Display(Name = "Beheer")] Maintenance = 3,
    [Display(Name = "Exploitatie")] Exploitation = 4,
}

/// <summary>
/// An ICT initiative: an ambition that walks the collaboration flowchart to a scenario, with its agreements,
/// business case, risks and go/no-go moments. Each flowchart answer is a column, so the audit trail shows the path.
/// </summary>
public sealed class Initiative : IAudited, IVersioned, IArchivable, IBoardOwned
{
    public const int TextMax = 4000;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid BoardId { get; init; }
    [Display(Name = "Naam")] public string Title { get; set; } = "";
    [Display(Name = "Ambitie en doelen")] public string Ambition { get; set; } = "";
    [Display(Name = "Wat hoort er wel en niet bij")] public string? Scope { get; set; }

    [Display(Name = "Nieuw idee")] public bool? IdeaIsNew { get; private set; }
    [Display(Name = "Toelichting nieuw idee")] public string? IdeaIsNewWhy { get; private set; }
    [Display(Name = "Bestaat nog niet")] public bool? MarketLacksIt { get; private set; }
    [Display(Name = "Toelichting vraagverheldering en marktverkenning")] public string? MarketLacksItWhy { get; private set; }
    [Display(Name = "Niet met bestaande middelen te doen")] public bool? ConsultationConfirms { get; private set; }
    [Display(Name = "Toelichting marktconsultatie")] public string? ConsultationConfirmsWhy { get; private set; }
    [Display(Name = "Niet zelf ontwikkelen en uitvoeren")] public bool? NotBuildingItself { get; private set; }
    [Display(Name = "Toelichting business case en risico's")] public string? NotBuildingItselfWhy { get; private set; }
    [Display(Name = "Samenwerkingsvorm")] public Partnership? Partnership { get; private set; }
    [Display(Name = "Toelichting samenwerkingsvorm")] public string? PartnershipWhy { get; private set; }

    /// <summary>Where the flowchart led; kept in sync with the answers by <see cref="Flowchart"/>.</summary>
    [Display(Name = "Scenario")] public Scenario? Scenario { get; private set; }

    [Display(Name = "Eerste jaar")] public int StartYear { get; set; }
    [Display(Name = "Looptijd (jaren)")] public int HorizonYears { get; set; } = 4;
    [Display(Name = "Disconteringsvoet (%)")] public decimal DiscountRatePercent { get; set; } = 4m;

    public DateTimeOffset CreatedAt { get; set; }
    [Display(Name = "Gearchiveerd op")] public DateTimeOffset? ArchivedAt { get; private set; }
    public int Version { get; set; }

    public bool IsArchived => ArchivedAt is not null;

    public FlowchartAnswers Answers => new(IdeaIsNew, MarketLacksIt, ConsultationConfirms, NotBuildingItself, Partnership);

    /// <summary>Answers a yes/no question of the flowchart; a changed answer clears the answers after it.</summary>
    public void Answer(FlowchartStep step, bool yes, string? rationale)
    {
        EnsureActive();
        Apply(Flowchart.Answer(Answers, step, yes));
        SetRationale(step, rationale);
    }

    public void ChoosePartnership(Partnership partnership, string? rationale)
    {
        EnsureActive();
        Apply(Flowchart.Choose(Answers, partnership));
        SetRationale(FlowchartStep.Partnership, rationale);
    }

    public string? Rationale(FlowchartStep step) => step switch
    {
        FlowchartStep.IdeaIsNew => IdeaIsNewWhy,
        FlowchartStep.MarketLacksIt => MarketLacksItWhy,
        FlowchartStep.ConsultationConfirms => ConsultationConfirmsWhy,
        FlowchartStep.NotBuildingItself => NotBuildingItselfWhy,
        _ => PartnershipWhy,
    };

    public void Archive(DateTimeOffset now)
    {
        EnsureActive();
        ArchivedAt = now;
    }

    public void Restore()
    {
        if (!IsArchived) throw new InvalidOperationException("Initiative is not archived.");
        ArchivedAt = null;
    }

    private void EnsureActive()
    {
        if (IsArchived) throw new InvalidOperationException("Initiative is archived.");
    }

    private void Apply(FlowchartAnswers answers)
    {
        // A cleared answer takes its rationale with it, so the stored path never explains a question it skipped.
        (IdeaIsNew, IdeaIsNewWhy) = (answers.IdeaIsNew, answers.IdeaIsNew is null ? null : IdeaIsNewWhy);
        (MarketLacksIt, MarketLacksItWhy) = (answers.MarketLacksIt, answers.MarketLacksIt is null ? null : MarketLacksItWhy);
        (ConsultationConfirms, ConsultationConfirmsWhy) = (answers.ConsultationConfirms, answers.ConsultationConfirms is null ? null : ConsultationConfirmsWhy);
        (NotBuildingItself, NotBuildingItselfWhy) = (answers.NotBuildingItself, answers.NotBuildingItself is null ? null : NotBuildingItselfWhy);
        (Partnership, PartnershipWhy) = (answers.Partnership, answers.Partnership is null ? null : PartnershipWhy);
        Scenario = Flowchart.Outcome(answers);
    }

    private void SetRationale(FlowchartStep step, string? rationale)
    {
        var text = string.IsNullOrWhiteSpace(rationale) ? null : rationale.Trim();
        switch (step)
        {
            case FlowchartStep.IdeaIsNew: IdeaIsNewWhy = text; break;
            case FlowchartStep.MarketLacksIt: MarketLacksItWhy = text; break;
            case FlowchartStep.ConsultationConfirms: ConsultationConfirmsWhy = text; break;
            case FlowchartStep.NotBuildingItself: NotBuildingItselfWhy = text; break;
            default: PartnershipWhy = text; break;
        }
    }
}

public enum AgreementTopic
{
    [Display(Name = "Werkwijze en proces")] Process = 1,
    [Display(Name = "Eigendom en intellectueel eigendom")] Ownership = 2,
    [Display(Name = "Verdeling van opbrengsten")] RevenueSplit = 3,
    [Display(Name = "Open source of niet")] OpenSource = 4,
    [Display(Name = "Momenten om uit te stappen")] ExitMoments = 5,
    [Display(Name = "Looptijd van het contract")] Duration = 6,
    [Display(Name = "Verdeling van kosten en risico's")] CostAndRisk = 7,
    [Display(Name = "Besturing en besluitvorming")] Governance = 8,
    [Display(Name = "Garantie")] Warranty = 9,
}

/// <summary>An agreement to make with the market party, as a checklist item with an owner and a due date.</summary>
public sealed class AgreementItem : IAudited, IVersioned, IBoardOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid InitiativeId { get; init; }
    public Guid BoardId { get; init; }
    [Display(Name = "Onderwerp")] public AgreementTopic Topic { get; init; }
    [Display(Name = "Afspraak")] public string? Agreement { get; set; }
    [Display(Name = "Eigenaar")] public string? Owner { get; set; }
    [Display(Name = "Uiterlijk")] public DateOnly? DueDate { get; set; }
    [Display(Name = "Gemaakt")] public bool Done { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public int Version { get; set; }
}

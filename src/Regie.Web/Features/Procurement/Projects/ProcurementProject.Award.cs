using Regie.Web.Features.Procurement.Award;

namespace Regie.Web.Features.Procurement.Projects;

/// <summary>The tender's last stages: scoring the opened offers, the award decision and the contract.</summary>
public sealed partial class ProcurementProject
{
    public bool EvaluationStarted => CriteriaSetId is not null;

    /// <summary>Links the criteria set the offers are scored against; only once, while the offers are being evaluated.</summary>
    public void StartEvaluation(Guid criteriaSetId)
    {
        if (Status != ProjectStatus.Evaluation)
            throw new AwardRuleException("De beoordeling kan pas beginnen als de inschrijvingen zijn geopend.");
        if (EvaluationStarted) throw new AwardRuleException("De beoordeling is al gestart.");
        CriteriaSetId = criteriaSetId;
    }

    /// <summary>Freezes the quality scores; from now on the price envelopes may open.</summary>
    public void FinalizeQuality(DateTimeOffset now)
    {
        if (Status != ProjectStatus.Evaluation || !EvaluationStarted)
            throw new AwardRuleException("De kwaliteitsscores kunnen alleen tijdens de beoordeling worden vastgesteld.");
        if (QualityFinalAt is not null) throw new AwardRuleException("De kwaliteitsscores zijn al vastgesteld.");
        QualityFinalAt = now;
    }

    public void MarkAwarded()
    {
        if (Status is not (ProjectStatus.Evaluation or ProjectStatus.Awarded) || QualityFinalAt is null)
            throw new AwardRuleException("Gunnen kan pas als de kwaliteitsscores zijn vastgesteld en de prijzen zijn geopend.");
        Status = ProjectStatus.Awarded;
    }

    /// <summary>The last award lapsed and no offer is left to award to: the board decides again from the evaluation.</summary>
    public void ReturnToEvaluation()
    {
        if (Status != ProjectStatus.Awarded) throw new AwardRuleException("Dit inkooptraject is niet voorlopig gegund.");
        Status = ProjectStatus.Evaluation;
    }

    public void MarkContracted(Guid contractId)
    {
        if (Status != ProjectStatus.Awarded) throw new AwardRuleException("Een contract volgt alleen op een gunningsbesluit.");
        if (ContractId is not null) throw new AwardRuleException("Voor dit inkooptraject is al een contract vastgelegd.");
        ContractId = contractId;
        Status = ProjectStatus.Contracted;
    }
}

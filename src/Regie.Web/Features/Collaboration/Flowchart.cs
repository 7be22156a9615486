using System.ComponentModel.DataAnnotations;

namespace Regie.Web.Features.Collaboration;

/// <summary>The questions of the flowchart, in the order they are asked.</summary>
public enum FlowchartStep
{
    [Display(Name = "Nieuw idee")] IdeaIsNew = 1,
    [Display(Name = "Vraagverheldering en marktverkenning")] MarketLacksIt = 2,
    [Display(Name = "Marktconsultatie")] ConsultationConfirms = 3,
    [Display(Name = "Business case en risico's")] NotBuildingItself = 4,
    [Display(Name = "Samenwerkingsvorm")] Partnership = 5,
}

/// <summary>The answers given so far; null means not (yet) answered.</summary>
public sealed record FlowchartAnswers(
    bool? IdeaIsNew = null, bool? MarketLacksIt = null, bool? ConsultationConfirms = null,
    bool? NotBuildingItself = null, Partnership? Partnership = null);

/// <summary>
/// The collaboration flowchart: three checks that the tool does not exist yet (any "no" means buying, scenario 4),
/// then whether the school will not build and run it itself ("no" means doing it yourself, scenario 5),
/// and finally the kind of partnership (scenarios 1 to 3).
/// </summary>
public static class Flowchart
{
    public static readonly IReadOnlyList<FlowchartStep> YesNoSteps =
        [FlowchartStep.IdeaIsNew, FlowchartStep.MarketLacksIt, FlowchartStep.ConsultationConfirms, FlowchartStep.NotBuildingItself];

    public static bool? YesNo(this FlowchartAnswers answers, FlowchartStep step) => step switch
    {
        FlowchartStep.IdeaIsNew => answers.IdeaIsNew,
        FlowchartStep.MarketLacksIt => answers.MarketLacksIt,
        FlowchartStep.ConsultationConfirms => answers.ConsultationConfirms,
        FlowchartStep.NotBuildingItself => answers.NotBuildingItself,
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "Not a yes/no question."),
    };

    /// <summary>Where the answers lead, or null while the path is not finished.</summary>
    public static Scenario? Outcome(FlowchartAnswers answers)
    {
        foreach (var step in YesNoSteps)
        {
            switch (answers.YesNo(step))
            {
                case null: return null;
                case false: return step == FlowchartStep.NotBuildingItself ? Scenario.DoItYourself : Scenario.Buy;
            }
        }
        return answers.Partnership switch
        {
            Collaboration.Partnership.CoProduction => Scenario.CoProduction,
            Collaboration.Partnership.SchoolIdea => Scenario.SchoolIdea,
            Collaboration.Partnership.MarketIdea => Scenario.MarketIdea,
            _ => null,
        };
    }

    /// <summary>The question to answer now, or null once the path has led to a scenario.</summary>
    public static FlowchartStep? NextStep(FlowchartAnswers answers)
    {
        foreach (var step in YesNoSteps)
        {
            switch (answers.YesNo(step))
            {
                case null: return step;
                case false: return null;
            }
        }
        return answers.Partnership is null ? FlowchartStep.Partnership : null;
    }

    /// <summary>The questions answered on the way, in order.</summary>
    public static IReadOnlyList<FlowchartStep> Path(FlowchartAnswers answers)
    {
        var path = new List<FlowchartStep>();
        foreach (var step in YesNoSteps)
        {
            var answer = answers.YesNo(step);
            if (answer is null) return path;
            path.Add(step);
            if (answer is false) return path;
        }
        if (answers.Partnership is not null) path.Add(FlowchartStep.Partnership);
        return path;
    }

    /// <summary>A question can be answered once every question before it was answered "yes".</summary>
    public static bool IsReachable(FlowchartAnswers answers, FlowchartStep step) =>
        YesNoSteps.TakeWhile(s => s < step).All(s => answers.YesNo(s) is true);

    /// <summary>
    /// Answers a yes/no question. A changed answer clears every answer after it: they were given on a path
    /// that no longer exists.
    /// </summary>
    public static FlowchartAnswers Answer(FlowchartAnswers answers, FlowchartStep step, bool yes)
    {
        if (step == FlowchartStep.Partnership) throw new ArgumentOutOfRangeException(nameof(step), step, "Choose a partnership instead.");
        if (!IsReachable(answers, step)) throw new InvalidOperationException($"Question {step} is not on the current path.");
        if (answers.YesNo(step) == yes) return answers;
        return step switch
        {
            FlowchartStep.IdeaIsNew => new FlowchartAnswers(IdeaIsNew: yes),
            FlowchartStep.MarketLacksIt => new FlowchartAnswers(answers.IdeaIsNew, yes),
            FlowchartStep.ConsultationConfirms => new FlowchartAnswers(answers.IdeaIsNew, answers.MarketLacksIt, yes),
            _ => new FlowchartAnswers(answers.IdeaIsNew, answers.MarketLacksIt, answers.ConsultationConfirms, yes),
        };
    }

    public static FlowchartAnswers Choose(FlowchartAnswers answers, Partnership partnership)
    {
        if (!IsReachable(answers, FlowchartStep.Partnership))
            throw new InvalidOperationException("A partnership is chosen only once the school will not build and run the tool itself.");
        return answers with { Partnership = partnership };
    }
}

using Regie.Web.Features.Procurement.Projects;

namespace Regie.Tests.Features.Procurement.Projects;

public sealed class PublicationRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly PublicationFacts Ready = new(KnockOuts: 1, WeightedWishes: 1, SuppliersToInvite: 2);

    private static ProcurementProject Project(Action<ProcurementProject>? change = null)
    {
        var project = new ProcurementProject
        {
            QuestionsDeadline = Now.AddDays(7), OfferDeadline = Now.AddDays(14), EvaluatorIds = [Guid.NewGuid(), Guid.NewGuid()],
        };
        change?.Invoke(project);
        return project;
    }

    [Fact]
    public void AReadyProject_Publishes_AndOpens()
    {
        var project = Project();
        Assert.Empty(project.PublicationProblems(Ready, Now));
        project.Publish(Ready, Now);
        Assert.Equal(ProjectStatus.Open, project.Status);
        Assert.Equal(Now, project.PublishedAt);
    }

    [Fact]
    public void EveryMissingPart_IsNamedInDutch()
    {
        var problems = Project(p => { p.QuestionsDeadline = null; p.OfferDeadline = null; p.EvaluatorIds = [Guid.NewGuid()]; })
            .PublicationProblems(new PublicationFacts(0, 0, 0), Now);
        Assert.Contains(problems, p => p.Contains("knock-outeis"));
        Assert.Contains(problems, p => p.Contains("wens met een weging"));
        Assert.Contains(problems, p => p.Contains("leverancier om uit te nodigen"));
        Assert.Contains(problems, p => p.Contains("vragen kunnen stellen"));
        Assert.Contains(problems, p => p.Contains("uiterste datum voor inschrijvingen"));
        Assert.Contains(problems, p => p.Contains("2 beoordelaars"));
        Assert.Throws<InvalidOperationException>(() => Project(p => p.EvaluatorIds = []).Publish(Ready, Now));
    }

    [Fact]
    public void DeadlinesInThePast_OrInTheWrongOrder_AreRefused()
    {
        Assert.Contains(Project(p => p.QuestionsDeadline = Now.AddDays(-1)).PublicationProblems(Ready, Now), p => p.Contains("verleden"));
        Assert.Contains(Project(p => p.QuestionsDeadline = Now.AddDays(20)).PublicationProblems(Ready, Now), p => p.Contains("vóór de uiterste datum"));
    }

    [Fact]
    public void AnOpenProject_CannotBePublishedAgain_NorArchived()
    {
        var project = Project(p => p.Status = ProjectStatus.Open);
        Assert.Single(project.PublicationProblems(Ready, Now));
        Assert.Throws<InvalidOperationException>(() => project.Archive(Now));
        project.Cancel("Budget vervallen");
        project.Archive(Now);
        Assert.True(project.IsArchived);
    }
}

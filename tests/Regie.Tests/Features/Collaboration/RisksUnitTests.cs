using Regie.Web.Features.Collaboration;
using Regie.Web.Features.Collaboration.Risks;

namespace Regie.Tests.Features.Collaboration;

public sealed class RisksUnitTests
{
    [Theory]
    [InlineData(1, 10)]
    [InlineData(3, 50)]
    [InlineData(5, 90)]
    public void ProbabilitySteps_MeanAFixedPercentage(int step, int percent) => Assert.Equal(percent, RiskScale.Percentage(step));

    [Fact]
    public void ExpectedCost_IsProbabilityTimesDamage()
    {
        var risk = new Risk { Probability = 2, Impact = 4, ImpactAmount = 25_000 };
        Assert.Equal(7_500m, risk.ExpectedCost);
    }

    [Fact]
    public void HeatMap_CountsActiveRisksPerCell()
    {
        var archived = new Risk { Probability = 4, Impact = 4 };
        archived.Archive(DateTimeOffset.UtcNow);
        var cells = RiskRegister.HeatMap(
        [
            new Risk { Probability = 4, Impact = 4 }, new Risk { Probability = 4, Impact = 4 }, new Risk { Probability = 1, Impact = 5 },
            new Risk { Probability = 2, Impact = 2, Status = RiskStatus.Closed }, archived,
        ]);

        Assert.Equal(2, cells[3, 3]);
        Assert.Equal(1, cells[0, 4]);
        Assert.Equal(0, cells[1, 1]);
        Assert.Equal(RiskLevel.High, RiskRegister.Level(4, 4));
        Assert.Equal(RiskLevel.Medium, RiskRegister.Level(1, 5));
        Assert.Equal(RiskLevel.Low, RiskRegister.Level(2, 2));
    }

    [Fact]
    public void Decide_NeedsADeciderAndADate_AndPendingClearsThem()
    {
        var moment = new GoNoGoMoment { Name = "Na het prototype", Criteria = "Het werkt" };
        Assert.Throws<InvalidOperationException>(() => moment.Decide(Decision.Go, null, new DateOnly(2026, 7, 1), null));

        moment.Decide(Decision.NoGo, "Stuurgroep", new DateOnly(2026, 7, 1), "Te duur");
        Assert.Equal(Decision.NoGo, moment.Decision);
        Assert.Equal("Stuurgroep", moment.Decider);

        moment.Decide(Decision.Pending, "genegeerd", new DateOnly(2026, 7, 2), null);
        Assert.False(moment.IsDecided);
        Assert.Null(moment.Decider);
        Assert.Null(moment.DecidedOn);
    }
}

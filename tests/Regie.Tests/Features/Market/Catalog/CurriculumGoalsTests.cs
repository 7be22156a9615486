using Regie.Web.Features.Market.Catalog;
using Regie.Web.Infrastructure.Curriculum;

namespace Regie.Tests.Features.Market.Catalog;

public sealed class CurriculumGoalsTests
{
    private static IReadOnlyList<CurriculumGoal> PrimaryGoals2006 =>
        CurriculumGoals.All.Where(g => g.List == "kerndoelen-po" && g.Version == "2006").ToList();

    [Fact]
    public void PrimaryKerndoelen2006_Are58_NumberedOneTo58()
    {
        var goals = PrimaryGoals2006;
        Assert.Equal(58, goals.Count);
        Assert.Equal(Enumerable.Range(1, 58), goals.Select(g => g.Number).Order());
        Assert.All(goals, g => Assert.Equal($"kd-po-2006-{g.Number}", g.Code));
        Assert.All(goals, g => Assert.False(string.IsNullOrWhiteSpace(g.Topic)));
        Assert.All(goals, g => Assert.Equal(new DateOnly(2006, 8, 1), g.ValidFrom));
    }

    [Theory]
    [InlineData(1, "Nederlands")]
    [InlineData(13, "Engels")]
    [InlineData(17, "Friese taal")]
    [InlineData(23, "Rekenen/wiskunde")]
    [InlineData(34, "Oriëntatie op jezelf en de wereld")]
    [InlineData(54, "Kunstzinnige oriëntatie")]
    [InlineData(58, "Bewegingsonderwijs")]
    public void PrimaryKerndoelen2006_FollowTheDomainsOfTheList(int number, string domain) =>
        Assert.Equal(domain, CurriculumGoals.Find($"kd-po-2006-{number}")!.Domain);

    [Fact]
    public void LearningGoals_CodeList_OffersTheCurrentGoals()
    {
        Assert.True(CodeLists.IsLearningGoal("kd-po-2006-23"));
        Assert.False(CodeLists.IsLearningGoal("kd-po-2006-59"));
        Assert.Contains(CodeLists.LearningGoals, c => c.Key == "kd-po-2006-23" && c.Label.StartsWith("23. ", StringComparison.Ordinal));
    }
}

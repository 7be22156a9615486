using Regie.Web.Features.Chain.Dashboard;
using Regie.Web.Features.Chain.Results;

namespace Regie.Tests.Features.Chain.Dashboard;

/// <summary>Stall detection and the dashboard's figures on hand-computed cases, without a database.</summary>
public sealed class StallDetectorTests
{
    private static readonly Guid Supplier = Guid.NewGuid();
    private static readonly Guid Arithmetic = Guid.NewGuid();
    private static readonly Guid OtherProduct = Guid.NewGuid();
    private static readonly Guid Pupil = Guid.NewGuid();

    // Period 1 Aug 2025 – 31 Mar 2026; a window of 4 weeks is 4 – 31 March.
    private static readonly DashboardPeriod Period = new DashboardSettings { Year = "2025-2026" }.Period(new DateOnly(2026, 3, 31));

    private static readonly LearningTest[] Tests =
    [
        new() { SupplierId = Supplier, CatalogItemId = Arithmetic, TestCode = "REK", Name = "Rekenen blok 3", GoalCode = "K23", MinScore = 0, MaxScore = 50, NormScore = 30 },
        new() { SupplierId = Supplier, CatalogItemId = OtherProduct, TestCode = "SOM", Name = "Sommen", GoalCode = "23", MinScore = 0, MaxScore = 200 },
        new() { SupplierId = Supplier, CatalogItemId = OtherProduct, TestCode = "LEZ", Name = "Lezen", MinScore = 0, MaxScore = 10 },
    ];

    private static ResultRow Row(string test, int month, int day, double score, int? minutes = null, Guid? pupil = null) =>
        new(pupil ?? Pupil, null, Guid.Empty, Supplier, test == "REK" ? Arithmetic : OtherProduct, test, null, null,
            new DateOnly(month >= 8 ? 2025 : 2026, month, day), score, minutes);

    private static ResultAnalysis Analyse(params ResultRow[] rows)
    {
        var analysis = new ResultAnalysis(new TestCatalog(Tests), Period);
        foreach (var row in rows) analysis.Add(row);
        return analysis;
    }

    private static IReadOnlyList<StallReason> Reasons(params ResultRow[] rows) =>
        StallDetector.Reasons(Analyse(rows).Pupils.GetValueOrDefault(Pupil), Period);

    [Fact]
    public void Window_IsTheLastWeeksOfThePeriod()
    {
        Assert.Equal(new DateOnly(2025, 8, 1), Period.From);
        Assert.Equal(new DateOnly(2026, 3, 31), Period.To);
        Assert.Equal(new DateOnly(2026, 3, 4), Period.WindowFrom);
    }

    [Fact]
    public void NoResultsAtAll_Stalls()
    {
        var reasons = StallDetector.Reasons(null, Period);
        Assert.Equal([StallKind.NoResults], reasons.Select(r => r.Kind));
        Assert.Equal("Geen resultaten in de laatste 4 weken", reasons[0].Text);
    }

    [Fact]
    public void ResultsOnlyBeforeTheWindow_StallAsNoResults()
    {
        // 3 March is the last day before the window.
        Assert.Equal([StallKind.NoResults], Reasons(Row("REK", 2, 1, 35), Row("REK", 3, 3, 45)).Select(r => r.Kind));
    }

    [Fact]
    public void FlatScores_StallWithoutProgress()
    {
        // 40 of 50 is 80% before the window and again in it.
        var reasons = Reasons(Row("REK", 2, 1, 40), Row("REK", 3, 10, 40));
        var reason = Assert.Single(reasons);
        Assert.Equal(StallKind.NoProgress, reason.Kind);
        Assert.Equal("Geen vooruitgang bij Kerndoel 23: Wiskundetaal leren gebruiken: 80% in de laatste 4 weken, 80% daarvoor", reason.Text);
    }

    [Fact]
    public void ImprovingScores_DoNotStall()
    {
        Assert.Empty(Reasons(Row("REK", 2, 1, 35), Row("REK", 3, 10, 45)));
    }

    [Fact]
    public void TheLatestScoreInTheWindowCounts_NotADipBeforeIt()
    {
        // Before: 30 (60%). In the window 25 (50%) on 5 March, then 45 (90%) on 20 March: the latest is above.
        Assert.Empty(Reasons(Row("REK", 2, 1, 30), Row("REK", 3, 5, 25), Row("REK", 3, 20, 45)));
        // The other way round: 45 then 25 in the window, the latest (50%) is below 60%.
        Assert.Equal([StallKind.NoProgress, StallKind.BelowNorm], Reasons(Row("REK", 2, 1, 30), Row("REK", 3, 5, 45), Row("REK", 3, 20, 25)).Select(r => r.Kind));
    }

    [Fact]
    public void LatestScoreBelowNorm_Stalls_EvenWhenImproving()
    {
        // 10 → 20 of 50 is progress, but 20 is below the norm of 30.
        var reason = Assert.Single(Reasons(Row("REK", 2, 1, 10), Row("REK", 3, 10, 20)));
        Assert.Equal(StallKind.BelowNorm, reason.Kind);
        Assert.Equal("Onder de norm bij Rekenen blok 3: laatste score 20, norm 30", reason.Text);
    }

    [Fact]
    public void ScoresOfDifferentTestsOnOneGoal_AreComparedAsShareOfTheirRange()
    {
        // Goal "K23" on REK: 40/50 = 80%; goal "23" on SOM: 150/200 = 75%: the same kerndoel, and lower.
        var reasons = Reasons(Row("REK", 2, 1, 40), Row("SOM", 3, 10, 150));
        Assert.Equal(StallKind.NoProgress, Assert.Single(reasons).Kind);
        Assert.Contains("75% in de laatste 4 weken, 80% daarvoor", reasons[0].Text, StringComparison.Ordinal);
        // 170/200 = 85% is progress.
        Assert.Empty(Reasons(Row("REK", 2, 1, 40), Row("SOM", 3, 10, 170)));
    }

    [Fact]
    public void TwoScoresOnOneDay_TheBetterCounts_WhateverTheOrder()
    {
        Assert.Empty(Reasons(Row("REK", 2, 1, 35), Row("REK", 3, 10, 45), Row("REK", 3, 10, 20)));
        Assert.Empty(Reasons(Row("REK", 2, 1, 35), Row("REK", 3, 10, 20), Row("REK", 3, 10, 45)));
    }

    [Fact]
    public void AWindowOfOneWeek_ChangesWhatCountsAsRecent()
    {
        var period = new DashboardSettings { Year = "2025-2026", Weeks = 1 }.Period(new DateOnly(2026, 3, 31));
        var analysis = new ResultAnalysis(new TestCatalog(Tests), period);
        analysis.Add(Row("REK", 3, 10, 45));
        var reason = Assert.Single(StallDetector.Reasons(analysis.Pupils[Pupil], period));
        Assert.Equal("Geen resultaten in de laatste week", reason.Text);
    }

    [Fact]
    public void Aggregates_AverageAsShareOfRange_AndShareAtNorm()
    {
        // REK 0–50, norm 30: 40 (80%, at norm), 20 (40%, below), 30 (60%, at norm). LEZ has no norm: 5 of 10 = 50%.
        var analysis = Analyse(Row("REK", 9, 1, 40, 20), Row("REK", 9, 8, 20, 10), Row("REK", 9, 9, 30), Row("LEZ", 9, 2, 5, 15));
        var goal = analysis.Goals["kd-po-2006-23"];
        Assert.Equal(3, goal.Total.Results);
        Assert.Equal(60, goal.Total.AveragePercent!.Value, 6);
        Assert.Equal(200.0 / 3, goal.Total.ShareAtNorm!.Value, 6);
        // Weeks start on Monday: 1 Sept 2025 is a Monday; 8 and 9 Sept fall in the next week.
        Assert.Equal([new DateOnly(2025, 9, 1), new DateOnly(2025, 9, 8)], goal.Weeks.Keys);
        Assert.Equal(80, goal.Weeks[new DateOnly(2025, 9, 1)].AveragePercent!.Value, 6);
        Assert.Equal(50, goal.Weeks[new DateOnly(2025, 9, 8)].AveragePercent!.Value, 6);

        Assert.Equal(4, analysis.Total.Results);
        Assert.Equal((80 + 40 + 60 + 50) / 4.0, analysis.Total.AveragePercent!.Value, 6);
        Assert.Equal(200.0 / 3, analysis.Total.ShareAtNorm!.Value, 6);
        Assert.Equal(45, analysis.Total.Minutes);
        Assert.Equal(30, analysis.Products[Arithmetic].Total.Minutes);
        Assert.Equal(15, analysis.Pupils[Pupil].MinutesPerProduct[OtherProduct]);
        Assert.Equal(30, analysis.Tests.Values.Single(t => t.Test.Name == "Rekenen blok 3").AverageScore, 6);
    }

    [Fact]
    public void ResultsOutsideThePeriod_AreLeftOut()
    {
        var analysis = Analyse(Row("REK", 7, 31, 40) with { TakenOn = new DateOnly(2025, 7, 31) }, Row("REK", 4, 1, 40));
        Assert.Equal(0, analysis.Total.Results);
    }

    [Theory]
    [InlineData("23")]
    [InlineData("K23")]
    [InlineData("k 23")]
    [InlineData("kerndoel 23")]
    [InlineData("kd-po-2006-23")]
    public void GoalCodes_OfOneKerndoel_AreOneGoal(string code) =>
        Assert.Equal("kd-po-2006-23", GoalNames.Resolve(code).Key);

    [Fact]
    public void UnknownGoalCodes_KeepTheirOwnName()
    {
        Assert.Equal("Leerdoel R-3.2", GoalNames.Resolve("R-3.2").Label);
        Assert.Equal("code:K99", GoalNames.Resolve("K99").Key);
    }

    [Fact]
    public void ResultsWithoutGoal_AreFollowedPerTest()
    {
        var analysis = Analyse(Row("LEZ", 9, 2, 5));
        Assert.Equal("Lezen (geen leerdoel)", Assert.Single(analysis.Goals.Values).Goal.Label);
    }

    [Theory]
    [InlineData(null, 4, null)]
    [InlineData(1, 1, null)]
    [InlineData(26, 26, null)]
    [InlineData(0, 4, "Weken zonder vooruitgang: kies een getal van 1 tot en met 26.")]
    [InlineData(27, 4, "Weken zonder vooruitgang: kies een getal van 1 tot en met 26.")]
    public void Weeks_AreOneToTwentySix(int? asked, int used, string? error)
    {
        var settings = new DashboardSettings { Weeks = asked };
        Assert.Equal(used, settings.WindowWeeks);
        Assert.Equal(error, settings.WeeksError);
    }

    [Fact]
    public void UnknownSchoolYear_FallsBackToTheCurrentOne()
    {
        var today = new DateOnly(2026, 11, 26);
        Assert.Equal(2026, new DashboardSettings { Year = "1999-2000" }.StartYear(today));
        Assert.Equal(2026, new DashboardSettings { Year = "<script>" }.StartYear(today));
        Assert.Equal(2025, new DashboardSettings { Year = "2025-2026" }.StartYear(today));
        Assert.NotNull(new DashboardSettings { Year = "2027-2028" }.YearError(today));
    }
}

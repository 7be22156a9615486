using Regie.Web.Features.Needs.Similarity;

namespace Regie.Tests.Features.Needs.Similarity;

/// <summary>
/// Grouping on a fixed sample of needs from three boards, written the way teachers write them: the "wil ik" and
/// "zodat" parts, which is what Regie compares (who asks does not make two needs different).
/// </summary>
public sealed class NeedGrouperTests
{
    private static readonly Guid BoardA = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid BoardB = Guid.Parse("00000000-0000-0000-0000-00000000000b");
    private static readonly Guid BoardC = Guid.Parse("00000000-0000-0000-0000-00000000000c");

    private static readonly SimilarityInput ArithmeticA = Need(1, BoardA, "software om adaptief rekenen te oefenen zodat leerlingen op hun eigen niveau rekenen oefenen.");
    private static readonly SimilarityInput WifiA = Need(2, BoardA, "betrouwbare wifi in elk klaslokaal zodat digitale toetsen niet uitvallen.");
    private static readonly SimilarityInput ReadingA = Need(3, BoardA, "inzicht in de leesvorderingen van mijn groep zodat ik op tijd extra begeleiding kan geven.");
    private static readonly SimilarityInput ArithmeticB = Need(4, BoardB, "een adaptief programma voor rekenen zodat elke leerling rekenen oefent op het eigen niveau.");
    private static readonly SimilarityInput WifiB = Need(5, BoardB, "een stabiel draadloos netwerk met wifi in ieder klaslokaal zodat lessen met laptops niet stilvallen.");
    private static readonly SimilarityInput PrivacyB = Need(6, BoardB, "scholing over privacy en de AVG zodat ik weet welke gegevens van leerlingen ik mag delen.");
    private static readonly SimilarityInput CitizenshipC = Need(7, BoardC, "lesmateriaal over burgerschap zodat leerlingen leren wat democratie betekent.");
    private static readonly SimilarityInput WifiC = Need(8, BoardC, "wifi die in alle klaslokalen werkt zodat toetsen online kunnen worden afgenomen.");

    private static readonly SimilarityInput[] Sample = [ArithmeticA, WifiA, ReadingA, ArithmeticB, WifiB, PrivacyB, CitizenshipC, WifiC];

    [Fact]
    public void Group_FindsTheWifiAndArithmeticNeedsOfDifferentBoards()
    {
        var groups = NeedGrouper.Group(Sample);

        Assert.Equal(2, groups.Count);
        var wifi = groups[0];
        Assert.Equal([WifiA.NeedId, WifiB.NeedId, WifiC.NeedId], wifi.NeedIds);
        Assert.Equal(3, wifi.BoardCount);
        var arithmetic = groups[1];
        Assert.Equal([ArithmeticA.NeedId, ArithmeticB.NeedId], arithmetic.NeedIds);
        Assert.Equal(2, arithmetic.BoardCount);
    }

    [Fact]
    public void Group_ExplainsInDutchWhichWordsTheNeedsShare()
    {
        var groups = NeedGrouper.Group(Sample);

        var arithmetic = groups.Single(g => g.NeedIds.Contains(ArithmeticA.NeedId));
        Assert.Equal("Beide behoeften noemen: rekenen, adaptief, eigen, niveau.", arithmetic.Explanation);
        var wifi = groups.Single(g => g.NeedIds.Contains(WifiA.NeedId));
        Assert.StartsWith("Deze 3 behoeften noemen dezelfde woorden: ", wifi.Explanation);
        Assert.Contains("wifi (3 van 3)", wifi.Explanation);
        Assert.Contains("klaslokaal (3 van 3)", wifi.Explanation);
    }

    [Fact]
    public void Group_NeverGroupsNeedsOfOneBoardOnly()
    {
        var sameBoard = new[] { ArithmeticA, ArithmeticB with { BoardId = BoardA }, WifiA, WifiB with { BoardId = BoardA } };

        Assert.Empty(NeedGrouper.Group(sameBoard));
    }

    [Fact]
    public void Group_LeavesNeedsThatOnlyShareACommonWordApart()
    {
        var groups = NeedGrouper.Group(Sample);

        Assert.DoesNotContain(groups, g => g.NeedIds.Contains(PrivacyB.NeedId) || g.NeedIds.Contains(CitizenshipC.NeedId) || g.NeedIds.Contains(ReadingA.NeedId));
    }

    [Fact]
    public void Group_WithAHigherThresholdKeepsOnlyTheClosestPairs()
    {
        var strict = NeedGrouper.Group(Sample, threshold: 0.9);

        Assert.Empty(strict);
    }

    [Fact]
    public void Group_OfFewerThanTwoNeedsIsEmpty()
    {
        Assert.Empty(NeedGrouper.Group([]));
        Assert.Empty(NeedGrouper.Group([ArithmeticA]));
    }

    [Fact]
    public void Group_IsTheSameWhateverTheOrderOfTheNeeds()
    {
        var forward = NeedGrouper.Group(Sample).Select(g => g.NeedIds.Order().ToList()).ToList();
        var backward = NeedGrouper.Group(Sample.Reverse().ToList()).Select(g => g.NeedIds.Order().ToList()).ToList();

        Assert.Equal(forward, backward);
    }

    private static SimilarityInput Need(int n, Guid board, string whatAndWhy) => new(new Guid(n, 0, 0, new byte[8]), board, whatAndWhy);
}

public sealed class SharingDemoDataTests
{
    [Fact]
    public void DemoNeeds_FormTheWifiAndArithmeticGroupsAcrossBoards()
    {
        var boards = Regie.Web.Features.Needs.Shared.SharingDemoData.Needs.Select(n => n.Board).Distinct().ToDictionary(b => b, _ => Guid.NewGuid());
        var needs = Regie.Web.Features.Needs.Shared.SharingDemoData.Needs
            .Select(n => new SimilarityInput(Guid.NewGuid(), boards[n.Board], n.Want + " " + n.SoThat)).ToList();

        var groups = NeedGrouper.Group(needs);

        Assert.Equal(2, groups.Count);
        Assert.Equal(3, groups[0].BoardCount);
        Assert.Contains("wifi", groups[0].Explanation);
        Assert.Equal(2, groups[1].BoardCount);
        Assert.Contains("rekenen", groups[1].Explanation);
    }
}

using Regie.Web.Features.Needs;

namespace Regie.Tests.Features.Needs;

public sealed class SolutionWordMatcherTests
{
    private static readonly SolutionWordMatcher Matcher = new(ShippedSolutionWords.All);

    private static IReadOnlyList<string> Found(string text) => Matcher.Find(text).Select(h => h.Found).ToList();

    [Theory]
    [InlineData("ik wil een iPad gebruiken", "iPad")]
    [InlineData("IPAD voor elke leerling", "IPAD")]
    [InlineData("de kinderen werken op Chromebooks", "Chromebooks")]
    [InlineData("oefenen in Snappet", "Snappet")]
    [InlineData("overleggen via Teams", "Teams")]
    [InlineData("meer tablets in de klas", "tablets")]
    [InlineData("een iPadje per groepje", "iPadje")]
    [InlineData("een knop om te printen", "knop")]
    [InlineData("grote knoppen voor kleuters", "knoppen")]
    [InlineData("een knopje erbij", "knopje")]
    [InlineData("een pop-up met de uitleg", "pop-up")]
    [InlineData("een popup met de uitleg", "popup")]
    [InlineData("in het menu", "menu")]
    [InlineData("alle menu’s zijn Engels", "menu’s")]
    [InlineData("nieuwe digiborden", "digiborden")]
    [InlineData("een laptop voor de intern begeleider", "laptop")]
    [InlineData("werken met Google Classroom", "Google Classroom")]
    [InlineData("werken met google-classroom", "google-classroom")]
    public void Finds_the_word_as_typed(string text, string expected) => Assert.Equal([expected], Found(text));

    [Theory]
    [InlineData("Ëén Tablét voor iedereen", "Tablét")]
    [InlineData("een tabléts-kar", "tabléts")]
    public void Ignores_accents_and_case_but_shows_the_original_text(string text, string expected) => Assert.Equal([expected], Found(text));

    [Theory]
    [InlineData("ons team wil samen lessen voorbereiden")]
    [InlineData("de drukknoppen van de lift")]
    [InlineData("een menukaart voor de schoolkantine")]
    [InlineData("een tabletop-spel over rekenen")]
    [InlineData("ik word er blij van")]
    [InlineData("leerlingen oefenen zelfstandig met rekenen op hun eigen niveau")]
    [InlineData("")]
    public void Finds_nothing_inside_other_words_or_in_a_plain_need(string text) => Assert.Empty(Found(text));

    [Fact]
    public void Reports_a_multi_word_product_once_not_also_its_brand()
    {
        var hits = Matcher.Find("we gebruiken Google Classroom");
        var hit = Assert.Single(hits);
        Assert.Equal("Google Classroom", hit.Word.Term);
    }

    [Fact]
    public void Finds_words_in_every_part_of_the_story_with_a_tip_per_kind()
    {
        var hits = Matcher.Find("leraar met een iPad", "een knop om toetsen te starten", "ik minder tijd kwijt ben aan de beamer");

        Assert.Equal(["iPad", "knop", "beamer"], hits.Select(h => h.Found));
        Assert.Equal([SolutionTermKind.Brand, SolutionTermKind.ScreenElement, SolutionTermKind.Device], hits.Select(h => h.Word.Kind));
        Assert.Equal(SolutionWords.TipFor(SolutionTermKind.Brand), hits[0].Tip);
        Assert.NotEqual(hits[0].Tip, hits[2].Tip);
    }

    [Fact]
    public void A_boards_own_word_warns_with_its_own_tip()
    {
        var matcher = new SolutionWordMatcher([.. ShippedSolutionWords.All, new SolutionWord("Wizwijs", SolutionTermKind.Brand, "Beschrijf wat de methode moet doen.")]);

        var hit = Assert.Single(matcher.Find("oefenen met wizwijs"));

        Assert.Equal("wizwijs", hit.Found);
        Assert.Equal("Beschrijf wat de methode moet doen.", hit.Tip);
    }

    [Fact]
    public void A_word_named_twice_in_the_same_form_warns_once()
    {
        Assert.Single(Matcher.Find("een iPad", "met de iPad"));
    }

    [Fact]
    public void Text_that_would_make_a_naive_pattern_backtrack_is_checked_quickly()
    {
        var text = string.Concat(Enumerable.Repeat("knop- ", 2000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.NotEmpty(Matcher.Find(text));
        Assert.True(watch.ElapsedMilliseconds < 2000, $"{watch.ElapsedMilliseconds} ms");
    }
}

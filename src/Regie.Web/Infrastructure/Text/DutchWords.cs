namespace Regie.Web.Infrastructure.Text;

/// <summary>Splits Dutch text into the words that carry meaning: lower case, no stop words, no numbers.</summary>
public static class DutchWords
{
    /// <summary>
    /// Snowball's Dutch stop words plus the fixed words of a user story ("als", "wil", "zodat") and a few
    /// fillers that every need uses ("goed", "beter", "graag"), which say nothing about what a need is about.
    /// </summary>
    public static readonly IReadOnlySet<string> StopWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "aan", "al", "alle", "alles", "als", "altijd", "andere", "ben", "beter", "bij", "daar", "dan", "dat", "de", "der",
        "deze", "die", "dit", "doch", "doen", "door", "dus", "een", "eens", "elk", "elke", "en", "er", "ge", "geen", "geweest",
        "goed", "graag", "haar", "had", "heb", "hebben", "heeft", "hem", "het", "hier", "hij", "hoe", "hun", "ieder", "iedere", "iemand",
        "iets", "ik", "in", "is", "ja", "je", "kan", "kon", "kunnen", "maar", "me", "meer", "men", "met", "mij", "mijn", "moet",
        "moeten", "na", "naar", "niet", "niets", "nog", "nu", "of", "om", "omdat", "ons", "onze", "ook", "op", "over", "reeds",
        "te", "tegen", "toch", "toen", "tot", "u", "uit", "uw", "van", "veel", "voor", "want", "waren", "was", "wat", "we",
        "werd", "wezen", "wie", "wij", "wil", "willen", "worden", "wordt", "zal", "ze", "zelf", "zich", "zij", "zijn", "zo",
        "zodat", "zonder", "zou", "zullen",
    };

    /// <summary>Words of at least two letters, in order, as written but in lower case.</summary>
    public static IEnumerable<string> Split(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0)
            {
                if (i - start >= 2)
                {
                    var word = text[start..i].ToLowerInvariant();
                    if (!StopWords.Contains(word)) yield return word;
                }
                start = -1;
            }
        }
    }
}

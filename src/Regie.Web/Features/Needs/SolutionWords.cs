using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;

namespace Regie.Web.Features.Needs;

/// <summary>A word that names a solution instead of a need; <paramref name="Hint"/> overrides the tip for its kind.</summary>
public sealed record SolutionWord(string Term, SolutionTermKind Kind, string? Hint = null);

/// <summary>Where a story names a solution: the word as the user typed it and the listed word it matched.</summary>
public sealed record SolutionWordHit(string Found, SolutionWord Word)
{
    public string Tip => Word.Hint ?? SolutionWords.TipFor(Word.Kind);
}

/// <summary>
/// A source of solution words. Regie's base list and the board's own words are two; another module (the market's
/// catalogue of product names) adds itself by registering one more.
/// </summary>
public interface ISolutionWordSource
{
    Task<IReadOnlyList<SolutionWord>> WordsAsync(RegieDbContext db, CancellationToken ct);
}

/// <summary>The words of every source for the signed-in board, ready to check a story.</summary>
public sealed class SolutionWords(IEnumerable<ISolutionWordSource> sources)
{
    public static string TipFor(SolutionTermKind kind) => kind switch
    {
        SolutionTermKind.Brand =>
            "U noemt een merk of product. Schrijf op wat u wilt bereiken; dan kan elke aanbieder laten zien hoe hij dat oplost.",
        SolutionTermKind.Device =>
            "U noemt een soort apparaat. Vertel wat leerlingen of collega's ermee moeten kunnen doen; welk apparaat daarbij past, bepalen we later.",
        _ =>
            "U beschrijft hoe het scherm eruit moet zien. Vertel liever wat u wilt kunnen doen en waarom; de vormgeving volgt daaruit.",
    };

    public async Task<SolutionWordMatcher> MatcherAsync(RegieDbContext db, CancellationToken ct)
    {
        var words = new List<SolutionWord>();
        foreach (var source in sources) words.AddRange(await source.WordsAsync(db, ct));
        return new SolutionWordMatcher(words);
    }
}

/// <summary>The board's own words, kept by its administrator on the Terms page; archived words no longer warn.</summary>
public sealed class BoardSolutionWords : ISolutionWordSource
{
    public async Task<IReadOnlyList<SolutionWord>> WordsAsync(RegieDbContext db, CancellationToken ct) =>
        await db.SolutionTerms.AsNoTracking().Where(t => t.ArchivedAt == null)
            .Select(t => new SolutionWord(t.Term, t.Kind, t.Hint)).ToListAsync(ct);
}

/// <summary>
/// Finds solution words in a text: case and accents do not matter, only whole words count, and simple Dutch
/// plurals and diminutives of a word count as the word ("knoppen", "tablets", "iPadje", "menu's").
/// </summary>
public sealed class SolutionWordMatcher
{
    /// <summary>Plural and diminutive endings; "knop" also takes its last letter doubled ("knoppen", "knoppie").</summary>
    private const string Endings = "(?:s|'s|en|n|e|je|jes|tje|tjes|pje|pjes|etje|etjes)?";

    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    private readonly List<(SolutionWord Word, Regex Pattern)> _words;

    public SolutionWordMatcher(IEnumerable<SolutionWord> words)
    {
        // The first word with a given spelling wins, so a board's own tip never doubles a warning of the base list.
        _words = words
            .Select(w => (Word: w, Key: Normalize(w.Term).Text.Trim()))
            .Where(w => w.Key.Length > 0)
            .DistinctBy(w => w.Key)
            .Select(w => (w.Word, Patterns.GetOrAdd(w.Key, Build)))
            .ToList();
    }

    public IReadOnlyList<SolutionWordHit> Find(params string?[] texts)
    {
        var hits = new List<SolutionWordHit>();
        foreach (var text in texts)
        {
            if (string.IsNullOrWhiteSpace(text)) continue;
            var (normalized, origin) = Normalize(text);
            var spans = new List<(int Start, int End, SolutionWord Word)>();
            foreach (var (word, pattern) in _words)
                foreach (Match match in pattern.Matches(normalized))
                    spans.Add((origin[match.Index], origin[match.Index + match.Length - 1] + 1, word));
            // "Google Classroom" is one warning, not also one for "Google".
            hits.AddRange(spans
                .Where(s => !spans.Any(o => o != s && o.Start <= s.Start && o.End >= s.End && o.End - o.Start > s.End - s.Start))
                .OrderBy(s => s.Start)
                .Select(s => new SolutionWordHit(text[s.Start..s.End], s.Word)));
        }
        return hits.DistinctBy(h => (h.Word.Term, h.Found.ToLowerInvariant())).ToList();
    }

    private static Regex Build(string key)
    {
        // Parts of "pop-up" or "google classroom" may be joined by a space, a hyphen or nothing.
        var parts = key.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape);
        var body = string.Join("[ -]?", parts);
        var last = key[^1];
        var doubled = char.IsLetter(last) && !"aeiouy".Contains(last, StringComparison.Ordinal)
            ? $"|{Regex.Escape(last.ToString())}(?:en|etje|etjes|ie|ies)" : "";
        return new Regex($"(?<![\\p{{L}}\\p{{N}}]){body}(?:{Endings}{doubled})(?![\\p{{L}}\\p{{N}}])",
            RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>Lower case without accents, with for each character the position it came from in the original.</summary>
    private static (string Text, int[] Origin) Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var origin = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i] is '\u2019' or '\u2018' or '`' ? '\'' : text[i];
            foreach (var d in c.ToString().Normalize(NormalizationForm.FormD))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(d) == UnicodeCategory.NonSpacingMark) continue;
                builder.Append(char.ToLowerInvariant(d));
                origin.Add(i);
            }
        }
        return (builder.ToString(), origin.ToArray());
    }
}

using Regie.Web.Infrastructure;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Market.Catalog;

/// <summary>Turns typed lists ("Rekenen en wiskunde, groep 3") into codes and enum values, by key or label.</summary>
internal static class CodeParsing
{
    private static readonly char[] Separators = [',', ';', '\n', '\r', '|'];

    public static IReadOnlyList<IReadOnlyList<Code>> AllLists => [CodeLists.Subjects, CodeLists.Levels, CodeLists.Certifications, CodeLists.LearningGoals];

    public static List<string> Parse(string? text, IReadOnlyList<IReadOnlyList<Code>> lists) =>
        Entries(text).Select(entry => Resolve(entry, lists) ?? entry).Distinct(StringComparer.Ordinal).ToList();

    public static List<TEnum> ParseEnums<TEnum>(string? text, out IReadOnlyList<string> unknown) where TEnum : struct, Enum
    {
        var values = new List<TEnum>();
        var missing = new List<string>();
        foreach (var entry in Entries(text))
        {
            if (TryParseEnum<TEnum>(entry, out var value)) { if (!values.Contains(value)) values.Add(value); }
            else missing.Add(entry);
        }
        unknown = missing;
        return values;
    }

    public static bool TryParseEnum<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var key = Key(text);
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (Convert.ToInt64(candidate) == 0 && typeof(TEnum).IsDefined(typeof(FlagsAttribute), false)) continue;
            if (Key(candidate.ToString()) == key || Key(Enums.Label(candidate)) == key)
            {
                value = candidate;
                return true;
            }
        }
        return false;
    }

    private static string? Resolve(string entry, IReadOnlyList<IReadOnlyList<Code>> lists)
    {
        var key = Key(entry);
        foreach (var list in lists)
            foreach (var code in list)
                if (Key(code.Key) == key || Key(code.Label) == key || Key(LabelWithoutNumber(code.Label)) == key)
                    return code.Key;
        return null;
    }

    // Learning goals are labelled "23. Topic"; people may type only the topic.
    private static string LabelWithoutNumber(string label) =>
        label.IndexOf(". ", StringComparison.Ordinal) is var dot and > 0 && label[..dot].All(char.IsAsciiDigit) ? label[(dot + 2)..] : label;

    private static IEnumerable<string> Entries(string? text) =>
        (text ?? "").Split(Separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static string Key(string text) => SearchTerms.Normalize(text.Trim()).Replace('_', '-');
}

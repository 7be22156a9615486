using System.Globalization;
using System.Text;

namespace Regie.Web.Infrastructure.Web;

public static class SearchTerms
{
    /// <summary>Lower case without diacritics: "Zoë Café" becomes "zoe cafe". The same on SQLite and PostgreSQL.</summary>
    public static string Normalize(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                builder.Append(char.ToLowerInvariant(c));
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>A LIKE pattern that finds the term anywhere; LIKE's wildcards typed by the user are taken out.</summary>
    public static string Contains(string term) =>
        "%" + Normalize(term).Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal) + "%";
}

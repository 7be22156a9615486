using System.Text;

namespace Regie.Web.Infrastructure.Text;

/// <summary>
/// The Snowball stemmer for Dutch (Porter's original Dutch algorithm, snowballstem.org/algorithms/dutch),
/// so "rekenen", "reken" and "rekent" meet. NuGet only offers it inside a prerelease of a whole search engine,
/// so it is written out here, step by step as the algorithm names them.
/// </summary>
public static class DutchStemmer
{
    public static string Stem(string word)
    {
        var w = Prelude(word);
        var (p1, p2) = MarkRegions(w);
        Step1(w, p1);
        var eFound = EEnding(w, p1);
        Step3a(w, p1, p2);
        Step3b(w, p1, p2, ref eFound);
        UndoubleVowel(w);

        return Postlude(w);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'è';
    private static bool EndsWith(StringBuilder w, string s) => w.Length >= s.Length && w.ToString(w.Length - s.Length, s.Length) == s;
    private static bool NonVowelBefore(StringBuilder w, int at) => at > 0 && !IsVowel(w[at - 1]);

    /// <summary>Drops diaereses and acute accents, and marks the consonant uses of i and y as I and Y.</summary>
    private static StringBuilder Prelude(string word)
    {
        var w = new StringBuilder(word.Length);
        foreach (var c in word.ToLowerInvariant())
        {
            w.Append(c switch
            {
                'ä' or 'á' => 'a',
                'ë' or 'é' => 'e',
                'ï' or 'í' => 'i',
                'ö' or 'ó' => 'o',
                'ü' or 'ú' => 'u',
                _ => c,
            });
        }
        if (w.Length > 0 && w[0] == 'y') w[0] = 'Y';
        var k = 0;
        while (k < w.Length - 1)
        {
            if (IsVowel(w[k]) && w[k + 1] == 'i' && k + 2 < w.Length && IsVowel(w[k + 2])) { w[k + 1] = 'I'; k += 3; }
            else if (IsVowel(w[k]) && w[k + 1] == 'y') { w[k + 1] = 'Y'; k += 2; }
            else k++;
        }
        return w;
    }

    /// <summary>R1 starts after the first non-vowel that follows a vowel, but never before the fourth letter; R2 likewise within R1.</summary>
    private static (int P1, int P2) MarkRegions(StringBuilder w)
    {
        var after = PastVowelThenNonVowel(w, 0);
        if (after >= w.Length) return (w.Length, w.Length);
        return (Math.Max(after, 3), PastVowelThenNonVowel(w, after));
    }

    private static int PastVowelThenNonVowel(StringBuilder w, int from)
    {
        var i = from;
        while (i < w.Length && !IsVowel(w[i])) i++;
        if (i >= w.Length) return w.Length;
        i++;
        while (i < w.Length && IsVowel(w[i])) i++;
        return i >= w.Length ? w.Length : i + 1;
    }

    private static void Undouble(StringBuilder w)
    {
        if (EndsWith(w, "kk") || EndsWith(w, "dd") || EndsWith(w, "tt")) w.Length--;
    }

    private static bool EnEnding(StringBuilder w, int suffixLength, int p1)
    {
        var at = w.Length - suffixLength;
        if (at < p1 || !NonVowelBefore(w, at) || (at >= 3 && w.ToString(at - 3, 3) == "gem")) return false;
        w.Length = at;
        Undouble(w);
        return true;
    }

    /// <summary>Step 1: the longest of heden, ene, en, se, s.</summary>
    private static void Step1(StringBuilder w, int p1)
    {
        if (EndsWith(w, "heden"))
        {
            if (w.Length - 5 >= p1) { w.Length -= 5; w.Append("heid"); }
        }
        else if (EndsWith(w, "ene")) EnEnding(w, 3, p1);
        else if (EndsWith(w, "en")) EnEnding(w, 2, p1);
        else if (EndsWith(w, "se") || EndsWith(w, "s"))
        {
            var at = w.Length - (EndsWith(w, "se") ? 2 : 1);
            if (at >= p1 && NonVowelBefore(w, at) && w[at - 1] != 'j') w.Length = at;
        }
    }

    /// <summary>Step 2: a final e after a non-vowel; tells step 3b whether it went.</summary>
    private static bool EEnding(StringBuilder w, int p1)
    {
        var at = w.Length - 1;
        if (!EndsWith(w, "e") || at < p1 || !NonVowelBefore(w, at)) return false;
        w.Length = at;
        Undouble(w);
        return true;
    }

    /// <summary>Step 3a: heid in R2 not after c, then a following en as in step 1.</summary>
    private static void Step3a(StringBuilder w, int p1, int p2)
    {
        if (!EndsWith(w, "heid") || w.Length - 4 < p2 || (w.Length > 4 && w[w.Length - 5] == 'c')) return;
        w.Length -= 4;
        if (EndsWith(w, "en")) EnEnding(w, 2, p1);
    }

    /// <summary>Step 3b: the derivational suffixes end, ing, ig, lijk, baar, bar.</summary>
    private static void Step3b(StringBuilder w, int p1, int p2, ref bool eFound)
    {
        if (EndsWith(w, "end") || EndsWith(w, "ing"))
        {
            if (w.Length - 3 < p2) return;
            w.Length -= 3;
            if (EndsWith(w, "ig") && w.Length - 2 >= p2 && !(w.Length > 2 && w[w.Length - 3] == 'e')) w.Length -= 2;
            else Undouble(w);
        }
        else if (EndsWith(w, "ig"))
        {
            if (w.Length - 2 >= p2 && !(w.Length > 2 && w[w.Length - 3] == 'e')) w.Length -= 2;
        }
        else if (EndsWith(w, "lijk"))
        {
            if (w.Length - 4 < p2) return;
            w.Length -= 4;
            eFound = EEnding(w, p1);
        }
        else if (EndsWith(w, "baar"))
        {
            if (w.Length - 4 >= p2) w.Length -= 4;
        }
        else if (EndsWith(w, "bar"))
        {
            if (w.Length - 3 >= p2 && eFound) w.Length -= 3;
        }
    }

    /// <summary>Step 4: "maan" becomes "man": a double aa, ee, oo or uu between non-vowels loses one letter.</summary>
    private static void UndoubleVowel(StringBuilder w)
    {
        var n = w.Length;
        if (n < 4) return;
        var last = w[n - 1];
        if (IsVowel(last) || last == 'I') return;
        var v = w[n - 2];
        if (v != w[n - 3] || v is not ('a' or 'e' or 'o' or 'u') || IsVowel(w[n - 4])) return;
        w.Remove(n - 2, 1);
    }

    private static string Postlude(StringBuilder w)
    {
        for (var i = 0; i < w.Length; i++)
        {
            if (w[i] == 'I') w[i] = 'i';
            else if (w[i] == 'Y') w[i] = 'y';
        }
        return w.ToString();
    }
}

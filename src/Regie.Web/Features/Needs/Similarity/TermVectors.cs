using Regie.Web.Infrastructure.Text;
namespace Regie.Web.Features.Needs.Similarity;

/// <summary>
/// The needs as TF-IDF vectors over stemmed Dutch words, each of unit length, so the dot product of two is their
/// cosine similarity. Words are stemmed once per distinct spelling: a corpus repeats its words a lot.
/// </summary>
internal sealed class TermVectors
{
    public required int[][] Terms { get; init; }      // per need: term ids, ascending
    public required float[][] Weights { get; init; }  // per need: the weight of each term, same order
    public required int[] DocumentFrequency { get; init; }
    public required string[] DisplayWord { get; init; } // per term: the spelling used most

    public int TermCount => DocumentFrequency.Length;

    public static TermVectors Build(IReadOnlyList<string> texts)
    {
        var stemOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var termOfStem = new Dictionary<string, int>(StringComparer.Ordinal);
        var spellings = new List<Dictionary<string, int>>();
        var counts = new Dictionary<int, int>[texts.Count];

        for (var d = 0; d < texts.Count; d++)
        {
            var tf = counts[d] = [];
            foreach (var word in DutchWords.Split(texts[d]))
            {
                if (!stemOf.TryGetValue(word, out var term))
                {
                    var stem = DutchStemmer.Stem(word);
                    if (!termOfStem.TryGetValue(stem, out term))
                    {
                        term = termOfStem[stem] = spellings.Count;
                        spellings.Add(new Dictionary<string, int>(StringComparer.Ordinal));
                    }
                    stemOf[word] = term;
                }
                tf[term] = tf.GetValueOrDefault(term) + 1;
                spellings[term][word] = spellings[term].GetValueOrDefault(word) + 1;
            }
        }

        var df = new int[spellings.Count];
        foreach (var tf in counts)
            foreach (var term in tf.Keys) df[term]++;

        var n = texts.Count;
        var terms = new int[n][];
        var weights = new float[n][];
        for (var d = 0; d < n; d++)
        {
            var ids = counts[d].Keys.Order().ToArray();
            var w = new float[ids.Length];
            double norm = 0;
            for (var k = 0; k < ids.Length; k++)
            {
                // (1 + ln tf) · (1 + ln((1 + N) / (1 + df))): repeating a word adds little; the smoothed IDF keeps
                // a word that two boards share from being drowned by words only one story uses, in a small corpus.
                var value = (1 + Math.Log(counts[d][ids[k]])) * (1 + Math.Log((1.0 + n) / (1.0 + df[ids[k]])));
                w[k] = (float)value;
                norm += value * value;
            }
            if (norm > 0)
            {
                var length = (float)Math.Sqrt(norm);
                for (var k = 0; k < w.Length; k++) w[k] /= length;
            }
            terms[d] = ids;
            weights[d] = w;
        }

        var display = spellings.Select(s => s.MaxBy(p => (p.Value, -p.Key.Length)).Key).ToArray();
        return new TermVectors { Terms = terms, Weights = weights, DocumentFrequency = df, DisplayWord = display };
    }
}

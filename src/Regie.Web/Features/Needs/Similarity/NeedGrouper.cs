namespace Regie.Web.Features.Needs.Similarity;

public sealed record SimilarityInput(Guid NeedId, Guid BoardId, string Text);

/// <summary>Needs Regie thinks are about the same thing, with the words that made it think so.</summary>
public sealed record SimilarGroup(IReadOnlyList<Guid> NeedIds, int BoardCount, double Similarity, IReadOnlyList<SharedWord> Words)
{
    public string Explanation => NeedIds.Count == 2
        ? $"Beide behoeften noemen: {string.Join(", ", Words.Select(w => w.Word))}."
        : $"Deze {NeedIds.Count} behoeften noemen dezelfde woorden: {string.Join(", ", Words.Select(w => $"{w.Word} ({w.Needs} van {NeedIds.Count})"))}.";
}

public sealed record SharedWord(string Word, int Needs);

/// <summary>
/// Groups similar needs of different boards: TF-IDF over stemmed Dutch words, cosine similarity, and candidate pairs
/// only from needs that share a word (an inverted index), never all pairs.
/// </summary>
/// <remarks>
/// Groups are stars, not chains: the need with the most similar needs becomes a centre and takes every still free
/// need that is similar to it; then the next. Joining every similar pair instead (connected components) lets one
/// need that mentions "groep 3" link a wifi group to a reading group, until everything is one group. A star is kept
/// only when it holds needs of at least two boards: the cooperative bundles across boards.
/// </remarks>
public static class NeedGrouper
{
    /// <summary>
    /// Chosen on the fixed Dutch sample in the tests: needs of two boards that ask for the same thing in their own
    /// words score 0.18 to 0.61 ("betrouwbare wifi in elk klaslokaal" against "een stabiel draadloos netwerk met
    /// wifi in ieder klaslokaal": 0.18); needs about different things that share a common word ("leerlingen") stay
    /// under 0.07. 0.15 takes all of the first and none of the second, with room on both sides.
    /// </summary>
    public const double DefaultThreshold = 0.15;
    private const int MaxWordsInExplanation = 4;

    public static IReadOnlyList<SimilarGroup> Group(IReadOnlyList<SimilarityInput> needs, double threshold = DefaultThreshold)
    {
        var n = needs.Count;
        if (n < 2) return [];
        var vectors = TermVectors.Build(needs.Select(x => x.Text).ToList());
        var boardOf = BoardNumbers(needs);
        var index = new SimilarityIndex(vectors, n);

        var degree = new int[n];
        index.ForEachPair(threshold, (i, j, _) => { degree[i]++; degree[j]++; });

        // Most connected first; equal degree by need id, so the input order does not change the outcome.
        var order = Enumerable.Range(0, n).Where(i => degree[i] > 0)
            .OrderByDescending(i => degree[i]).ThenBy(i => needs[i].NeedId).ToList();
        var taken = new bool[n];
        var groups = new List<SimilarGroup>();
        foreach (var centre in order)
        {
            if (taken[centre]) continue;
            var members = new List<int> { centre };
            var best = 0f;
            foreach (var (j, score) in index.Neighbours(centre, threshold))
            {
                if (taken[j]) continue;
                members.Add(j);
                best = Math.Max(best, score);
            }
            if (members.Select(m => boardOf[m]).Distinct().Count() < 2) continue;
            foreach (var m in members) taken[m] = true;
            members.Sort();
            groups.Add(Describe(members, needs, boardOf, vectors, best));
        }
        return groups
            .OrderByDescending(g => g.BoardCount).ThenByDescending(g => g.NeedIds.Count).ThenByDescending(g => g.Similarity)
            .ToList();
    }

    private static int[] BoardNumbers(IReadOnlyList<SimilarityInput> needs)
    {
        var numbers = new Dictionary<Guid, int>();
        return needs.Select(x => numbers.TryGetValue(x.BoardId, out var b) ? b : numbers[x.BoardId] = numbers.Count).ToArray();
    }

    private sealed class WordUse
    {
        public int Needs;
        public float Weight;
        public readonly HashSet<int> Boards = [];
    }

    private static SimilarGroup Describe(IReadOnlyList<int> members, IReadOnlyList<SimilarityInput> needs, int[] boardOf, TermVectors vectors, float best)
    {
        var usage = new Dictionary<int, WordUse>();
        foreach (var d in members)
        {
            for (var k = 0; k < vectors.Terms[d].Length; k++)
            {
                var term = vectors.Terms[d][k];
                if (!usage.TryGetValue(term, out var use)) usage[term] = use = new WordUse();
                use.Needs++;
                use.Weight += vectors.Weights[d][k];
                use.Boards.Add(boardOf[d]);
            }
        }
        var words = usage
            .Where(u => u.Value.Needs > 1 && u.Value.Boards.Count > 1)
            .OrderByDescending(u => u.Value.Needs).ThenByDescending(u => Math.Round(u.Value.Weight, 3)).ThenBy(u => vectors.DisplayWord[u.Key], StringComparer.Ordinal)
            .Take(MaxWordsInExplanation)
            .Select(u => new SharedWord(vectors.DisplayWord[u.Key], u.Value.Needs))
            .ToList();
        var boards = members.Select(d => boardOf[d]).Distinct().Count();
        return new SimilarGroup(members.Select(d => needs[d].NeedId).ToList(), boards, Math.Round(best, 2), words);
    }
}

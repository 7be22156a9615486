namespace Regie.Web.Features.Needs.Similarity;

/// <summary>
/// An inverted index over the term vectors: per word the needs that use it. Scores are summed only over shared
/// words, so a need is compared with the needs it shares a word with, never with all others.
/// </summary>
internal sealed class SimilarityIndex
{
    private readonly TermVectors _vectors;
    private readonly int[]?[] _docs;
    private readonly float[]?[] _weights;
    private readonly float[] _score;
    private readonly List<int> _touched = [];

    public SimilarityIndex(TermVectors vectors, int n)
    {
        _vectors = vectors;
        _score = new float[n];
        _docs = new int[vectors.TermCount][];
        _weights = new float[vectors.TermCount][];
        var fill = new int[vectors.TermCount];
        for (var t = 0; t < vectors.TermCount; t++)
        {
            // A word of one need links nothing; its weight still counts in that need's length.
            if (vectors.DocumentFrequency[t] < 2) continue;
            _docs[t] = new int[vectors.DocumentFrequency[t]];
            _weights[t] = new float[vectors.DocumentFrequency[t]];
        }
        for (var d = 0; d < n; d++)
        {
            var terms = vectors.Terms[d];
            for (var k = 0; k < terms.Length; k++)
            {
                var t = terms[k];
                if (_docs[t] is not { } docs) continue;
                docs[fill[t]] = d;
                _weights[t]![fill[t]++] = vectors.Weights[d][k];
            }
        }
    }

    /// <summary>Every pair i &lt; j at or above the threshold, each once.</summary>
    public void ForEachPair(double threshold, Action<int, int, float> pair)
    {
        var next = new int[_docs.Length]; // per word: where the current need sits in its postings (they are in need order)
        for (var i = 0; i < _score.Length; i++)
        {
            var terms = _vectors.Terms[i];
            for (var k = 0; k < terms.Length; k++)
            {
                var t = terms[k];
                if (_docs[t] is not { } docs) continue;
                Accumulate(docs, _weights[t]!, ++next[t], _vectors.Weights[i][k], i);
            }
            Collect(threshold, j => pair(i, j, _score[j]));
        }
    }

    /// <summary>The needs at or above the threshold with one need, in need order.</summary>
    public List<(int Need, float Score)> Neighbours(int i, double threshold)
    {
        var terms = _vectors.Terms[i];
        for (var k = 0; k < terms.Length; k++)
        {
            var t = terms[k];
            if (_docs[t] is { } docs) Accumulate(docs, _weights[t]!, 0, _vectors.Weights[i][k], i);
        }
        var result = new List<(int, float)>();
        Collect(threshold, j => result.Add((j, _score[j])));
        result.Sort();
        return result;
    }

    private void Accumulate(int[] docs, float[] weights, int from, float weight, int self)
    {
        for (var p = from; p < docs.Length; p++)
        {
            var j = docs[p];
            if (j == self) continue;
            if (_score[j] == 0) _touched.Add(j);
            _score[j] += weight * weights[p];
        }
    }

    private void Collect(double threshold, Action<int> hit)
    {
        foreach (var j in _touched)
        {
            if (_score[j] >= threshold) hit(j);
            _score[j] = 0;
        }
        _touched.Clear();
    }
}

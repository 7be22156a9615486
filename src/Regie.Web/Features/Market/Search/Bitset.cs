using System.Numerics;

namespace Regie.Web.Features.Market.Search;

/// <summary>One bit per position of the <see cref="CatalogIndex"/>: a facet value's items, a filter, a result set.</summary>
public sealed class Bitset
{
    private readonly ulong[] _words;

    public Bitset(int length)
    {
        Length = length;
        _words = new ulong[(length + 63) / 64];
    }

    public int Length { get; }

    public static Bitset All(int length)
    {
        var all = new Bitset(length);
        Array.Fill(all._words, ulong.MaxValue);
        if (length % 64 != 0 && all._words.Length > 0) all._words[^1] = (1UL << (length % 64)) - 1;
        return all;
    }

    public void Set(int position) => _words[position >> 6] |= 1UL << (position & 63);

    public bool Contains(int position) => (_words[position >> 6] & (1UL << (position & 63))) != 0;

    public Bitset Copy()
    {
        var copy = new Bitset(Length);
        _words.CopyTo(copy._words, 0);
        return copy;
    }

    public void And(Bitset other)
    {
        for (var i = 0; i < _words.Length; i++) _words[i] &= other._words[i];
    }

    public void Or(Bitset other)
    {
        for (var i = 0; i < _words.Length; i++) _words[i] |= other._words[i];
    }

    public int Count()
    {
        var count = 0;
        foreach (var word in _words) count += BitOperations.PopCount(word);
        return count;
    }

    /// <summary>How many positions both sets hold, without building their intersection.</summary>
    public int CountAnd(Bitset other)
    {
        var count = 0;
        for (var i = 0; i < _words.Length; i++) count += BitOperations.PopCount(_words[i] & other._words[i]);
        return count;
    }
}

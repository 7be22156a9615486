namespace Regie.Web.Features.Chain.Dashboard;

/// <summary>Counts of results: how many, their average as a share of the test's range, and how many reach the norm.</summary>
public sealed class Tally
{
    public int Results { get; private set; }
    public int Minutes { get; private set; }
    private double _percentSum;
    private int _percentCount;
    private int _withNorm;
    private int _atNorm;

    public void Add(double? percent, bool? atNorm, int? minutes)
    {
        Results++;
        Minutes += minutes ?? 0;
        if (percent is { } p) { _percentSum += p; _percentCount++; }
        if (atNorm is { } at) { _withNorm++; if (at) _atNorm++; }
    }

    /// <summary>Average score as a percentage of the tests' ranges; null when no result has a known range.</summary>
    public double? AveragePercent => _percentCount == 0 ? null : _percentSum / _percentCount;

    /// <summary>Percentage of the results with a norm that reach it; null when no result has a norm.</summary>
    public double? ShareAtNorm => _withNorm == 0 ? null : 100.0 * _atNorm / _withNorm;

    public int WithNorm => _withNorm;
    public int AtNorm => _atNorm;
}

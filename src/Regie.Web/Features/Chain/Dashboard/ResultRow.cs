using Regie.Web.Features.Chain.Results;

namespace Regie.Web.Features.Chain.Dashboard;

/// <summary>The columns of a learning result the dashboard reads; nothing that identifies a pupil beyond the id.</summary>
public readonly record struct ResultRow(
    Guid PupilId, Guid? GroupId, Guid SchoolId, Guid SupplierId, Guid CatalogItemId,
    string TestCode, string? TestPartCode, string? GoalCode, DateOnly TakenOn, double Score, int? MinutesSpent);

/// <summary>A test (part) with its range and norm; a test a supplier never described has no range and no norm.</summary>
public sealed record TestInfo(string Key, Guid CatalogItemId, string Name, string? GoalCode, double Min, double Max, double? Norm)
{
    /// <summary>The score as a share of the test's range, so scores of different tests can be compared and averaged.</summary>
    public double? Percent(double score) => Max > Min ? Math.Clamp((score - Min) / (Max - Min) * 100, 0, 100) : null;

    public bool? AtNorm(double score) => Norm is { } norm ? score >= norm : null;
}

/// <summary>The board's tests, found by supplier, product, test code and part (a part falls back to its whole test).</summary>
public sealed class TestCatalog
{
    private readonly Dictionary<(Guid Supplier, Guid Item, string Code, string Part), TestInfo> _tests = [];

    public TestCatalog(IEnumerable<LearningTest> tests)
    {
        foreach (var t in tests)
            _tests[(t.SupplierId, t.CatalogItemId, t.TestCode, t.PartCode)] = new TestInfo(
                Key(t.SupplierId, t.CatalogItemId, t.TestCode, t.PartCode), t.CatalogItemId,
                string.IsNullOrWhiteSpace(t.Name) ? Code(t.TestCode, t.PartCode) : t.Name, t.GoalCode, t.MinScore, t.MaxScore, t.NormScore);
    }

    public TestInfo Find(in ResultRow row)
    {
        var part = row.TestPartCode ?? "";
        if (_tests.TryGetValue((row.SupplierId, row.CatalogItemId, row.TestCode, part), out var test)) return test;
        if (part.Length > 0 && _tests.TryGetValue((row.SupplierId, row.CatalogItemId, row.TestCode, ""), out var whole)) return whole;
        var unknown = new TestInfo(Key(row.SupplierId, row.CatalogItemId, row.TestCode, part), row.CatalogItemId, Code(row.TestCode, part), null, 0, 0, null);
        _tests[(row.SupplierId, row.CatalogItemId, row.TestCode, part)] = unknown;
        return unknown;
    }

    private static string Key(Guid supplier, Guid item, string code, string part) => $"{supplier:N}/{item:N}/{code}/{part}";

    private static string Code(string code, string part) => part.Length == 0 ? $"Toets {code}" : $"Toets {code}, onderdeel {part}";
}

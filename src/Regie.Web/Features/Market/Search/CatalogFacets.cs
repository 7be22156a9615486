using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Regie.Web.Features.Market.Catalog;

namespace Regie.Web.Features.Market.Search;

/// <summary>How ticked values of one facet combine: any of them (subjects) or all of them (compliance facts).</summary>
public enum FacetMode
{
    AnyOf,
    AllOf,
}

public sealed record FacetValue(string Key, string Label, string? Group = null);

/// <summary>
/// A facet of the search page. <see cref="Key"/> is its URL parameter; value keys are enum names, code-list keys
/// or price-bucket keys, matched without regard to case.
/// </summary>
public sealed class Facet(string key, string legend, FacetMode mode, IReadOnlyList<FacetValue> values, Func<CatalogIndexRow, IEnumerable<string>> valuesOf)
{
    private readonly Dictionary<string, FacetValue> _byKey = values.ToDictionary(v => v.Key, StringComparer.OrdinalIgnoreCase);

    public string Key { get; } = key;
    public string Legend { get; } = legend;
    public FacetMode Mode { get; } = mode;
    public IReadOnlyList<FacetValue> Values { get; } = values;
    public Func<CatalogIndexRow, IEnumerable<string>> ValuesOf { get; } = valuesOf;

    public FacetValue? Find(string? key) => key is not null && _byKey.TryGetValue(key.Trim(), out var value) ? value : null;
}

/// <summary>The facets in the order the search page shows them.</summary>
public static class CatalogFacets
{
    private static readonly (ComplianceFact Fact, string Name)[] FactNames = [.. Enum.GetValues<ComplianceFact>().Select(f => (f, f.ToString()))];

    public static readonly Facet Kind = new("kind", "Soort", FacetMode.AnyOf, EnumValues<ItemKind>(), r => [r.Kind.ToString()]);

    public static readonly Facet Sector = new("sector", "Sector", FacetMode.AnyOf, EnumValues<SchoolSectors>(), r => Flags(r.Sectors));

    public static readonly Facet Subject = new("subject", "Vak", FacetMode.AnyOf,
        CodeLists.Subjects.Select(c => new FacetValue(c.Key, c.Label)).ToList(), r => r.Subjects);

    public static readonly Facet Level = new("level", "Leerjaar", FacetMode.AnyOf,
        CodeLists.Levels.Select(c => new FacetValue(c.Key, c.Label, c.Group)).ToList(), r => r.Levels);

    public static readonly Facet Category = new("category", "Vernieuwing", FacetMode.AnyOf, EnumValues<InnovationCategories>(), r => Flags(r.Innovation));

    public static readonly Facet Price = new("price", "Prijs", FacetMode.AnyOf,
        PriceBuckets.All.Select(b => new FacetValue(b.Key, b.Label)).ToList(), r => [PriceBuckets.Of(r.PricingModel, r.PriceExclVat).Key]);

    public static readonly Facet Fact = new("fact", "Privacy, standaarden en veiligheid", FacetMode.AllOf, EnumValues<ComplianceFact>(),
        r => FactNames.Where(f => r.Compliance.Has(f.Fact)).Select(f => f.Name));

    public static readonly IReadOnlyList<Facet> All = [Kind, Sector, Subject, Level, Category, Price, Fact];

    private static List<FacetValue> EnumValues<T>() where T : struct, Enum =>
        typeof(T).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => Convert.ToInt64(f.GetValue(null), System.Globalization.CultureInfo.InvariantCulture) != 0)
            .Select(f => new FacetValue(f.Name, f.GetCustomAttribute<DisplayAttribute>()?.Name ?? f.Name))
            .ToList();

    private static IEnumerable<string> Flags<T>(T value) where T : struct, Enum
    {
        var bits = Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (flag, name) in FlagNames<T>.All)
            if ((bits & flag) != 0) yield return name;
    }

    /// <summary>The single-bit members of a flags enum with their names, worked out once per type.</summary>
    private static class FlagNames<T> where T : struct, Enum
    {
        public static readonly (long Flag, string Name)[] All = [.. Enum.GetValues<T>()
            .Select(f => (Flag: Convert.ToInt64(f, System.Globalization.CultureInfo.InvariantCulture), Name: f.ToString()))
            .Where(f => f.Flag != 0 && (f.Flag & (f.Flag - 1)) == 0)];
    }
}

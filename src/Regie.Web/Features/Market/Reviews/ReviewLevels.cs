using Regie.Web.Features.Market.Catalog;

namespace Regie.Web.Features.Market.Reviews;

/// <summary>
/// What a reviewer can name as the level they used an item at: a school type (for a teacher who works across years)
/// or one year or level from <see cref="CodeLists.Levels"/>.
/// </summary>
public static class ReviewLevels
{
    public static readonly IReadOnlyList<Code> SchoolTypes =
    [
        new("vmbo", "vmbo", "Schooltype"), new("havo", "havo", "Schooltype"), new("vwo", "vwo", "Schooltype"),
        new("so", "speciaal onderwijs", "Schooltype"), new("mbo", "mbo", "Schooltype"),
    ];

    public static readonly IReadOnlyList<Code> All = [.. SchoolTypes, .. CodeLists.Levels];

    private static readonly Dictionary<string, string> Labels = All.ToDictionary(c => c.Key, c => c.Label);

    public static bool IsKnown(string key) => Labels.ContainsKey(key);

    /// <summary>In lower case, as it reads inside "leraar, po, groep 5".</summary>
    public static string Label(string key) => Labels.TryGetValue(key, out var label) ? label.ToLowerInvariant() : key;
}

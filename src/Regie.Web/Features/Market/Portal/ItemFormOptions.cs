using Microsoft.AspNetCore.Mvc.Rendering;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Market.Portal;

public sealed record Choice(string Value, string Label, string? Group = null);

/// <summary>A group of checkboxes bound to one list property, e.g. Input.Subjects.</summary>
public sealed record Choices(string Name, string Legend, IReadOnlyList<Choice> Options, IReadOnlyCollection<string> Selected, string? Hint = null, bool Collapsible = false);

/// <summary>The option lists of the item form, from the code lists and enums the catalogue uses.</summary>
public static class ItemFormOptions
{
    public static IReadOnlyList<Choice> Enum<TEnum>() where TEnum : struct, System.Enum =>
        System.Enum.GetValues<TEnum>().Where(v => Convert.ToInt64(v) != 0 || !typeof(TEnum).IsDefined(typeof(FlagsAttribute), false))
            .Select(v => new Choice(v.ToString(), Enums.Label(v))).ToList();

    public static IReadOnlyList<Choice> Codes(IEnumerable<Code> codes) => codes.Select(c => new Choice(c.Key, c.Label, c.Group)).ToList();

    public static IEnumerable<SelectListItem> Select<TEnum>(string? empty = null) where TEnum : struct, System.Enum =>
        (empty is null ? [] : new[] { new SelectListItem(empty, "") }).Concat(Enum<TEnum>().Select(c => new SelectListItem(c.Label, c.Value)));

    public static IEnumerable<SelectListItem> Kinds => Select<ItemKind>("Kies een soort");
    public static IEnumerable<SelectListItem> ServiceTypes => Select<ServiceType>("Geen dienst");
    public static IEnumerable<SelectListItem> PricingModels => Select<PricingModel>();
    public static IEnumerable<SelectListItem> WcagLevels => Select<WcagLevel>();
    public static IEnumerable<SelectListItem> DataLocations => Select<DataLocation>();

    public static IReadOnlyCollection<string> Names<TEnum>(IEnumerable<TEnum> values) where TEnum : struct, System.Enum =>
        values.Select(v => v.ToString()).ToList();
}

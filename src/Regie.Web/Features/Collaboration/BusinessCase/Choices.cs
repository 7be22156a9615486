using Microsoft.AspNetCore.Mvc.Rendering;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Collaboration.BusinessCase;

/// <summary>Select options from an enum's Dutch labels; values are member names, which the model binder reads back.</summary>
public static class Choices
{
    public static IReadOnlyList<SelectListItem> Of<T>(string? empty = "Kies…") where T : struct, Enum
    {
        var items = Enum.GetValues<T>().Select(v => new SelectListItem(Enums.Label(v), v.ToString())).ToList();
        if (empty is not null) items.Insert(0, new SelectListItem(empty, ""));
        return items;
    }

    public static IReadOnlyList<SelectListItem> Steps(Func<int, string> label) =>
        [new("Kies…", ""), .. Enumerable.Range(1, 5).Select(i => new SelectListItem($"{i} – {label(i)}", i.ToString(Money.Dutch)))];
}

namespace Regie.Web.Features.Market.Catalog;

/// <summary>Between a [Flags] value stored on an item and the list of checkboxes a form or import works with.</summary>
public static class Flags
{
    public static List<TEnum> Split<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        var bits = Convert.ToInt64(value);
        return Enum.GetValues<TEnum>().Where(v => Convert.ToInt64(v) is var b && b != 0 && (bits & b) == b).ToList();
    }

    public static TEnum Join<TEnum>(IEnumerable<TEnum> values) where TEnum : struct, Enum =>
        (TEnum)Enum.ToObject(typeof(TEnum), values.Aggregate(0L, (all, v) => all | Convert.ToInt64(v)));
}

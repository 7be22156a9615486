using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace Regie.Web.Infrastructure;

public static class Enums
{
    /// <summary>The Dutch label from the enum member's Display attribute.</summary>
    public static string Label(Enum value) =>
        value.GetType().GetMember(value.ToString()).FirstOrDefault()?.GetCustomAttribute<DisplayAttribute>()?.Name ?? value.ToString();
}

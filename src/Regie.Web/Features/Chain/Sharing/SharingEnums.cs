using System.ComponentModel.DataAnnotations;

namespace Regie.Web.Features.Chain.Sharing;

public enum AgreementStatus
{
    [Display(Name = "Concept")] Concept = 1,
    [Display(Name = "Ondertekend")] Concluded = 2,
    [Display(Name = "Verlopen")] Expired = 3,
}

public static class SharedFieldLabels
{
    /// <summary>The fields that can be chosen, in the order forms show them.</summary>
    public static readonly IReadOnlyList<SharedFields> Choosable = [SharedFields.Group, SharedFields.YearGroup];

    /// <summary>"Groepscode en groepsnaam, jaargroep", or that only the pseudonym goes.</summary>
    public static string Describe(SharedFields fields)
    {
        var chosen = Choosable.Where(f => fields.HasFlag(f)).Select(f => Infrastructure.Enums.Label(f)).ToList();
        return chosen.Count == 0 ? "Alleen het pseudoniem" : "Pseudoniem, " + string.Join(", ", chosen).ToLowerInvariant();
    }

    public static SharedFields Combine(IEnumerable<SharedFields> chosen) =>
        chosen.Where(Choosable.Contains).Aggregate(SharedFields.None, (all, f) => all | f);
}

using System.Globalization;

namespace Regie.Web.Features.Procurement.Plans;

/// <summary>Words and figures the plan pages, exports and comparison share.</summary>
public static class PlanLabels
{
    public const string WholeBoard = "Hele bestuur";
    public static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static string Number(decimal value) => value.ToString("#,##0.##", Dutch);

    public static string Term(int? contractMonths) => contractMonths is { } months ? $"{months} maanden" : "geen vaste einddatum";

    public static string Reserve(ReserveKind kind, decimal value) => kind switch
    {
        ReserveKind.Amount => value.ToString("C", Dutch),
        ReserveKind.Percentage => value.ToString("0.##", Dutch) + "% van de aanschaf",
        _ => "geen",
    };
}

namespace Regie.Web.Features.Chain.Sharing;

/// <summary>Whether a roster may leave Regie for a rule: only under a signed agreement in force that covers the product and the fields.</summary>
public static class AgreementCheck
{
    public sealed record Outcome(bool Allowed, ProcessingAgreement? Agreement, string? Reason);

    public static Outcome For(SharingRule rule, IEnumerable<ProcessingAgreement> agreements, DateOnly today)
    {
        var covering = agreements.Where(a => a.ArchivedAt is null && a.Covers(rule.SupplierId, rule.CatalogItemId)).ToList();
        if (covering.Count == 0)
            return new(false, null, "Er is geen verwerkersovereenkomst vastgelegd voor deze leverancier en dit product.");
        var inForce = covering.Where(a => a.IsInForceOn(today)).ToList();
        if (inForce.Count == 0)
        {
            var latest = covering.OrderByDescending(a => a.SignedOn ?? DateOnly.MinValue).First();
            return new(false, latest, latest.SignedOn is null ? "De verwerkersovereenkomst is nog niet ondertekend."
                : latest.SignedOn > today ? $"De verwerkersovereenkomst gaat pas in op {latest.SignedOn:dd-MM-yyyy}."
                : $"De verwerkersovereenkomst is verlopen op {latest.EndsOn:dd-MM-yyyy}.");
        }
        var fitting = inForce.FirstOrDefault(a => a.DataCategories.HasFlag(rule.Fields) && (!rule.UseEckId || a.AllowsEckId));
        if (fitting is null)
            return new(false, inForce[0], rule.UseEckId && !inForce.Any(a => a.AllowsEckId)
                ? "De verwerkersovereenkomst staat het delen van het ECK iD niet toe."
                : "De verwerkersovereenkomst dekt niet alle velden die deze deelregel deelt.");
        return new(true, fitting, null);
    }
}

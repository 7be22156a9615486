using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Regie.Web.Data;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Collaboration;

/// <summary>
/// Checks the posted checklist and applies it to the stored agreement items: all rows or none, so a wrong row
/// never leaves the others half-saved. Rows are created the first time a topic gets content.
/// </summary>
public sealed class AgreementChecklist(Initiative initiative, IDictionary<AgreementTopic, AgreementItem> stored)
{
    public bool Conflict { get; private set; }

    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), ["yyyy-MM-dd", "d-M-yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public bool Apply(IReadOnlyList<AgreementRow> rows, ModelStateDictionary modelState, RegieDbContext db)
    {
        for (var i = 0; i < rows.Count; i++) Validate(rows[i], $"Rows[{i}]", modelState);
        if (rows.Select(r => r.Topic).Distinct().Count() != rows.Count || rows.Any(r => !Enum.IsDefined(r.Topic)))
            modelState.AddModelError("", "De lijst met afspraken is niet volledig verstuurd. Laad de pagina opnieuw.");
        foreach (var row in rows)
        {
            var version = stored.TryGetValue(row.Topic, out var item) ? item.Version : 0;
            if (row.Version != version) Conflict = true;
        }
        if (Conflict)
        {
            modelState.AddModelError("", Infrastructure.Web.ConcurrencyMessage.For("deze afspraken"));
            return false;
        }
        if (!modelState.IsValid) return false;

        foreach (var row in rows)
        {
            var agreement = Clean(row.Agreement);
            var owner = Clean(row.Owner);
            var due = ParseDate(row.DueDate);
            if (!stored.TryGetValue(row.Topic, out var item))
            {
                if (agreement is null && owner is null && due is null && !row.Done) continue;
                item = new AgreementItem { BoardId = initiative.BoardId, InitiativeId = initiative.Id, Topic = row.Topic };
                db.AgreementItems.Add(item);
            }
            else
            {
                db.Entry(item).Property(a => a.Version).OriginalValue = row.Version;
            }
            item.Agreement = agreement;
            item.Owner = owner;
            item.DueDate = due;
            item.Done = row.Done;
        }
        return true;
    }

    private static void Validate(AgreementRow row, string prefix, ModelStateDictionary modelState)
    {
        var topic = Enum.IsDefined(row.Topic) ? Enums.Label(row.Topic) : "?";
        if (row.Agreement?.Length > Initiative.TextMax)
            modelState.AddModelError($"{prefix}.Agreement", $"De afspraak bij '{topic}' mag niet langer zijn dan 4.000 tekens; u gebruikte er {row.Agreement.Length:N0}.");
        if (row.Owner?.Length > 200)
            modelState.AddModelError($"{prefix}.Owner", $"De eigenaar bij '{topic}' mag niet langer zijn dan 200 tekens.");
        if (!string.IsNullOrWhiteSpace(row.DueDate) && ParseDate(row.DueDate) is null)
            modelState.AddModelError($"{prefix}.DueDate", $"Vul bij '{topic}' een geldige datum in, bijvoorbeeld 31-12-2026.");
        if (row.Done && string.IsNullOrWhiteSpace(row.Agreement))
            modelState.AddModelError($"{prefix}.Agreement", $"Beschrijf bij '{topic}' wat u hebt afgesproken voordat u het als gemaakt aanvinkt.");
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

using Microsoft.AspNetCore.Mvc;
using Regie.Web.Features.Collaboration.Risks;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Collaboration;

/// <summary>Planning go/no-go moments and recording their decisions.</summary>
public sealed partial class RisksModel
{
    public async Task<IActionResult> OnPostSaveMomentAsync(Guid id, CancellationToken ct)
    {
        if (!await CanManageAsync()) return Forbid();
        if (!await LoadAsync(id, ct)) return NotFound();
        ClearOther(nameof(Moment));
        var moment = Moment.MomentId is { } momentId ? Moments.FirstOrDefault(m => m.Id == momentId) : null;
        if (Moment.MomentId is not null && moment is null) return NotFound();
        if (moment is not null && moment.Version != Moment.Version)
        {
            Moment.Version = moment.Version;
            return Conflict(Describe(moment));
        }
        Moment.Validate(ModelState);
        if (!ModelState.IsValid) return Page();

        moment ??= db.GoNoGoMoments.Add(new GoNoGoMoment { InitiativeId = Initiative.Id, BoardId = Initiative.BoardId }).Entity;
        Moment.ApplyTo(moment);
        return await SaveAsync(id, moment, Moment.MomentId is null ? null : Moment.Version, $"Het go/no-go-moment '{moment.Name}' is opgeslagen.", Describe, ct);
    }

    public async Task<IActionResult> OnPostDecideAsync(Guid id, CancellationToken ct)
    {
        if (!await CanManageAsync()) return Forbid();
        if (!await LoadAsync(id, ct)) return NotFound();
        ClearOther(nameof(Decision));
        if (Decision is null || Moments.FirstOrDefault(m => m.Id == Decision.MomentId) is not { } moment) return NotFound();
        if (moment.Version != Decision.Version)
        {
            Decision.Version = moment.Version;
            return Conflict(Describe(moment));
        }
        Decision.Validate(ModelState);
        if (!ModelState.IsValid) return Page();

        Decision.ApplyTo(moment);
        return await SaveAsync(id, moment, Decision.Version, $"Het besluit bij '{moment.Name}' is vastgelegd: {Enums.Label(moment.Decision)}.", Describe, ct);
    }

    private static string Describe(GoNoGoMoment m) =>
        $"{m.Name}: {Enums.Label(m.Decision)}" + (m.Decider is null ? "" : $", besloten door {m.Decider}") +
        (m.DecidedOn is { } on ? $" op {on.ToString("d MMMM yyyy", BusinessCase.Money.Dutch)}" : "") + ".";
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Web.Data;
using Regie.Web.Features.Schools;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Features.Needs;

[Authorize(Policy = Capabilities.RecordNeeds)]
public sealed class CreateModel(RegieDbContext db, TenantContext tenant, SchoolDirectory directory, SolutionWords words) : PageModel, INeedForm
{
    [BindProperty] public NeedInput Input { get; set; } = new();
    public IReadOnlyList<SchoolListItem> SchoolChoices { get; private set; } = [];
    public IReadOnlyList<SolutionWordHit> Hits { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => SchoolChoices = await NeedForm.SchoolChoicesAsync(db, directory, [], ct);

    /// <summary>The live check while typing (htmx): the sentence so far and any solution words in it.</summary>
    public async Task<IActionResult> OnGetCheckAsync([Bind(Prefix = "Input")] NeedInput input, CancellationToken ct)
    {
        var matcher = await words.MatcherAsync(db, ct);
        return Partial("_StoryCheck", new StoryCheck(input.Sentence, matcher.Find(input.AsRole, input.Want, input.SoThat)));
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var listing = await directory.ForCurrentBoardAsync(db, ct);
        Input.Validate(ModelState, listing, []);
        SchoolChoices = NeedForm.SchoolChoices(listing, []);
        if (!ModelState.IsValid) return Page();
        Hits = (await words.MatcherAsync(db, ct)).Find(Input.AsRole, Input.Want, Input.SoThat);
        if (Hits.Count > 0 && !Input.ConfirmSolutionWords) return Page();

        var need = new Need
        {
            BoardId = tenant.OrganizationId!.Value, CreatedById = tenant.UserId!.Value, CreatedByName = tenant.UserName,
        };
        Input.ApplyTo(need);
        db.Needs.Add(need);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = "Uw behoefte is opgeslagen. Collega's kunnen haar nu steunen en erop reageren.";
        return RedirectToPage("Details", new { id = need.Id });
    }
}

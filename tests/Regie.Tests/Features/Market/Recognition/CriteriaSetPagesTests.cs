using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Tests.Infrastructure;
using Regie.Web.Infrastructure.Assessments;

namespace Regie.Tests.Features.Market.Recognition;

[Collection(AppCollection.Name)]
public sealed class CriteriaSetPagesTests(RegieApp app)
{
    private static string Url(Guid id) => $"/Market/Recognition/CriteriaSet/{id}";

    private static Dictionary<string, string> Form(int version, string weight = "2", string label2 = "Matig", string percentage = "60") => new()
    {
        ["Input.Version"] = version.ToString(CultureInfo.InvariantCulture), ["Input.Name"] = "Erkenning van diensten", ["Input.Description"] = "Voor nascholing",
        ["Input.RequiredAssessors"] = "2", ["Input.ScaleMin"] = "1", ["Input.ScaleMax"] = "3",
        ["Input.Labels[0].Point"] = "1", ["Input.Labels[0].Text"] = "Zwak", ["Input.Labels[1].Point"] = "2", ["Input.Labels[1].Text"] = label2,
        ["Input.Labels[2].Point"] = "3", ["Input.Labels[2].Text"] = "Sterk",
        ["Input.Criteria[0].Key"] = "doel", ["Input.Criteria[0].Name"] = "Helder doel", ["Input.Criteria[0].Weight"] = "1,5",
        ["Input.Criteria[1].Key"] = "effect", ["Input.Criteria[1].Name"] = "Effect", ["Input.Criteria[1].Weight"] = weight, ["Input.Criteria[1].KnockOutBelow"] = "2",
        ["Input.Criteria[2].Key"] = "", ["Input.Criteria[2].Name"] = "",
        ["Input.Rules[0].Level"] = "Erkend", ["Input.Rules[0].MinimumPercentage"] = percentage, ["Input.Rules[0].ValidMonths"] = "24",
    };

    private async Task<(Committee Committee, Guid Id)> NewSetAsync()
    {
        var committee = await app.CommitteeAsync();
        var created = await committee.Anna.PostFormAsync("/Market/Recognition/CriteriaSets?handler=Create", new() { ["Name"] = "Erkenning van diensten" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return (committee, Guid.Parse(created.Location().Split('/').Last()));
    }

    private Task<CriteriaSet> SetAsync(Guid id) => app.WithDbAsync(db => db.CriteriaSets.AsNoTracking().SingleAsync(s => s.Id == id));

    [Fact]
    public async Task ASet_IsEdited_Published_Frozen_AndCopiedIntoANewEdition()
    {
        var (committee, id) = await NewSetAsync();
        Assert.Contains("Erkenning van diensten", await committee.Anna.GetPageAsync("/Market/Recognition/CriteriaSets"));

        var saved = await committee.Anna.PostFormAsync(Url(id) + "?handler=Save", Form((await SetAsync(id)).Version));
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, await saved.HtmlAsync());
        var set = await SetAsync(id);
        Assert.Equal((2, 1.5m, 2, "Matig", 24), (set.Criteria.Count, set.Criteria[0].Weight, set.Criteria[1].KnockOutBelow, set.ScaleLabel(2), set.OutcomeRules[0].ValidMonths));

        Assert.Equal(HttpStatusCode.Redirect, (await committee.Anna.PostFormAsync(Url(id) + "?handler=Publish", new() { ["version"] = set.Version.ToString(CultureInfo.InvariantCulture) })).StatusCode);
        set = await SetAsync(id);
        Assert.True(set.IsPublished);
        var frozen = await committee.Anna.PostFormAsync(Url(id) + "?handler=Save", Form(set.Version, weight: "5"));
        Assert.Contains("Deze criteriaset is gepubliceerd en ligt vast.", await frozen.HtmlAsync());
        Assert.Equal(2m, (await SetAsync(id)).Criteria[1].Weight);

        var edition = await committee.Anna.PostFormAsync(Url(id) + "?handler=NewEdition", new() { ["version"] = set.Version.ToString(CultureInfo.InvariantCulture) });
        var copyId = Guid.Parse(edition.Location().Split('/').Last());
        var copy = await SetAsync(copyId);
        Assert.Equal((2, false, 2), (copy.Edition, copy.IsPublished, copy.Criteria.Count));
        var csv = await (await committee.Anna.GetAsync("/Market/Recognition/CriteriaSets?handler=Export&format=csv")).Content.ReadAsStringAsync();
        Assert.Contains("Erkenning van diensten;2;2;Concept", csv);
    }

    public static TheoryData<Dictionary<string, string>, string> BadSets => new()
    {
        { Form(0, weight: "0"), "Criterium 2: het gewicht moet groter zijn dan 0." },
        { Form(0, weight: "veel"), "Criterium 2: vul het gewicht in als getal, bijvoorbeeld 2 of 1,5." },
        { Form(0, label2: ""), "Beschrijf wat score 2 betekent." },
        { Form(0, percentage: "120"), "Uitkomstregel 1: het minimum moet tussen 0 en 100 procent liggen." },
        { new(Form(0)) { ["Input.Criteria[1].Key"] = "DOEL" }, "Criterium 2: de code 'DOEL' komt al eerder voor" },
        { new(Form(0)) { ["Input.ScaleMin"] = "3" }, "De laagste score van de schaal moet kleiner zijn dan de hoogste." },
        { new(Form(0)) { ["Input.Rules[1].Level"] = "Hoger", ["Input.Rules[1].MinimumPercentage"] = "90", ["Input.Rules[1].ValidMonths"] = "12" }, "Uitkomstregel 2: zet de regels van hoog naar laag" },
        { new(Form(0)) { ["Input.Description"] = new string('x', 5 * 1024 * 1024) }, "De toelichting mag niet langer zijn dan 8.000 tekens." },
    };

    [Theory]
    [MemberData(nameof(BadSets))]
    public async Task BadInput_GivesADutchMessage_AndSavesNothing(Dictionary<string, string> form, string message)
    {
        var (committee, id) = await NewSetAsync();
        var before = await SetAsync(id);
        form["Input.Version"] = before.Version.ToString(CultureInfo.InvariantCulture);

        var response = await committee.Anna.PostFormAsync(Url(id) + "?handler=Save", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.HtmlAsync());
        var after = await SetAsync(id);
        Assert.Equal((before.Version, 0), (after.Version, after.Criteria.Count));
    }

    [Fact]
    public async Task PublishingAnIncompleteSet_ListsWhatIsMissing_AndAStaleSaveConflicts()
    {
        var (committee, id) = await NewSetAsync();
        var version = (await SetAsync(id)).Version;
        var publish = await committee.Anna.PostFormAsync(Url(id) + "?handler=Publish", new() { ["version"] = version.ToString(CultureInfo.InvariantCulture) });
        Assert.Contains("Voeg ten minste één criterium toe.", await publish.HtmlAsync());
        Assert.False((await SetAsync(id)).IsPublished);

        await committee.Anna.PostFormAsync(Url(id) + "?handler=Save", Form(version));
        var stale = await committee.Bram.PostFormAsync(Url(id) + "?handler=Save", Form(version, weight: "3"));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(2m, (await SetAsync(id)).Criteria[1].Weight);
    }
}

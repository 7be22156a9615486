using Regie.Tests.Infrastructure;
using Regie.Web.Features.Collaboration;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Tests.Features.Collaboration;

public static class InitiativeTestData
{
    public static async Task<Initiative> CreateInitiativeAsync(this RegieApp app, Board board, string? title = null, Action<Initiative>? walk = null)
    {
        var initiative = new Initiative { BoardId = board.Id, Title = title ?? $"Initiatief {TestData.Next()}", Ambition = "Leerlingen lezen beter.", StartYear = 2026 };
        walk?.Invoke(initiative);
        await app.WithDbAsync(async db => { db.Initiatives.Add(initiative); return await db.SaveChangesAsync(); }, board);
        return initiative;
    }

    /// <summary>Four yeses: the partnership question is next.</summary>
    public static void ToPartnership(Initiative i)
    {
        foreach (var step in Flowchart.YesNoSteps) i.Answer(step, true, "Onderzocht");
    }

    /// <summary>A wrong role is sent to the access-denied page (403 for the user, a redirect on the wire).</summary>
    public static void AssertForbidden(HttpResponseMessage response)
    {
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Location());
    }

    public static string V(int version) => version.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

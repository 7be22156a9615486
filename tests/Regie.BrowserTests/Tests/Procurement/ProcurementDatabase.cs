using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regie.BrowserTests.Infrastructure;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.BrowserTests.Tests.Procurement;

/// <summary>
/// What a browser cannot do: let time pass. Works on the app's own database as the demo board, the way a background job
/// would, so the tenant filter and the audit trail apply as usual.
/// </summary>
internal static class ProcurementDatabase
{
    /// <summary>Moves a project's question and offer deadlines into the past, as if the tender period had run out.</summary>
    public static Task LetDeadlinesPassAsync(this RegieFixture app, Guid projectId) => app.AsDemoBoardAsync(async db =>
    {
        var project = await db.ProcurementProjects.SingleAsync(p => p.Id == projectId);
        var now = DateTimeOffset.UtcNow;
        project.QuestionsDeadline = now.AddHours(-2);
        project.OfferDeadline = now.AddMinutes(-5);
        await db.SaveChangesAsync();
    });

    /// <summary>The display name of a demo account, as the evaluator lists show it.</summary>
    public static async Task<string> DisplayNameAsync(this RegieFixture app, string email)
    {
        var name = "";
        await app.AsDemoBoardAsync(async db => name = await db.Users.IgnoreQueryFilters().Where(u => u.Email == email).Select(u => u.DisplayName).SingleAsync());
        return name;
    }

    private static async Task AsDemoBoardAsync(this RegieFixture app, Func<RegieDbContext, Task> work)
    {
        await using var scope = Services(app).CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegieDbContext>();
        var boardId = await db.Boards.Where(b => b.BoardNumber == RegieFixture.PrimaryBoardNumber).Select(b => b.Id).SingleAsync();
        scope.ServiceProvider.GetRequiredService<TenantContext>().RunAs(boardId, OrganizationKind.Board, null, "Testklok");
        await work(db);
    }

    private static IServiceProvider Services(RegieFixture app) => app.Services;
}

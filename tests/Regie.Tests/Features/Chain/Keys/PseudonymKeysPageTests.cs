using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regie.Tests.Features.Chain.Access;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Chain.Keys;
using Regie.Web.Features.Chain.Pseudonyms;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Tests.Features.Chain.Keys;

[Collection(AppCollection.Name)]
public sealed class PseudonymKeysPageTests(RegieApp app)
{
    private const string Keys = "/Chain/Keys/Index";

    private PseudonymService Service => app.Services.GetRequiredService<PseudonymService>();

    private async Task<HttpClient> PlatformAdministratorAsync() =>
        await app.LoginAsync((await app.CreateUserAsync(await app.CreateOrganizationAsync(new PlatformOrganization()), Roles.Administrator)).Email!);

    [Theory]
    [InlineData(Roles.Administrator)]
    [InlineData(Roles.IctCoordinator)]
    public async Task KeysPage_ForBoardUsers_IsForbidden(string role)
    {
        var (_, _, client) = await app.BoardUserAsync(role);

        Assert.Contains("/Account/AccessDenied", (await client.GetAsync(Keys)).Location());
        var post = await client.PostFormAsync($"{Keys}?handler=Rotate", new() { ["Confirmed"] = "true" });
        Assert.Contains("/Account/AccessDenied", post.Location());
    }

    [Fact]
    public async Task Rotate_WithoutConfirmation_ChangesNothing()
    {
        var client = await PlatformAdministratorAsync();
        var before = Service.CurrentKeyId;

        var response = await client.PostFormAsync($"{Keys}?handler=Rotate", []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vink aan dat u een nieuwe sleutel in gebruik wilt nemen", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, Service.CurrentKeyId);
    }

    [Fact]
    public async Task Rotate_AsPlatformAdministrator_PutsANewKeyInUse_CountsItsPseudonymsAcrossBoards_AndIsAudited()
    {
        var client = await PlatformAdministratorAsync();
        var before = Service.CurrentKeyId;
        var keyCount = Service.KeyIds.Count;

        var response = await client.PostFormAsync($"{Keys}?handler=Rotate", new() { ["Confirmed"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var current = Service.CurrentKeyId;
        Assert.NotEqual(before, current);
        Assert.Equal(keyCount + 1, Service.KeyIds.Count);
        await IssueAsync(current, 2);
        await IssueAsync(current, 1);

        var page = await client.GetPageAsync(Keys);

        var row = Regex.Match(page, $@"<code>{current}</code>.*?</tr>", RegexOptions.Singleline).Value;
        Assert.Contains("<td class=\"num\">3</td>", row);
        Assert.Contains("In gebruik", row);
        Assert.Contains($"<code>{before}</code>", page);
        Assert.Contains("Test Gebruiker", row);
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.IgnoreQueryFilters().CountAsync(a => a.EntityType == IndexModel.AuditType && a.EntityId == current)));
    }

    [Fact]
    public void CreatedAt_IsReadFromTheVersion7Id()
    {
        var made = DateTimeOffset.UtcNow;

        var read = IndexModel.CreatedAt(Guid.CreateVersion7(made));

        Assert.Equal(made.ToUnixTimeMilliseconds(), read.ToUnixTimeMilliseconds());
    }

    /// <summary>Pseudonyms of one board's pupils under the given key.</summary>
    private async Task IssueAsync(Guid keyId, int count)
    {
        var board = await app.CreateBoardAsync();
        var school = await app.CreateSchoolAsync(board);
        var supplier = await app.CreateOrganizationAsync(new Supplier());
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < count; i++)
            {
                var pupil = AccessTestData.NewPupil(board, school, "Kim", "Jansen");
                db.Add(pupil);
                db.Add(new IssuedPseudonym { BoardId = board.Id, PupilId = pupil.Id, SupplierId = supplier.Id, Value = Guid.NewGuid().ToString("N"), KeyId = keyId, IssuedAt = DateTimeOffset.UtcNow });
            }
            return await db.SaveChangesAsync();
        }, board);
    }
}

using Microsoft.EntityFrameworkCore;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Needs;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Tests.Features.Needs;

public static class NeedTestData
{
    public static async Task<Need> CreateNeedAsync(this RegieApp app, Board board, AppUser author, Pillar pillar = Pillar.DigitalLearningMaterials,
        string want = "oefenstof die zich aanpast aan het niveau van elke leerling", NeedStatus status = NeedStatus.Submitted, params Guid[] schools)
    {
        var need = new Need
        {
            BoardId = board.Id, AsRole = "leraar groep 5", Want = want, SoThat = "iedereen op eigen tempo vooruitkomt", Pillar = pillar,
            CreatedById = author.Id, CreatedByName = author.DisplayName, Status = status,
        };
        foreach (var school in schools) need.Schools.Add(new NeedSchool { BoardId = board.Id, SchoolId = school });
        await app.WithDbAsync(async db => { db.Needs.Add(need); return await db.SaveChangesAsync(); }, board);
        return need;
    }

    public static Task<Need> ReloadAsync(this RegieApp app, Need need) =>
        app.WithDbAsync(db => db.Needs.IgnoreQueryFilters().AsNoTracking().Include(n => n.Schools).SingleAsync(n => n.Id == need.Id));

    public static Dictionary<string, string> StoryForm(string want = "samen met collega's lessen voorbereiden", string asRole = "leraar groep 6",
        string soThat = "we minder dubbel werk doen", Pillar? pillar = Pillar.Expertise, int version = 0, params Guid[] schools)
    {
        var form = new Dictionary<string, string>
        {
            ["Input.AsRole"] = asRole, ["Input.Want"] = want, ["Input.SoThat"] = soThat, ["Input.Pillar"] = pillar?.ToString() ?? "",
            ["Input.Priority"] = nameof(NeedPriority.Must), ["Input.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        // A form posts one field per checked box; the dictionary can hold one, so tests post at most one school this way.
        if (schools.Length > 0) form["Input.SchoolIds"] = schools[0].ToString();
        return form;
    }
}

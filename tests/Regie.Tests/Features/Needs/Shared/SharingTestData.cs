using Regie.Tests.Infrastructure;
using Regie.Web.Features.Needs;
using Regie.Web.Features.Schools;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Tests.Features.Needs.Shared;

/// <summary>Needs and working groups for tests, written straight to the database as their board.</summary>
public static class SharingTestData
{
    public static async Task<Need> InsertNeedAsync(this RegieApp app, Board board, AppUser author, string want, string soThat = "leerlingen beter leren",
        DateTimeOffset? sharedAt = null, bool archived = false, params School[] schools)
    {
        var need = new Need
        {
            BoardId = board.Id, AsRole = "leraar", Want = want, SoThat = soThat, Pillar = Pillar.DigitalLearningMaterials,
            CreatedById = author.Id, CreatedByName = author.DisplayName,
        };
        if (sharedAt is { } at) need.Share(at);
        if (archived) need.Archive(DateTimeOffset.UtcNow);
        need.Schools.AddRange(schools.Select(s => new NeedSchool { NeedId = need.Id, SchoolId = s.Id, BoardId = board.Id }));
        await app.WithDbAsync(async db => { db.Needs.Add(need); return await db.SaveChangesAsync(); }, board);
        return need;
    }

    public static async Task<WorkingGroup> InsertWorkingGroupAsync(this RegieApp app, Board board, string? name = null)
    {
        var group = new WorkingGroup { BoardId = board.Id, Name = name ?? $"Werkgroep {TestData.Next()}", Mandate = "Zoekt uit wat past en adviseert het bestuur." };
        await app.WithDbAsync(async db => { db.WorkingGroups.Add(group); return await db.SaveChangesAsync(); }, board);
        return group;
    }
}

using Microsoft.EntityFrameworkCore;
using Regie.Tests.Infrastructure;
using Regie.Web.Data;
using Regie.Web.Features.Schools;

namespace Regie.Tests.Data;

[Collection(AppCollection.Name)]
public sealed class ChangeStampTests(RegieApp app)
{
    private Task<Guid> StampAsync(Regie.Web.Infrastructure.Tenancy.Board board) =>
        app.WithDbAsync(db => ChangeStamp.ReadAsync<School>(db, board.Id, CancellationToken.None), board);

    [Fact]
    public async Task EverySaveOfASchoolRenewsItsBoardsStampOnly()
    {
        var board = await app.CreateBoardAsync();
        var other = await app.CreateBoardAsync();
        Assert.Equal(Guid.Empty, await StampAsync(board));

        var school = await app.CreateSchoolAsync(board);
        await app.CreateSchoolAsync(other);
        var afterCreate = await StampAsync(board);
        var otherStamp = await StampAsync(other);
        Assert.NotEqual(Guid.Empty, afterCreate);

        await app.WithDbAsync(async db =>
        {
            (await db.Schools.SingleAsync(s => s.Id == school.Id)).Archive(DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        }, board);

        var afterArchive = await StampAsync(board);
        Assert.NotEqual(afterCreate, afterArchive);
        Assert.Equal(otherStamp, await StampAsync(other));
    }

    [Fact]
    public async Task ASaveThatFailsLeavesTheStampAsItWas()
    {
        var board = await app.CreateBoardAsync();
        var school = await app.CreateSchoolAsync(board);
        var before = await StampAsync(board);

        var duplicate = new School { BoardId = board.Id, Name = "Dubbel", City = "Utrecht" };
        duplicate.SetCode(school.Brin, school.LocationNumber); // the location code is unique, so this save fails
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => app.WithDbAsync(async db => { db.Schools.Add(duplicate); return await db.SaveChangesAsync(); }, board));

        Assert.Equal(before, await StampAsync(board));
    }
}
